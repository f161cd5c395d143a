//! What an OSR entry must load: the values live into a loop header.

use ir::{Block, Function, Value};

/// Dense bit set over value indices.
#[derive(Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn remove(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
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
        (0..self.0.len() * 64).filter(|&i| self.contains(i))
    }
}

/// Values an entry at the top of `header` needs.
pub struct LiveIns {
    /// Values defined before the header (not its parameters) that code
    /// reachable from the header reads, in index order.
    pub values: Vec<Value>,
    /// Per header parameter: whether anything reads it.
    pub params_used: Vec<bool>,
}

/// Blocks reachable from `start` along terminator edges, in reverse
/// post-order (so a block comes after its dominators).
pub fn rpo_from(f: &Function, start: Block) -> Vec<Block> {
    let mut seen = vec![false; f.blocks.len()];
    let mut post = Vec::new();
    let mut stack: Vec<(Block, Vec<Block>)> = vec![(start, f.blocks[start.index()].term.successors().collect())];
    seen[start.index()] = true;
    while let Some((b, succs)) = stack.last_mut() {
        match succs.pop() {
            Some(s) if !seen[s.index()] => {
                seen[s.index()] = true;
                let next = f.blocks[s.index()].term.successors().collect();
                stack.push((s, next));
            }
            Some(_) => {}
            None => {
                post.push(*b);
                stack.pop();
            }
        }
    }
    post.reverse();
    post
}

/// Classic backward liveness over the blocks reachable from the entry;
/// block arguments are uses at the end of the predecessor, block
/// parameters definitions at the top of their block.
pub fn live_into(f: &Function, header: Block) -> LiveIns {
    let nv = f.values.len();
    let order = rpo_from(f, f.entry());
    let mut live_in = vec![Bits::new(nv); f.blocks.len()];
    // Live set at the top of the header before its parameters are removed.
    let mut header_top = Bits::new(nv);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in order.iter().rev() {
            let bd = &f.blocks[b.index()];
            let mut live = Bits::new(nv);
            for s in bd.term.successors() {
                live.union_with(&live_in[s.index()]);
            }
            bd.term.for_each_use(|v| live.insert(v.index()));
            for &i in bd.insts.iter().rev() {
                let d = &f.insts[i.index()];
                for r in &d.results {
                    live.remove(r.index());
                }
                for a in &d.args {
                    live.insert(a.index());
                }
            }
            if b == header {
                header_top = live.clone();
            }
            for p in &bd.params {
                live.remove(p.index());
            }
            changed |= live_in[b.index()].union_with(&live);
        }
    }
    LiveIns {
        values: live_in[header.index()].iter().map(Value::new).collect(),
        params_used: f.blocks[header.index()].params.iter().map(|p| header_top.contains(p.index())).collect(),
    }
}
