//! Bounds-check elimination: drops `bounds_check index, len` where the
//! index is provably in `[0, len)`.
//!
//! Facts come from branches: in the blocks dominated by the target of a
//! `brif` on an `icmp`, when that target is entered only along this edge
//! (its other predecessors are back edges it dominates), the comparison is
//! known to hold (or, on the else edge, its inverse). A check goes when
//!
//! - both operands are constants and `index <u len`;
//! - `index <u b` is known and `b` is `len` (or both are constants, `b <= len`);
//! - `index` is non-negative and `index <s b` with `b <= len`, or
//!   `index <=s b` with `b < len`, where `len` is `b` or `b + c` for a small
//!   constant `c` (a wrapping `b + c` is still above `b` as unsigned), or
//!   both are constants.
//!
//! Non-negative values: constants, zero extensions, masks, quotients and
//! remainders of non-negative values, `x + c` when a branch bounds `x` so
//! that the addition cannot wrap, values a branch bounds from below, and
//! block parameters all of whose incoming values are (assuming the
//! parameter is: the induction variable of `for i := 0; i < n; i++` passes
//! `i + 1` only where `i < n`, so it never wraps).

use crate::dom::DomTree;
use crate::entities::{Block, Inst, Value};
use crate::function::{Function, ValueDef};
use crate::inst::{BinOp, InstKind, IntCC, Terminator, UnOp};

/// How far `nonneg` looks through definitions.
const MAX_DEPTH: u32 = 8;
/// Largest constant for which `b + c` is treated as above `b`.
const MAX_SLACK: i64 = 1 << 62;

pub fn run(f: &mut Function) -> bool {
    let checks: Vec<(Block, Inst)> = f
        .layout
        .iter()
        .flat_map(|&b| f.blocks[b.index()].insts.iter().map(move |&i| (b, i)))
        .filter(|&(_, i)| f.insts[i.index()].kind == InstKind::BoundsCheck)
        .collect();
    if checks.is_empty() {
        return false;
    }
    let facts = Facts::new(f);
    let redundant: Vec<Inst> = checks
        .into_iter()
        .filter(|&(b, i)| {
            let a = &f.insts[i.index()].args;
            facts.dom.is_reachable(b) && facts.in_range(a[0], a[1], b)
        })
        .map(|(_, i)| i)
        .collect();
    if redundant.is_empty() {
        return false;
    }
    for bi in 0..f.layout.len() {
        let b = f.layout[bi];
        f.blocks[b.index()].insts.retain(|i| !redundant.contains(i));
    }
    true
}

struct Facts<'f> {
    f: &'f Function,
    dom: DomTree,
    preds: Vec<Vec<Block>>,
    /// (predecessor, argument) pairs flowing into each block parameter.
    incoming: Vec<Vec<(Block, Value)>>,
    /// The block of every placed instruction.
    inst_block: Vec<Block>,
}

/// `lhs cc rhs`, known to hold.
type Fact = (IntCC, Value, Value);

impl<'f> Facts<'f> {
    fn new(f: &'f Function) -> Self {
        let mut incoming = vec![Vec::new(); f.values.len()];
        let mut inst_block = vec![Block(u32::MAX); f.insts.len()];
        for &b in &f.layout {
            for &i in &f.blocks[b.index()].insts {
                inst_block[i.index()] = b;
            }
            for t in f.blocks[b.index()].term.targets() {
                for (&a, &p) in t.args.iter().zip(&f.blocks[t.block.index()].params) {
                    incoming[p.index()].push((b, a));
                }
            }
        }
        Facts { f, dom: DomTree::compute(f), preds: f.predecessors(), incoming, inst_block }
    }

    fn konst(&self, v: Value) -> Option<i64> {
        self.f.iconst_value(v)
    }

    fn same(&self, a: Value, b: Value) -> bool {
        a == b || self.konst(a).is_some_and(|x| self.konst(b) == Some(x))
    }

    /// Comparisons known to hold in `b`, each also in its swapped form.
    fn at(&self, mut b: Block) -> Vec<Fact> {
        let mut out = Vec::new();
        loop {
            if let Some((cc, x, y)) = self.edge_fact(b) {
                out.push((cc, x, y));
                out.push((cc.swap(), y, x));
            }
            match self.dom.idom[b.index()] {
                Some(p) => b = p,
                None => return out,
            }
        }
    }

    /// The comparison known in `b` and the blocks it dominates, from the
    /// branch of its one predecessor that `b` does not dominate: control
    /// enters `b`'s region only along that edge, and the compared values,
    /// defined before the branch, do not change inside the region. (The
    /// other predecessors are back edges from inside: `b` can be the loop
    /// header right after the loop test.)
    fn edge_fact(&self, b: Block) -> Option<Fact> {
        let mut outside = self.preds[b.index()].iter().filter(|&&q| !self.dom.dominates(b, q));
        let (Some(&p), None) = (outside.next(), outside.next()) else { return None };
        let Terminator::Brif(c, t, e) = &self.f.blocks[p.index()].term else { return None };
        if t.block == e.block {
            return None;
        }
        let i = self.f.def_inst(*c)?;
        let d = &self.f.insts[i.index()];
        let InstKind::Icmp(cc) = d.kind else { return None };
        let cc = if t.block == b {
            cc
        } else if e.block == b {
            cc.inverse()
        } else {
            return None; // the recover block, entered by the unwinder
        };
        Some((cc, d.args[0], d.args[1]))
    }

    /// Is `index <u len` whenever control is in `b`?
    fn in_range(&self, index: Value, len: Value, b: Block) -> bool {
        if let (Some(i), Some(n)) = (self.konst(index), self.konst(len)) {
            return (i as u64) < (n as u64);
        }
        let facts = self.at(b);
        let mut nonneg: Option<bool> = None;
        for &(cc, x, bound) in &facts {
            if !self.same(x, index) {
                continue;
            }
            let ok = match cc {
                IntCC::Ult => self.same(bound, len) || self.const_le(bound, len, true),
                IntCC::Slt | IntCC::Sle => {
                    let strict = cc == IntCC::Slt;
                    let fits = self.within(bound, len, strict);
                    fits && *nonneg.get_or_insert_with(|| self.nonneg(index, &facts, &mut Vec::new(), 0))
                }
                _ => false,
            };
            if ok {
                return true;
            }
        }
        false
    }

    /// Both constants and `a <= b` (unsigned when `unsigned`, else signed).
    fn const_le(&self, a: Value, b: Value, unsigned: bool) -> bool {
        match (self.konst(a), self.konst(b)) {
            (Some(x), Some(y)) if unsigned => (x as u64) <= (y as u64),
            (Some(x), Some(y)) => x <= y,
            _ => false,
        }
    }

    /// For a non-negative `i`: does `i < bound` (`strict`) or `i <= bound`
    /// imply `i <u len`? True when `len` is `bound + c` with `c >= 0`
    /// (`c >= 1` when not strict; a wrapped sum is above `bound` as
    /// unsigned since `bound >= 0`), or both are constants in that order.
    fn within(&self, bound: Value, len: Value, strict: bool) -> bool {
        let min_slack = if strict { 0 } else { 1 };
        if let (Some(x), Some(y)) = (self.konst(bound), self.konst(len)) {
            return x.checked_add(min_slack).is_some_and(|x| x <= y);
        }
        if bound == len {
            return strict;
        }
        let Some(i) = self.f.def_inst(len) else { return false };
        let d = &self.f.insts[i.index()];
        let (x, c) = match d.kind {
            InstKind::Binary(BinOp::Iadd) => match (self.konst(d.args[0]), self.konst(d.args[1])) {
                (_, Some(c)) => (d.args[0], c),
                (Some(c), _) => (d.args[1], c),
                _ => return false,
            },
            InstKind::Binary(BinOp::Isub) => match self.konst(d.args[1]) {
                Some(c) if c != i64::MIN => (d.args[0], -c),
                _ => return false,
            },
            _ => return false,
        };
        x == bound && (min_slack..=MAX_SLACK).contains(&c)
    }

    /// Is `v >= 0` (signed) where `facts` hold?
    fn nonneg(&self, v: Value, facts: &[Fact], assumed: &mut Vec<Value>, depth: u32) -> bool {
        if let Some(c) = self.konst(v) {
            return c >= 0;
        }
        if self.bounded_below(v, facts) {
            return true;
        }
        if depth >= MAX_DEPTH {
            return false;
        }
        match self.f.values[v.index()].def {
            ValueDef::Param(pb, _) => self.nonneg_param(v, pb, assumed, depth),
            ValueDef::Result(i, _) => {
                let d = &self.f.insts[i.index()];
                let a = &d.args;
                let mut sub = |x: Value| self.nonneg(x, facts, assumed, depth + 1);
                match d.kind {
                    InstKind::Unary(UnOp::Zext8 | UnOp::Zext16 | UnOp::Zext32)
                    | InstKind::Unary(UnOp::Popcnt | UnOp::Clz | UnOp::Ctz) => true,
                    InstKind::Binary(BinOp::And) => sub(a[0]) || sub(a[1]),
                    InstKind::Binary(BinOp::Ushr) => self.konst(a[1]).is_some_and(|c| (1..64).contains(&c)),
                    // x %u y <u y; x % y and x >> y have the sign of x;
                    // x /u y <=u x.
                    InstKind::Binary(BinOp::Urem) => sub(a[1]),
                    InstKind::Binary(BinOp::Srem | BinOp::Sshr | BinOp::Udiv) => sub(a[0]),
                    InstKind::Binary(BinOp::Sdiv) => self.konst(a[1]).is_some_and(|c| c > 0) && sub(a[0]),
                    InstKind::Binary(BinOp::Iadd) => {
                        let (x, c) = match (self.konst(a[0]), self.konst(a[1])) {
                            (_, Some(c)) => (a[0], c),
                            (Some(c), _) => (a[1], c),
                            _ => return false,
                        };
                        c >= 0 && self.no_wrap_add(x, c, self.inst_block[i.index()]) && sub(x)
                    }
                    InstKind::Select => sub(a[1]) && sub(a[2]),
                    _ => false,
                }
            }
        }
    }

    /// A block parameter is non-negative if everything passed to it is,
    /// assuming it is (induction).
    fn nonneg_param(&self, p: Value, pb: Block, assumed: &mut Vec<Value>, depth: u32) -> bool {
        if assumed.contains(&p) {
            return true;
        }
        let inc = &self.incoming[p.index()];
        if inc.is_empty() || pb == self.f.entry() {
            return false;
        }
        assumed.push(p);
        let ok = inc.iter().all(|&(from, a)| {
            let facts = self.at(from);
            self.nonneg(a, &facts, assumed, depth + 1)
        });
        assumed.pop();
        ok
    }

    /// A fact `v >= c` or `v > c` with `c >= 0` (or `c >= -1`).
    fn bounded_below(&self, v: Value, facts: &[Fact]) -> bool {
        facts.iter().any(|&(cc, x, y)| {
            x == v
                && self.konst(y).is_some_and(|c| match cc {
                    IntCC::Sge => c >= 0,
                    IntCC::Sgt => c >= -1,
                    _ => false,
                })
        })
    }

    /// Does `x + c` (c >= 0) not wrap where it is computed, in `b`?
    fn no_wrap_add(&self, x: Value, c: i64, b: Block) -> bool {
        if c == 0 {
            return true;
        }
        let facts = self.at(b);
        let upper = facts.iter().filter(|f| f.1 == x).filter_map(|&(cc, _, y)| match (cc, self.konst(y)) {
            (IntCC::Slt, Some(k)) => k.checked_sub(1),
            (IntCC::Slt, None) => Some(i64::MAX - 1),
            (IntCC::Sle, Some(k)) => Some(k),
            _ => None,
        });
        upper.min().is_some_and(|u| u.checked_add(c).is_some())
    }
}
