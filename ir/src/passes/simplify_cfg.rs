//! Control-flow cleanup: jumps through empty blocks go straight to their
//! destination, and a block reached only by an unconditional jump from one
//! predecessor is merged into it (the chains lowering and inlining leave).
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
    let threaded = thread_jumps(f);
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

/// Follows forwarding blocks from `t`, substituting their parameters, but
/// not onto `avoid`.
fn skip_forwarders(f: &Function, forward: &[Option<BlockCall>], t: &mut BlockCall, avoid: Option<Block>) -> bool {
    let mut changed = false;
    for _ in 0..MAX_HOPS {
        let Some(next) = &forward[t.block.index()] else { break };
        if Some(next.block) == avoid {
            break;
        }
        let params = &f.blocks[t.block.index()].params;
        let subst = |v: Value| params.iter().position(|&p| p == v).map_or(v, |k| t.args[k]);
        let args = next.args.iter().map(|&a| subst(a)).collect();
        *t = BlockCall::new(next.block, args);
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
