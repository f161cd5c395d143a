//! Global value numbering over the dominator tree, with redundant check
//! and block-local load elimination.
//!
//! - A pure instruction (`InstKind::is_pure`) equal to one in a dominating
//!   position (same operation, same operands, commutative operands and
//!   compares put in a canonical order) is replaced by it; so is a division,
//!   which cannot panic where an identical one already passed.
//! - A `nil_check` or `bounds_check` dominated by an identical check is
//!   dropped: if control reaches it, the first one passed.
//! - Loads are reused within a block, and into a block whose only
//!   predecessor is the block that saw them (memory cannot change on the
//!   edge; preemption points are at loop headers, which have several
//!   predecessors), until a store that may overlap them (a store to another
//!   base value may alias anything) or a call (which may store, or switch
//!   goroutines). A 64-bit store is forwarded to a following load of the
//!   same address and type.
//!
//! The recover region of a function that defers is left alone: it runs
//! after a panic, when entry values defined after the panic point were
//! never computed, so it must not start using them.

use crate::dom::DomTree;
use crate::entities::{Block, Value};
use crate::function::Function;
use crate::hash::FxHashMap;
use crate::inst::{InstKind, IntCC};
use crate::types::MemType;

const NO_VALUE: Value = Value(u32::MAX);
/// Loads remembered per block; a bound that keeps the scans cheap.
const MAX_LOADS: usize = 32;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    kind: InstKind,
    args: [Value; 3],
}

/// The key of an instruction, operands in canonical order; None when it has
/// more operands than any pure instruction or check.
fn key(kind: &InstKind, args: &[Value]) -> Option<Key> {
    if args.len() > 3 {
        return None;
    }
    let mut a = [NO_VALUE; 3];
    a[..args.len()].copy_from_slice(args);
    let mut kind = kind.clone();
    match &mut kind {
        InstKind::Binary(op) if op.is_commutative() && a[0] > a[1] => a.swap(0, 1),
        InstKind::Icmp(cc) if a[0] > a[1] => {
            *cc = IntCC::swap(*cc);
            a.swap(0, 1);
        }
        _ => {}
    }
    Some(Key { kind, args: a })
}

/// A load the block has seen, or a value a store left in memory.
#[derive(Clone)]
struct Known {
    mt: MemType,
    offset: i32,
    addr: Value,
    value: Value,
}

fn overlaps(a: (MemType, i32), b: (MemType, i32)) -> bool {
    let (a0, b0) = (a.1 as i64, b.1 as i64);
    a0 < b0 + b.0.size() as i64 && b0 < a0 + a.0.size() as i64
}

enum Step {
    Enter(Block),
    /// Leave a dominator-tree scope: forget the keys inserted since.
    Exit(usize),
}

pub fn run(f: &mut Function) -> bool {
    // Most functions are one block: no dominator tree needed.
    let children = if f.layout.len() == 1 { vec![Vec::new(); f.blocks.len()] } else { DomTree::compute(f).children() };
    // A block entered only from its dominator-tree parent starts with what
    // the parent knew of memory at its end.
    let preds = f.predecessors();
    let only_pred = |c: Block| match preds[c.index()].split_first() {
        Some((&p, rest)) if rest.iter().all(|&q| q == p) => Some(p),
        _ => None,
    };
    let mut end_loads: Vec<Option<Vec<Known>>> = vec![None; f.blocks.len()];
    let recover = f.unwind.map(|u| u.recover);
    let mut table: FxHashMap<Key, Value> = FxHashMap::default();
    let mut inserted: Vec<Key> = Vec::new();
    let mut alias: Vec<Option<Value>> = vec![None; f.values.len()];
    let mut dead = vec![false; f.insts.len()];
    let mut changed = false;
    let mut steps = vec![Step::Enter(f.entry())];
    while let Some(step) = steps.pop() {
        let b = match step {
            Step::Exit(mark) => {
                for k in inserted.drain(mark..) {
                    table.remove(&k);
                }
                continue;
            }
            Step::Enter(b) => b,
        };
        steps.push(Step::Exit(inserted.len()));
        let mut loads: Vec<Known> = only_pred(b).and_then(|p| end_loads[p.index()].clone()).unwrap_or_default();
        for k in 0..f.blocks[b.index()].insts.len() {
            let i = f.blocks[b.index()].insts[k];
            let d = &mut f.insts[i.index()];
            for a in d.args.iter_mut() {
                if let Some(v) = alias[a.index()] {
                    *a = v;
                }
            }
            let d = &f.insts[i.index()];
            match &d.kind {
                // A division dominated by the same division did not panic
                // there, so it gives the same result here.
                kind if (kind.is_pure() || matches!(kind, InstKind::Binary(_))) && d.results.len() == 1 => {
                    let Some(key) = key(kind, &d.args) else { continue };
                    let r = d.results[0];
                    if let Some(&v) = table.get(&key) {
                        alias[r.index()] = Some(v);
                        dead[i.index()] = true;
                        changed = true;
                    } else {
                        table.insert(key.clone(), r);
                        inserted.push(key);
                    }
                }
                InstKind::NilCheck | InstKind::BoundsCheck => {
                    let Some(key) = key(&d.kind, &d.args) else { continue };
                    if table.contains_key(&key) {
                        dead[i.index()] = true;
                        changed = true;
                    } else {
                        table.insert(key.clone(), NO_VALUE);
                        inserted.push(key);
                    }
                }
                &InstKind::Load(mt, offset) => {
                    let (addr, r) = (d.args[0], d.results[0]);
                    if let Some(k) = loads.iter().find(|k| k.mt == mt && k.offset == offset && k.addr == addr) {
                        alias[r.index()] = Some(k.value);
                        dead[i.index()] = true;
                        changed = true;
                    } else {
                        if loads.len() == MAX_LOADS {
                            loads.remove(0);
                        }
                        loads.push(Known { mt, offset, addr, value: r });
                    }
                }
                &InstKind::Store(mt, offset) => {
                    let (addr, v) = (d.args[0], d.args[1]);
                    loads.retain(|k| k.addr == addr && !overlaps((k.mt, k.offset), (mt, offset)));
                    if matches!(mt, MemType::I64 | MemType::F64) {
                        loads.push(Known { mt, offset, addr, value: v });
                    }
                }
                InstKind::Call(_) | InstKind::CallIndirect(_) | InstKind::CallNative(_) => loads.clear(),
                _ => {}
            }
        }
        if children[b.index()].iter().any(|&c| only_pred(c) == Some(b)) {
            end_loads[b.index()] = Some(loads);
        }
        for &c in children[b.index()].iter().rev() {
            if Some(c) != recover {
                steps.push(Step::Enter(c));
            }
        }
    }
    if !changed {
        return false;
    }
    f.map_all_uses(|v| alias[v.index()].unwrap_or(v));
    for bi in 0..f.layout.len() {
        let b = f.layout[bi];
        f.blocks[b.index()].insts.retain(|i| !dead[i.index()]);
    }
    true
}
