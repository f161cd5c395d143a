//! Initialization order of package-level variables: by dependency, then
//! by declaration order (the spec's rule).

use super::{Checker, InitEntry};
use crate::objects::*;
use std::collections::{HashMap, HashSet};

pub(super) fn compute(c: &mut Checker, pkg: PkgId) {
    let mut entries = std::mem::take(&mut c.packages[pkg.0 as usize].init);
    entries.sort_by_key(|e| e.lhs.first().map(|&o| (c.obj(o).file, c.obj(o).pos)));
    // Which entry initializes each variable.
    let mut owner: HashMap<ObjId, usize> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        for &o in &e.lhs {
            owner.insert(o, i);
        }
    }
    // Variables each entry depends on, following function references.
    let deps: Vec<HashSet<usize>> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut vars = HashSet::new();
            let mut seen = HashSet::new();
            let mut work: Vec<ObjId> =
                e.lhs.iter().flat_map(|o| c.deps.get(o).into_iter().flatten().copied()).collect();
            while let Some(o) = work.pop() {
                if !seen.insert(o) {
                    continue;
                }
                match &c.obj(o).kind {
                    ObjKind::Var(_) => {
                        if let Some(&j) = owner.get(&o) {
                            if j != i {
                                vars.insert(j);
                            }
                        }
                    }
                    ObjKind::Func(_) => work.extend(c.deps.get(&o).into_iter().flatten().copied()),
                    _ => {}
                }
            }
            vars
        })
        .collect();
    let mut done = vec![false; entries.len()];
    let mut order: Vec<InitEntry> = Vec::new();
    for _ in 0..entries.len() {
        let next = (0..entries.len()).find(|&i| !done[i] && deps[i].iter().all(|&j| done[j]));
        match next {
            Some(i) => {
                done[i] = true;
                order.push(entries[i].clone());
            }
            None => {
                let i = (0..entries.len()).find(|&i| !done[i]).unwrap();
                let o = entries[i].lhs[0];
                let (file, pos, name) = (c.obj(o).file, c.obj(o).pos, c.obj(o).name.clone());
                let saved = c.file;
                c.file = file;
                c.error(pos, format!("initialization cycle or initialization loop involving {name}"));
                c.file = saved;
                break;
            }
        }
    }
    c.packages[pkg.0 as usize].init = order;
}
