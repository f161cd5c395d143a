//! Inlining of small functions at direct `call` sites.
//!
//! Functions are visited callees first (the call graph's strongly
//! connected components in reverse topological order), so a callee has
//! had its own small callees inlined, and been cleaned up, before it is
//! measured: leaf functions go first, then the small functions that call
//! them (interface-method wrappers become the method's body).
//!
//! A call is inlined when the callee is small ([`LEAF_LIMIT`] instructions
//! for functions that make no calls, [`NONLEAF_LIMIT`] otherwise), is not
//! recursive (in a call-graph cycle), and defers nothing: a function
//! with `unwind` owns its defer mark and recover block, which only mean
//! something for its own activation. In a caller that defers, calls in the
//! entry block stay where they are: its recover block may only use values
//! of the entry block, and splitting the entry would move them.
//!
//! Inlined instructions take the call's location: a panic inside them is
//! reported with the caller's frame at the call's line. The callee's own
//! frame is missing from the traceback; the panic message is unchanged.
//! `recover()` compares a constant function id, so it still only recovers
//! in the function that the runtime called as a deferred call.

use std::collections::HashMap;

use crate::entities::{Block, FuncId, Inst, Loc, Value};
use crate::function::{Function, Signature, ValueDef};
use crate::inst::{BlockCall, InstKind, Terminator};
use crate::module::Module;

/// Largest callee, in instructions (terminators included), that makes no
/// calls: about Go's own budget, so small loops such as a heap's sift-down
/// still come in.
pub const LEAF_LIMIT: usize = 80;
/// Largest callee that makes calls itself: its calls stay, so only the
/// cost of one call level is saved; wrappers and tiny helpers.
pub const NONLEAF_LIMIT: usize = 16;
/// A caller stops growing at this size.
pub const CALLER_LIMIT: usize = 2000;

/// What the inliner needs to know of a function once it is final.
#[derive(Copy, Clone)]
struct Summary {
    size: usize,
    inlinable: bool,
}

pub fn run(m: &mut Module) -> bool {
    let graph: Vec<Vec<usize>> = m.funcs.iter().map(direct_callees).collect();
    let components = sccs(&graph);
    let mut comp = vec![0usize; m.funcs.len()];
    for (c, members) in components.iter().enumerate() {
        for &f in members {
            comp[f] = c;
        }
    }
    let recursive: Vec<bool> = (0..m.funcs.len()).map(|f| graph[f].iter().any(|&g| comp[g] == comp[f])).collect();
    let mut summaries: Vec<Option<Summary>> = vec![None; m.funcs.len()];
    let mut changed = false;
    for members in &components {
        for &fi in members {
            if !has_candidate(m, fi, &recursive, &mut summaries) {
                continue;
            }
            // Work on the caller out of the module so callees can be read.
            let mut f = std::mem::replace(&mut m.funcs[fi], Function::new("", Signature::default()));
            if inline_into(&mut f, m, &recursive, &mut summaries) {
                cleanup(&mut f);
                changed = true;
            }
            m.funcs[fi] = f;
        }
    }
    changed
}

/// Does function `fi` call anything it may inline?
fn has_candidate(m: &Module, fi: usize, recursive: &[bool], summaries: &mut [Option<Summary>]) -> bool {
    let f = &m.funcs[fi];
    f.layout.iter().flat_map(|b| &f.blocks[b.index()].insts).any(|i| match f.insts[i.index()].kind {
        InstKind::Call(g) if !recursive[g.index()] => {
            summaries[g.index()].get_or_insert_with(|| summarize(&m.funcs[g.index()])).inlinable
        }
        _ => false,
    })
}

/// After inlining: the jump chains and single-source parameters the
/// splice leaves, and what constant arguments make foldable.
fn cleanup(f: &mut Function) {
    super::simplify_cfg::run(f);
    super::simplify_params::run(f);
    if super::constfold::run(f) {
        super::simplify_cfg::run(f);
    }
    super::dce::run(f);
}

/// Inlines the eligible calls of `f`; true if any.
fn inline_into(f: &mut Function, m: &mut Module, recursive: &[bool], summaries: &mut [Option<Summary>]) -> bool {
    let mut size = f.inst_count();
    let mut any = false;
    // Blocks to scan; the continuation of an inlined call is scanned on,
    // the callee's copied blocks are not (their calls stayed in the callee).
    let mut work: Vec<Block> = f.layout.iter().rev().copied().collect();
    while let Some(b) = work.pop() {
        if f.unwind.is_some() && b == f.entry() {
            continue;
        }
        for k in 0..f.blocks[b.index()].insts.len() {
            let i = f.blocks[b.index()].insts[k];
            let InstKind::Call(g) = f.insts[i.index()].kind else { continue };
            // A recursive callee (this covers calls within the caller's own
            // component) would only unroll.
            if recursive[g.index()] {
                continue;
            }
            let s = *summaries[g.index()].get_or_insert_with(|| summarize(&m.funcs[g.index()]));
            if !s.inlinable || size + s.size > CALLER_LIMIT {
                continue;
            }
            let (cont, copied) = inline_at(f, b, k, &m.funcs[g.index()]);
            relocate(f, m, g, copied);
            size += s.size;
            any = true;
            work.push(cont);
            break;
        }
    }
    any
}

fn summarize(g: &Function) -> Summary {
    let size = g.inst_count();
    let calls = g
        .layout
        .iter()
        .flat_map(|b| &g.blocks[b.index()].insts)
        .any(|i| matches!(g.insts[i.index()].kind, InstKind::Call(_) | InstKind::CallIndirect(_)));
    let limit = if calls { NONLEAF_LIMIT } else { LEAF_LIMIT };
    Summary { size, inlinable: g.unwind.is_none() && size <= limit }
}

/// Direct callees of a function (with repeats).
fn direct_callees(f: &Function) -> Vec<usize> {
    let mut out = Vec::new();
    for &b in &f.layout {
        for &i in &f.blocks[b.index()].insts {
            if let InstKind::Call(g) = f.insts[i.index()].kind {
                out.push(g.index());
            }
        }
    }
    out
}

/// Replaces the call at `f.blocks[b].insts[k]` by a copy of `callee`'s
/// body. The instructions after the call move to a new continuation block
/// whose parameters are the call's results (the same values, so their uses
/// need no rewriting); the callee's returns jump there. Returns that block
/// and the copied code with its locations in the callee (it is placed at
/// the call site until `relocate`).
fn inline_at(f: &mut Function, b: Block, k: usize, callee: &Function) -> (Block, Copied) {
    let call = f.blocks[b.index()].insts[k];
    let (args, results, loc) = {
        let d = &mut f.insts[call.index()];
        (std::mem::take(&mut d.args), std::mem::take(&mut d.results), d.loc)
    };
    let layout_len = f.layout.len();

    // The continuation: the rest of the block, its terminator, and the
    // call's results as parameters.
    let cont = f.new_block();
    let tail: Vec<Inst> = f.blocks[b.index()].insts.split_off(k + 1);
    f.blocks[b.index()].insts.pop();
    let term = std::mem::replace(&mut f.blocks[b.index()].term, Terminator::Unreachable);
    let term_loc = f.blocks[b.index()].term_loc;
    for (n, &r) in results.iter().enumerate() {
        f.values[r.index()].def = ValueDef::Param(cont, n as u32);
    }
    let cd = &mut f.blocks[cont.index()];
    cd.insts = tail;
    cd.term = term;
    cd.term_loc = term_loc;
    cd.params = results;

    // Blocks and block parameters first, so branches can name them.
    let order = callee.rpo();
    let mut copied = Copied { site: loc, insts: Vec::new(), terms: Vec::new() };
    let mut bmap: Vec<Option<Block>> = vec![None; callee.blocks.len()];
    let mut vmap: Vec<Option<Value>> = vec![None; callee.values.len()];
    for &cb in &order {
        let nb = f.new_block();
        bmap[cb.index()] = Some(nb);
        for &p in &callee.blocks[cb.index()].params {
            vmap[p.index()] = Some(f.add_block_param(nb, callee.value_type(p)));
        }
    }
    let get = |vmap: &[Option<Value>], v: Value| vmap[v.index()].expect("inline: use before definition");
    let target = |c: &BlockCall, vmap: &[Option<Value>]| {
        BlockCall::new(bmap[c.block.index()].unwrap(), c.args.iter().map(|&a| get(vmap, a)).collect())
    };
    // Reverse post-order visits every definition before its uses.
    for &cb in &order {
        let nb = bmap[cb.index()].unwrap();
        let cbd = &callee.blocks[cb.index()];
        for &ci in &cbd.insts {
            let d = &callee.insts[ci.index()];
            let a: Vec<Value> = d.args.iter().map(|&v| get(&vmap, v)).collect();
            let tys: Vec<_> = d.results.iter().map(|&r| callee.value_type(r)).collect();
            let ni = f.make_inst(d.kind.clone(), a, &tys, loc);
            copied.insts.push((ni, d.loc));
            for (&r, &nr) in d.results.iter().zip(&f.insts[ni.index()].results) {
                vmap[r.index()] = Some(nr);
            }
            f.blocks[nb.index()].insts.push(ni);
        }
        let t = match &cbd.term {
            Terminator::Jump(c) => Terminator::Jump(target(c, &vmap)),
            Terminator::Brif(c, t, e) => Terminator::Brif(get(&vmap, *c), target(t, &vmap), target(e, &vmap)),
            Terminator::Ret(vs) => Terminator::Jump(BlockCall::new(cont, vs.iter().map(|&v| get(&vmap, v)).collect())),
            Terminator::Unreachable => Terminator::Unreachable,
        };
        f.blocks[nb.index()].term = t;
        f.blocks[nb.index()].term_loc = loc;
        copied.terms.push((nb, cbd.term_loc));
    }
    let entry = bmap[callee.entry().index()].unwrap();
    f.blocks[b.index()].term = Terminator::Jump(BlockCall::new(entry, args));
    f.blocks[b.index()].term_loc = loc;

    // Layout: the copied blocks, then the continuation, right after `b`.
    let mut added = f.layout.split_off(layout_len);
    added.rotate_left(1); // `cont` was created first
    let at = f.layout.iter().position(|&x| x == b).unwrap() + 1;
    f.layout.splice(at..at, added);
    (cont, copied)
}

/// Code `inline_at` copied, with its locations in the callee.
struct Copied {
    site: Loc,
    insts: Vec<(Inst, Loc)>,
    terms: Vec<(Block, Loc)>,
}

/// Gives inlined code its own lines, marked as inlined from `callee` at the
/// call site, so panics and tracebacks show the callee's frame as Go does.
fn relocate(f: &mut Function, m: &mut Module, callee: FuncId, c: Copied) {
    let mut memo: HashMap<Loc, Loc> = HashMap::new();
    let mut map = |at: Loc| *memo.entry(at).or_insert_with(|| m.inlined_loc(at, callee, c.site));
    for (i, at) in c.insts {
        f.insts[i.index()].loc = map(at);
    }
    for (b, at) in c.terms {
        f.blocks[b.index()].term_loc = map(at);
    }
}

/// Strongly connected components (Tarjan), each after every component it
/// reaches: callees come before their callers.
fn sccs(succ: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut t = Tarjan {
        index: vec![u32::MAX; succ.len()],
        low: vec![0; succ.len()],
        on_stack: vec![false; succ.len()],
        stack: Vec::new(),
        next: 0,
    };
    let mut out = Vec::new();
    for root in 0..succ.len() {
        if t.index[root] != u32::MAX {
            continue;
        }
        t.visit(root);
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut i)) = path.last_mut() {
            if let Some(&w) = succ[v].get(*i) {
                *i += 1;
                if t.index[w] == u32::MAX {
                    t.visit(w);
                    path.push((w, 0));
                } else if t.on_stack[w] {
                    t.low[v] = t.low[v].min(t.index[w]);
                }
                continue;
            }
            path.pop();
            if let Some(&(p, _)) = path.last() {
                t.low[p] = t.low[p].min(t.low[v]);
            }
            if t.low[v] == t.index[v] {
                let mut members = Vec::new();
                loop {
                    let w = t.stack.pop().unwrap();
                    t.on_stack[w] = false;
                    members.push(w);
                    if w == v {
                        break;
                    }
                }
                out.push(members);
            }
        }
    }
    out
}

struct Tarjan {
    index: Vec<u32>,
    low: Vec<u32>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    next: u32,
}

impl Tarjan {
    fn visit(&mut self, v: usize) {
        self.index[v] = self.next;
        self.low[v] = self.next;
        self.next += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn components_come_callees_first() {
        // 0 -> 1 -> 2 -> 1, 0 -> 3
        let g = vec![vec![1, 3], vec![2], vec![1], vec![]];
        let c = super::sccs(&g);
        let pos = |f: usize| c.iter().position(|m| m.contains(&f)).unwrap();
        assert_eq!(pos(1), pos(2));
        assert!(pos(1) < pos(0) && pos(3) < pos(0));
    }
}
