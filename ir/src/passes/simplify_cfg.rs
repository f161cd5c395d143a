//! Control-flow cleanup: jumps through empty blocks go straight to their
//! destination, and a block reached only by an unconditional jump from one
//! predecessor is merged into it (the chains lowering and inlining leave).
//! An empty block that only branches on its parameter (what `a && b` and
//! `a || b` lower to) is folded into its predecessors: each branches
//! itself, straight to the known side when it passes a constant or its own
//! branch condition, so conditions become plain branches that later passes
//! (bounds-check elimination) and the interpreter's fused compares see.
//!
//! An empty forwarding block is bypassed only if its parameters are used by
//! nothing but its own jump (no block it dominates reads them). A recover
//! block is neither bypassed nor merged (the unwinder enters it, not a
//! branch), and the entry block of a function that defers takes nothing
//! in: the values it defines are the ones its recover block may use.

use crate::entities::{Block, Value};
use crate::function::Function;
use crate::inst::{BlockCall, Terminator};

/// How many forwarding blocks one edge may skip (empty infinite loops
/// would otherwise never stop).
const MAX_HOPS: usize = 8;

pub fn run(f: &mut Function) -> bool {
    let mut threaded = thread_jumps(f);
    for _ in 0..MAX_HOPS {
        if !thread_branches(f) {
            break;
        }
        threaded = true;
    }
    if threaded {
        super::dce::remove_unreachable(f);
    }
    merge_blocks(f) || threaded
}

/// Redirects edges into empty blocks that only jump on.
fn thread_jumps(f: &mut Function) -> bool {
    let recover = f.unwind.map(|u| u.recover);
    let uses = f.use_counts();
    let mut forward: Vec<Option<BlockCall>> = vec![None; f.blocks.len()];
    let mut any = false;
    for &b in &f.layout {
        let bd = &f.blocks[b.index()];
        let Terminator::Jump(t) = &bd.term else { continue };
        if !bd.insts.is_empty() || b == f.entry() || Some(b) == recover || t.block == b {
            continue;
        }
        let private = bd.params.iter().all(|&p| uses[p.index()] as usize == t.args.iter().filter(|&&a| a == p).count());
        if private {
            forward[b.index()] = Some(t.clone());
            any = true;
        }
    }
    if !any {
        return false;
    }
    let mut changed = false;
    for bi in 0..f.layout.len() {
        let b = f.layout[bi];
        let mut term = std::mem::replace(&mut f.blocks[b.index()].term, Terminator::Unreachable);
        match &mut term {
            Terminator::Jump(t) => changed |= skip_forwarders(f, &forward, t, None),
            Terminator::Brif(_, t, e) => {
                // Keep the two targets distinct blocks.
                changed |= skip_forwarders(f, &forward, t, Some(e.block));
                changed |= skip_forwarders(f, &forward, e, Some(t.block));
            }
            _ => {}
        }
        f.blocks[b.index()].term = term;
    }
    changed
}

/// Folds empty blocks ending in `brif` on one of their own parameters
/// into the predecessors that reach them.
fn thread_branches(f: &mut Function) -> bool {
    let recover = f.unwind.map(|u| u.recover);
    let uses = f.use_counts();
    let mut fold = vec![false; f.blocks.len()];
    let mut any = false;
    for &b in &f.layout {
        let bd = &f.blocks[b.index()];
        let Terminator::Brif(c, t, e) = &bd.term else { continue };
        if !bd.insts.is_empty() || b == f.entry() || Some(b) == recover || t.block == b || e.block == b {
            continue;
        }
        if !bd.params.contains(c) {
            continue;
        }
        // The parameters must mean nothing outside this terminator.
        let in_term = |p: Value| (p == *c) as usize + t.args.iter().chain(&e.args).filter(|&&a| a == p).count();
        if bd.params.iter().all(|&p| uses[p.index()] as usize == in_term(p)) {
            fold[b.index()] = true;
            any = true;
        }
    }
    if !any {
        return false;
    }
    let mut changed = false;
    for bi in 0..f.layout.len() {
        let p = f.layout[bi];
        let term = std::mem::replace(&mut f.blocks[p.index()].term, Terminator::Unreachable);
        let new = match term {
            Terminator::Jump(j) if fold[j.block.index()] && j.block != p => {
                changed = true;
                let (c, t, e) = branch_through(f, &j);
                match f.iconst_value(c) {
                    Some(k) => Terminator::Jump(if k != 0 { t } else { e }),
                    None => Terminator::Brif(c, t, e),
                }
            }
            Terminator::Brif(x, mut t, mut e) => {
                for then_edge in [true, false] {
                    let (edge, other) = if then_edge { (&mut t, &e) } else { (&mut e, &t) };
                    if !fold[edge.block.index()] || edge.block == p {
                        continue;
                    }
                    let (c, bt, be) = branch_through(f, edge);
                    let known = if c == x { Some(then_edge) } else { f.iconst_value(c).map(|k| k != 0) };
                    let Some(known) = known else { continue };
                    let next = if known { bt } else { be };
                    // Keep the two targets distinct blocks.
                    if next.block != other.block {
                        *edge = next;
                        changed = true;
                    }
                }
                Terminator::Brif(x, t, e)
            }
            other => other,
        };
        f.blocks[p.index()].term = new;
    }
    if changed {
        super::dce::remove_unreachable(f);
    }
    changed
}

/// The branch of block `j.block` as its caller `j` would take it: its
/// condition and targets with the block's parameters replaced by `j`'s
/// arguments.
fn branch_through(f: &Function, j: &BlockCall) -> (Value, BlockCall, BlockCall) {
    let Terminator::Brif(c, t, e) = &f.blocks[j.block.index()].term else {
        unreachable!("thread_branches: not a brif")
    };
    (passed(f, j, *c), retarget(f, j, t), retarget(f, j, e))
}

/// `v` as seen inside block `j.block` when entered by `j`: one of its
/// parameters is the argument `j` passes for it.
fn passed(f: &Function, j: &BlockCall, v: Value) -> Value {
    f.blocks[j.block.index()].params.iter().position(|&p| p == v).map_or(v, |k| j.args[k])
}

/// Call `next`, made from inside block `j.block`, as the caller `j` makes it.
fn retarget(f: &Function, j: &BlockCall, next: &BlockCall) -> BlockCall {
    BlockCall::new(next.block, next.args.iter().map(|&a| passed(f, j, a)).collect())
}

/// Follows forwarding blocks from `t`, substituting their parameters, but
/// not onto `avoid`.
fn skip_forwarders(f: &Function, forward: &[Option<BlockCall>], t: &mut BlockCall, avoid: Option<Block>) -> bool {
    let mut changed = false;
    for _ in 0..MAX_HOPS {
        let Some(next) = &forward[t.block.index()] else { break };
        if Some(next.block) == avoid {
            break;
        }
        *t = retarget(f, t, next);
        changed = true;
    }
    changed
}

/// Merges blocks into their only predecessor when it jumps to them.
fn merge_blocks(f: &mut Function) -> bool {
    let mut preds = vec![0u32; f.blocks.len()];
    for &b in &f.layout {
        for s in f.successors(b) {
            preds[s.index()] += 1;
        }
    }
    let recover = f.unwind.map(|u| u.recover);
    let mut alias: Vec<Option<Value>> = vec![None; f.values.len()];
    let resolve = |alias: &[Option<Value>], mut v: Value| {
        while let Some(w) = alias[v.index()] {
            v = w;
        }
        v
    };
    let mut merged = vec![false; f.blocks.len()];
    let mut changed = false;
    for k in 0..f.layout.len() {
        let a = f.layout[k];
        if merged[a.index()] || (a == f.entry() && f.unwind.is_some()) {
            continue;
        }
        while let Terminator::Jump(t) = &f.blocks[a.index()].term {
            let b: Block = t.block;
            if b == a || b == f.entry() || Some(b) == recover || preds[b.index()] != 1 {
                break;
            }
            let args = t.args.clone();
            let bd = &mut f.blocks[b.index()];
            let params = std::mem::take(&mut bd.params);
            let insts = std::mem::take(&mut bd.insts);
            let term = std::mem::replace(&mut bd.term, Terminator::Unreachable);
            let term_loc = bd.term_loc;
            for (p, arg) in params.into_iter().zip(args) {
                alias[p.index()] = Some(resolve(&alias, arg));
            }
            let ad = &mut f.blocks[a.index()];
            ad.insts.extend(insts);
            ad.term = term;
            ad.term_loc = term_loc;
            merged[b.index()] = true;
            changed = true;
        }
    }
    if changed {
        f.layout.retain(|b| !merged[b.index()]);
        f.map_all_uses(|v| resolve(&alias, v));
    }
    changed
}
