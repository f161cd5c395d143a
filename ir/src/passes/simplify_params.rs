//! Removes block parameters that always receive the same value (the trivial
//! phis that on-the-fly SSA construction leaves behind).

use crate::entities::Value;
use crate::function::Function;
use crate::hash::FxHashMap as HashMap;

pub fn run(f: &mut Function) -> bool {
    let mut any = false;
    loop {
        let rpo = f.rpo();
        let mut reachable = vec![false; f.blocks.len()];
        for b in &rpo {
            reachable[b.index()] = true;
        }
        // incoming[b][k] = the distinct values passed to parameter k of b.
        let mut incoming: Vec<Vec<Vec<Value>>> = f.blocks.iter().map(|bd| vec![Vec::new(); bd.params.len()]).collect();
        for &b in &rpo {
            for t in f.blocks[b.index()].term.targets() {
                for (k, &a) in t.args.iter().enumerate() {
                    let inc = &mut incoming[t.block.index()][k];
                    if !inc.contains(&a) {
                        inc.push(a);
                    }
                }
            }
        }
        let mut alias: HashMap<Value, Value> = HashMap::default();
        let mut removals: Vec<(crate::entities::Block, Vec<usize>)> = Vec::new();
        for &b in &rpo {
            if b == f.entry() {
                continue;
            }
            let params = f.blocks[b.index()].params.clone();
            let mut dead = Vec::new();
            for (k, &p) in params.iter().enumerate() {
                let others: Vec<Value> = incoming[b.index()][k].iter().copied().filter(|&v| v != p).collect();
                if others.len() == 1 {
                    alias.insert(p, others[0]);
                    dead.push(k);
                }
            }
            if !dead.is_empty() {
                removals.push((b, dead));
            }
        }
        if alias.is_empty() {
            return any;
        }
        any = true;
        for (b, dead) in removals {
            remove_params(f, b, &dead);
        }
        let resolve = |mut v: Value| {
            let mut n = 0;
            while let Some(&w) = alias.get(&v) {
                v = w;
                n += 1;
                if n > alias.len() {
                    break;
                }
            }
            v
        };
        f.map_all_uses(resolve);
    }
}

/// Removes parameters (sorted indices) of `b` and the matching arguments of
/// every branch into it.
pub fn remove_params(f: &mut Function, b: crate::entities::Block, dead: &[usize]) {
    let keep = |k: usize| !dead.contains(&k);
    let params = std::mem::take(&mut f.blocks[b.index()].params);
    let kept: Vec<Value> = params.iter().enumerate().filter(|(k, _)| keep(*k)).map(|(_, &p)| p).collect();
    for (n, &p) in kept.iter().enumerate() {
        f.values[p.index()].def = crate::function::ValueDef::Param(b, n as u32);
    }
    f.blocks[b.index()].params = kept;
    for bi in 0..f.blocks.len() {
        for t in f.blocks[bi].term.targets_mut() {
            if t.block == b && t.args.len() == params.len() {
                let args = std::mem::take(&mut t.args);
                t.args = args.into_iter().enumerate().filter(|(k, _)| keep(*k)).map(|(_, a)| a).collect();
            }
        }
    }
}
