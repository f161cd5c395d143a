//! Dominators (Cooper, Harvey and Kennedy's iterative algorithm) and loops.

use crate::entities::Block;
use crate::function::Function;

pub struct DomTree {
    /// Immediate dominator per block; None for the entry and dead blocks.
    pub idom: Vec<Option<Block>>,
    /// Reverse post-order of reachable blocks.
    pub rpo: Vec<Block>,
    rpo_index: Vec<u32>,
}

impl DomTree {
    pub fn compute(f: &Function) -> DomTree {
        let rpo = f.rpo();
        let n = f.blocks.len();
        let mut rpo_index = vec![u32::MAX; n];
        for (i, b) in rpo.iter().enumerate() {
            rpo_index[b.index()] = i as u32;
        }
        let preds = f.predecessors();
        let mut idom: Vec<Option<Block>> = vec![None; n];
        let entry = f.entry();
        idom[entry.index()] = Some(entry);
        let mut changed = true;
        while changed {
            changed = false;
            for &b in rpo.iter().skip(1) {
                let mut new: Option<Block> = None;
                for &p in &preds[b.index()] {
                    if rpo_index[p.index()] == u32::MAX || idom[p.index()].is_none() {
                        continue;
                    }
                    new = Some(match new {
                        None => p,
                        Some(cur) => Self::intersect(&idom, &rpo_index, p, cur),
                    });
                }
                if new.is_some() && idom[b.index()] != new {
                    idom[b.index()] = new;
                    changed = true;
                }
            }
        }
        idom[entry.index()] = None;
        DomTree { idom, rpo, rpo_index }
    }

    fn intersect(idom: &[Option<Block>], rpo_index: &[u32], mut a: Block, mut b: Block) -> Block {
        while a != b {
            while rpo_index[a.index()] > rpo_index[b.index()] {
                a = idom[a.index()].unwrap();
            }
            while rpo_index[b.index()] > rpo_index[a.index()] {
                b = idom[b.index()].unwrap();
            }
        }
        a
    }

    pub fn is_reachable(&self, b: Block) -> bool {
        self.rpo_index[b.index()] != u32::MAX
    }

    pub fn rpo_index(&self, b: Block) -> u32 {
        self.rpo_index[b.index()]
    }

    /// Does `a` dominate `b` (reflexively)?
    pub fn dominates(&self, a: Block, mut b: Block) -> bool {
        if !self.is_reachable(b) {
            return true;
        }
        loop {
            if a == b {
                return true;
            }
            match self.idom[b.index()] {
                Some(p) => b = p,
                None => return false,
            }
        }
    }

    /// Children lists of the dominator tree.
    pub fn children(&self) -> Vec<Vec<Block>> {
        let mut ch = vec![Vec::new(); self.idom.len()];
        for &b in &self.rpo {
            if let Some(p) = self.idom[b.index()] {
                ch[p.index()].push(b);
            }
        }
        ch
    }
}

/// A natural loop: a header and the blocks of its body (header included).
#[derive(Debug, Clone)]
pub struct Loop {
    pub header: Block,
    pub blocks: Vec<Block>,
    /// Sources of back edges.
    pub latches: Vec<Block>,
}

/// Natural loops, one per header, innermost first (smaller bodies first).
pub fn find_loops(f: &Function, dom: &DomTree) -> Vec<Loop> {
    let preds = f.predecessors();
    let mut loops: Vec<Loop> = Vec::new();
    for &h in &dom.rpo {
        let latches: Vec<Block> =
            preds[h.index()].iter().copied().filter(|&p| dom.is_reachable(p) && dom.dominates(h, p)).collect();
        if latches.is_empty() {
            continue;
        }
        let mut in_loop = vec![false; f.blocks.len()];
        in_loop[h.index()] = true;
        let mut body = vec![h];
        let mut work = latches.clone();
        while let Some(b) = work.pop() {
            if in_loop[b.index()] {
                continue;
            }
            in_loop[b.index()] = true;
            body.push(b);
            for &p in &preds[b.index()] {
                if dom.is_reachable(p) && !in_loop[p.index()] {
                    work.push(p);
                }
            }
        }
        loops.push(Loop { header: h, blocks: body, latches });
    }
    loops.sort_by_key(|l| l.blocks.len());
    loops
}
