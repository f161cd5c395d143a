//! Loop-invariant code motion: pure instructions whose operands are all
//! defined outside a loop move to the loop's preheader.
//!
//! Only `InstKind::is_pure` instructions move: they cannot panic, so running
//! them when the loop body would not have (zero trips, a branch not taken)
//! changes nothing but time. Checks, divisions, loads and calls stay.
//!
//! A preheader is the single outside predecessor of the header when it
//! branches nowhere else; otherwise a new block takes over the header's
//! outside edges (with their arguments) and jumps to the header. Loops
//! headed by the entry block or by a recover block (entered by the
//! unwinder, not by a branch) are left alone.

use crate::dom::{find_loops, DomTree, Loop};
use crate::entities::{Block, Value};
use crate::function::{Function, ValueDef};
use crate::inst::{BlockCall, Terminator};

pub fn run(f: &mut Function) -> bool {
    if !may_loop(f) {
        return false;
    }
    let dom = DomTree::compute(f);
    let loops = find_loops(f, &dom);
    if loops.is_empty() {
        return false;
    }
    let mut changed = false;
    let preds = f.predecessors();
    let mut created = false;
    for l in &loops {
        if movable(f, l) && preheader(f, l, &preds[l.header.index()]).is_none() {
            create_preheader(f, l, &preds[l.header.index()]);
            created = true;
        }
    }
    let (dom, loops) = if created {
        let dom = DomTree::compute(f);
        let loops = find_loops(f, &dom);
        (dom, loops)
    } else {
        (dom, loops)
    };
    changed |= created;
    let preds = f.predecessors();
    // The block of every placed instruction, kept up to date as they move.
    let mut inst_block = vec![Block(u32::MAX); f.insts.len()];
    for &b in &f.layout {
        for &i in &f.blocks[b.index()].insts {
            inst_block[i.index()] = b;
        }
    }
    let mut in_loop = vec![false; f.blocks.len()];
    for l in &loops {
        if !movable(f, l) {
            continue;
        }
        let Some(ph) = preheader(f, l, &preds[l.header.index()]) else { continue };
        for &b in &l.blocks {
            in_loop[b.index()] = true;
        }
        let mut body = l.blocks.clone();
        body.sort_by_key(|&b| dom.rpo_index(b));
        for b in body {
            changed |= hoist_from(f, b, ph, &in_loop, &mut inst_block);
        }
        for &b in &l.blocks {
            in_loop[b.index()] = false;
        }
    }
    changed
}

/// Every cycle has an edge to a block at or before its source in any
/// order of the blocks; without one in layout order there is no loop.
fn may_loop(f: &Function) -> bool {
    let mut pos = vec![u32::MAX; f.blocks.len()];
    for (k, &b) in f.layout.iter().enumerate() {
        pos[b.index()] = k as u32;
    }
    f.layout.iter().any(|&b| f.successors(b).any(|s| pos[s.index()] <= pos[b.index()]))
}

/// Loops whose header can receive a preheader.
fn movable(f: &Function, l: &Loop) -> bool {
    l.header != f.entry() && f.unwind.is_none_or(|u| u.recover != l.header)
}

/// The existing preheader: the only outside predecessor, branching only
/// to the header.
fn preheader(f: &Function, l: &Loop, header_preds: &[Block]) -> Option<Block> {
    let mut outside = header_preds.iter().copied().filter(|p| !l.blocks.contains(p));
    let p = outside.next()?;
    if outside.next().is_some() || header_preds.iter().filter(|&&q| q == p).count() != 1 {
        return None;
    }
    f.successors(p).eq([l.header]).then_some(p)
}

/// A new block that takes over the header's outside edges.
fn create_preheader(f: &mut Function, l: &Loop, header_preds: &[Block]) {
    let h = l.header;
    let ph = f.new_block();
    f.layout.pop();
    let at = f.layout.iter().position(|&b| b == h).unwrap();
    f.layout.insert(at, ph);
    let params: Vec<Value> = f.blocks[h.index()].params.clone();
    let args: Vec<Value> = params.iter().map(|&p| f.add_block_param(ph, f.value_type(p))).collect();
    f.blocks[ph.index()].term = Terminator::Jump(BlockCall::new(h, args));
    f.blocks[ph.index()].term_loc = f.blocks[h.index()].term_loc;
    let mut outside: Vec<Block> = header_preds.iter().copied().filter(|p| !l.blocks.contains(p)).collect();
    outside.dedup();
    for p in outside {
        for t in f.blocks[p.index()].term.targets_mut() {
            if t.block == h {
                t.block = ph;
            }
        }
    }
}

/// Moves the invariant pure instructions of `b` to the end of `ph`.
fn hoist_from(f: &mut Function, b: Block, ph: Block, in_loop: &[bool], inst_block: &mut [Block]) -> bool {
    let insts = std::mem::take(&mut f.blocks[b.index()].insts);
    let mut kept = Vec::with_capacity(insts.len());
    let mut moved = false;
    for i in insts {
        let d = &f.insts[i.index()];
        let outside = |v: &Value| match f.values[v.index()].def {
            ValueDef::Param(pb, _) => !in_loop[pb.index()],
            ValueDef::Result(j, _) => !in_loop[inst_block[j.index()].index()],
        };
        if d.kind.is_pure() && d.args.iter().all(outside) {
            f.blocks[ph.index()].insts.push(i);
            inst_block[i.index()] = ph;
            moved = true;
        } else {
            kept.push(i);
        }
    }
    f.blocks[b.index()].insts = kept;
    moved
}
