//! Dead code elimination: unreachable blocks, unused pure instructions and
//! unused block parameters.

use crate::entities::Value;
use crate::function::{Function, ValueDef};

pub fn run(f: &mut Function) -> bool {
    let mut changed = remove_unreachable(f);
    let mut live = vec![false; f.values.len()];
    let mut inst_live = vec![false; f.insts.len()];
    let mut work: Vec<Value> = Vec::new();
    for &b in &f.layout {
        let bd = &f.blocks[b.index()];
        for &i in &bd.insts {
            let d = &f.insts[i.index()];
            if d.kind.has_side_effects() {
                inst_live[i.index()] = true;
                work.extend(d.args.iter().copied());
            }
        }
        // Branch arguments only matter if the parameter is live; the
        // condition and returned values always do.
        match &bd.term {
            crate::inst::Terminator::Brif(c, _, _) => work.push(*c),
            crate::inst::Terminator::Ret(vs) => work.extend(vs.iter().copied()),
            _ => {}
        }
    }
    if let Some(u) = f.unwind {
        work.push(u.marker);
    }
    // Entry parameters are the function's signature: always kept.
    work.extend(f.blocks[0].params.iter().copied());
    // Incoming arguments per parameter, to propagate liveness through edges.
    let mut incoming: Vec<Vec<Value>> = vec![Vec::new(); f.values.len()];
    for &b in &f.layout {
        for t in f.blocks[b.index()].term.targets() {
            let params = &f.blocks[t.block.index()].params;
            for (&a, &p) in t.args.iter().zip(params) {
                incoming[p.index()].push(a);
            }
        }
    }
    while let Some(v) = work.pop() {
        if live[v.index()] {
            continue;
        }
        live[v.index()] = true;
        match f.values[v.index()].def {
            ValueDef::Result(i, _) => {
                if !inst_live[i.index()] {
                    inst_live[i.index()] = true;
                    work.extend(f.insts[i.index()].args.iter().copied());
                }
            }
            ValueDef::Param(..) => work.extend(incoming[v.index()].iter().copied()),
        }
    }
    for bi in 0..f.layout.len() {
        let b = f.layout[bi];
        let before = f.blocks[b.index()].insts.len();
        let insts = std::mem::take(&mut f.blocks[b.index()].insts);
        f.blocks[b.index()].insts = insts.into_iter().filter(|i| inst_live[i.index()]).collect();
        changed |= f.blocks[b.index()].insts.len() != before;
        if b != f.entry() {
            let dead: Vec<usize> = f.blocks[b.index()]
                .params
                .iter()
                .enumerate()
                .filter(|(_, p)| !live[p.index()])
                .map(|(k, _)| k)
                .collect();
            if !dead.is_empty() {
                super::simplify_params::remove_params(f, b, &dead);
                changed = true;
            }
        }
    }
    changed
}

/// Drops blocks that cannot be reached from the entry from the layout.
pub fn remove_unreachable(f: &mut Function) -> bool {
    let rpo = f.rpo();
    let mut reachable = vec![false; f.blocks.len()];
    for b in &rpo {
        reachable[b.index()] = true;
    }
    let before = f.layout.len();
    f.layout.retain(|b| reachable[b.index()]);
    f.layout.len() != before
}
