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
        .map(|e| {
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
                        // A variable reaching its own entry (directly or
                        // through functions) is a cycle: it never gets ready.
                        if let Some(&j) = owner.get(&o) {
                            vars.insert(j);
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
                report_cycle(c, entries[i].lhs[0]);
                break;
            }
        }
    }
    c.packages[pkg.0 as usize].init = order;
}

/// The references from `start` back to itself, through variables and
/// functions (depth-first, in declaration order).
fn find_cycle(c: &Checker, start: ObjId) -> Vec<ObjId> {
    fn dfs(c: &Checker, o: ObjId, start: ObjId, path: &mut Vec<ObjId>, seen: &mut HashSet<ObjId>) -> bool {
        let mut next: Vec<ObjId> = c.deps.get(&o).into_iter().flatten().copied().collect();
        next.sort_by_key(|&n| (c.obj(n).file, c.obj(n).pos));
        for n in next {
            if !matches!(c.obj(n).kind, ObjKind::Var(_) | ObjKind::Func(_)) {
                continue;
            }
            if n == start {
                return true;
            }
            if seen.insert(n) {
                path.push(n);
                if dfs(c, n, start, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start];
    let mut seen = HashSet::from([start]);
    dfs(c, start, start, &mut path, &mut seen);
    path
}

/// types2's report of an initialization cycle.
fn report_cycle(c: &mut Checker, start: ObjId) {
    let cycle = find_cycle(c, start);
    let (file, pos, name) = (c.obj(start).file, c.obj(start).pos, c.obj(start).name.clone());
    let saved = std::mem::replace(&mut c.file, file);
    if cycle.len() == 1 {
        c.error(pos, format!("initialization cycle: {name} refers to itself"));
    } else {
        let mut msg = format!("initialization cycle for {name}");
        for (k, &o) in cycle.iter().enumerate() {
            let next = cycle[(k + 1) % cycle.len()];
            let at = c.fs.position(c.obj(o).file, c.obj(o).pos);
            msg.push_str(&format!("\n\t{at}: {} refers to {}", c.obj(o).name, c.obj(next).name));
        }
        c.error(pos, msg);
    }
    c.file = saved;
}
