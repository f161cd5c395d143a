//! Frame slot assignment for SSA values.
//!
//! Interference is computed from precise liveness; block parameters and the
//! arguments passed to them are coalesced when they do not interfere, so
//! most loop-carried values need no moves; then each class of values gets
//! the lowest slot none of its neighbours uses (greedy colouring).

use ir::dom::DomTree;
use ir::{Block, Function, Value};
use std::collections::HashSet;

pub struct Allocation {
    /// Slot of every value (u16::MAX for values never placed).
    pub slot: Vec<u16>,
    /// Number of slots used by values.
    pub nslots: u32,
}

/// Dense bit set over value indices.
#[derive(Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, i: usize) -> bool {
        let (w, b) = (i / 64, 1u64 << (i % 64));
        let had = self.0[w] & b != 0;
        self.0[w] |= b;
        !had
    }
    fn remove(&mut self, i: usize) {
        self.0[i / 64] &= !(1u64 << (i % 64));
    }
    fn union_with(&mut self, o: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            let n = *a | b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            let mut b = bits;
            std::iter::from_fn(move || {
                if b == 0 {
                    return None;
                }
                let t = b.trailing_zeros() as usize;
                b &= b - 1;
                Some(w * 64 + t)
            })
        })
    }
}

/// Live-in sets per block. Block arguments count as uses at the end of the
/// predecessor; block parameters are defined at the top of their block.
fn liveness(f: &Function, rpo: &[Block]) -> Vec<Bits> {
    let nv = f.values.len();
    let nb = f.blocks.len();
    let mut live_in = vec![Bits::new(nv); nb];
    let mut changed = true;
    while changed {
        changed = false;
        for &b in rpo.iter().rev() {
            let mut live = live_out(f, b, &live_in, nv);
            let bd = &f.blocks[b.index()];
            for &i in bd.insts.iter().rev() {
                let d = &f.insts[i.index()];
                for r in &d.results {
                    live.remove(r.index());
                }
                for a in &d.args {
                    live.insert(a.index());
                }
            }
            for p in &bd.params {
                live.remove(p.index());
            }
            if live_in[b.index()].union_with(&live) {
                changed = true;
            }
        }
    }
    live_in
}

fn live_out(f: &Function, b: Block, live_in: &[Bits], nv: usize) -> Bits {
    let mut live = Bits::new(nv);
    let bd = &f.blocks[b.index()];
    for s in f.successors(b) {
        live.union_with(&live_in[s.index()]);
    }
    bd.term.for_each_use(|v| {
        live.insert(v.index());
    });
    live
}

struct UnionFind(Vec<u32>);

impl UnionFind {
    fn find(&mut self, mut x: u32) -> u32 {
        while self.0[x as usize] != x {
            let p = self.0[x as usize];
            self.0[x as usize] = self.0[p as usize];
            x = p;
        }
        x
    }
}

/// Assigns slots. `pinned` values (used by the recover block, or otherwise
/// needed at unknown points) get slots of their own. Entry parameters are
/// pre-assigned to slots 0..n (the calling convention).
pub fn allocate(f: &Function, pinned: &[Value]) -> Allocation {
    let dom = DomTree::compute(f);
    let rpo = dom.rpo.clone();
    let nv = f.values.len();
    let live_in = liveness(f, &rpo);

    // Interference edges: a definition interferes with everything live
    // just after it (SSA: that is every value it can overlap).
    let mut adj: Vec<HashSet<u32>> = vec![HashSet::new(); nv];
    let add_edge = |a: usize, b: usize, adj: &mut Vec<HashSet<u32>>| {
        if a != b {
            adj[a].insert(b as u32);
            adj[b].insert(a as u32);
        }
    };
    let mut defined = Bits::new(nv);
    for &b in &rpo {
        let bd = &f.blocks[b.index()];
        let mut live = live_out(f, b, &live_in, nv);
        for &i in bd.insts.iter().rev() {
            let d = &f.insts[i.index()];
            for r in &d.results {
                defined.insert(r.index());
                live.remove(r.index());
            }
            // Results are written after operands are read, but a result
            // must not share a slot with another result or with anything
            // live across the instruction.
            for r in &d.results {
                for l in live.iter() {
                    add_edge(r.index(), l, &mut adj);
                }
                for r2 in &d.results {
                    add_edge(r.index(), r2.index(), &mut adj);
                }
            }
            // Multi-word operations (calls) read their operands after
            // moving them; a result may safely reuse an operand's slot.
            for a in &d.args {
                live.insert(a.index());
            }
        }
        for p in &bd.params {
            defined.insert(p.index());
            live.remove(p.index());
        }
        // Parameters are written together by the predecessors' moves: they
        // interfere with each other and with everything live into the block.
        for p in &bd.params {
            for l in live.iter() {
                add_edge(p.index(), l, &mut adj);
            }
            for q in &bd.params {
                add_edge(p.index(), q.index(), &mut adj);
            }
        }
    }
    // Block arguments are read at the end of the predecessor while the
    // parameters are written: a parameter must not share a slot with a
    // value live out of the predecessor other than its own argument.
    for &b in &rpo {
        let out_live: Bits = {
            let mut l = Bits::new(nv);
            for s in f.successors(b) {
                l.union_with(&live_in[s.index()]);
            }
            l
        };
        for t in f.blocks[b.index()].term.targets() {
            let params = &f.blocks[t.block.index()].params;
            for (k, &p) in params.iter().enumerate() {
                for l in out_live.iter() {
                    if l != t.args[k].index() {
                        add_edge(p.index(), l, &mut adj);
                    }
                }
                for (j, &a) in t.args.iter().enumerate() {
                    if j != k {
                        add_edge(p.index(), a.index(), &mut adj);
                    }
                }
            }
        }
    }
    let pinned_set: HashSet<usize> = pinned.iter().map(|v| v.index()).collect();
    for &p in pinned {
        for v in 0..nv {
            if defined.0[v / 64] & (1 << (v % 64)) != 0 {
                add_edge(p.index(), v, &mut adj);
            }
        }
    }

    // Coalesce arguments with the parameters they feed.
    let mut uf = UnionFind((0..nv as u32).collect());
    let mut members: Vec<Vec<u32>> = (0..nv as u32).map(|v| vec![v]).collect();
    for &b in &rpo {
        for t in f.blocks[b.index()].term.targets() {
            for (k, &a) in t.args.iter().enumerate() {
                let p = f.blocks[t.block.index()].params[k];
                if pinned_set.contains(&a.index()) || pinned_set.contains(&p.index()) {
                    continue;
                }
                let (ra, rp) = (uf.find(a.index() as u32), uf.find(p.index() as u32));
                if ra == rp {
                    continue;
                }
                let interferes = members[ra as usize].iter().any(|&x| {
                    let ax = &adj[x as usize];
                    members[rp as usize].iter().any(|y| ax.contains(y))
                });
                if !interferes {
                    uf.0[rp as usize] = ra;
                    let m = std::mem::take(&mut members[rp as usize]);
                    members[ra as usize].extend(m);
                }
            }
        }
    }

    // Colour classes in dominance order of their first definition.
    let mut slot = vec![u16::MAX; nv];
    let entry_params = &f.blocks[0].params;
    for (i, &p) in entry_params.iter().enumerate() {
        let r = uf.find(p.index() as u32) as usize;
        for &m in &members[r] {
            slot[m as usize] = i as u16;
        }
    }
    let mut order: Vec<usize> = Vec::with_capacity(nv);
    for &b in &rpo {
        for &p in &f.blocks[b.index()].params {
            order.push(p.index());
        }
        for &i in &f.blocks[b.index()].insts {
            order.extend(f.insts[i.index()].results.iter().map(|r| r.index()));
        }
    }
    let mut nslots = entry_params.len() as u32;
    let mut used: Vec<bool> = Vec::new();
    for v in order {
        if slot[v] != u16::MAX {
            continue;
        }
        let r = uf.find(v as u32) as usize;
        used.clear();
        for &m in &members[r] {
            for &n in &adj[m as usize] {
                let s = slot[n as usize];
                if s != u16::MAX {
                    if used.len() <= s as usize {
                        used.resize(s as usize + 1, false);
                    }
                    used[s as usize] = true;
                }
            }
        }
        let s = used.iter().position(|u| !u).unwrap_or(used.len()) as u16;
        for &m in &members[r] {
            slot[m as usize] = s;
        }
        nslots = nslots.max(s as u32 + 1);
    }
    Allocation { slot, nslots }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loop_variable_needs_no_move() {
        let m = ir::parse::parse_module(
            "func @loop(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 0
    jump block1(v1)
block1(v2: i64):
    v3 = icmp slt v2, v0
    brif v3, block2, block3
block2:
    v4 = iconst 1
    v5 = iadd v2, v4
    jump block1(v5)
block3:
    ret v2
}",
        )
        .unwrap();
        let f = &m.funcs[0];
        let a = allocate(f, &[]);
        let v = |n: u32| a.slot[n as usize];
        // v1, v2 and v5 form one class; v0 keeps slot 0.
        assert_eq!(v(0), 0);
        assert_eq!(v(2), v(5));
        assert_eq!(v(1), v(2));
        assert_ne!(v(2), v(0));
        assert_ne!(v(4), v(2));
    }
}
