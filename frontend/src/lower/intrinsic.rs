//! Intrinsics: direct calls of a few library functions become IR
//! instructions instead of calls.
//!
//! `math.Sqrt`, `math.Floor`, `math.Ceil`, `math.Trunc`,
//! `math.RoundToEven`, `math.Abs`, `math.Float64bits` and
//! `math.Float64frombits` are exact IEEE operations, and the bit counts of
//! `math/bits` are the IR's popcnt/clz/ctz, so each call is one unary
//! instruction (the JIT emits sqrtsd, roundsd, popcnt...). The library
//! still declares these functions without a body (natives in
//! runtime/src/mathlib.rs computing the same bits), which serve func
//! values, `defer`/`go` of them and the tree-walking engine.
//!
//! Only functions of the real library packages qualify: the callee must be
//! a bodyless function of package path `math` or `math/bits`.

use super::func::{FnLower, Vals};
use crate::ast::{Expr, ExprKind};
use crate::objects::ObjKind;
use crate::types::Sig;
use ir::{BinOp, UnOp};

/// What a recognised call computes from its (single) argument word `x`.
#[derive(Copy, Clone)]
enum Form {
    /// op(x)
    Op(UnOp),
    /// clz(x) - k: LeadingZeros of a narrower (zero-extended) width.
    ClzMinus(i64),
    /// 64 - clz(x): Len of any width.
    Len,
    /// ctz(x | 1<<w): TrailingZeros of width w < 64.
    CtzWidth(u32),
}

fn form(path: &str, name: &str) -> Option<Form> {
    use Form::*;
    use UnOp::*;
    Some(match (path, name) {
        ("math", "Sqrt") => Op(Fsqrt),
        ("math", "Floor") => Op(Ffloor),
        ("math", "Ceil") => Op(Fceil),
        ("math", "Trunc") => Op(Ftrunc),
        ("math", "RoundToEven") => Op(Fnearest),
        ("math", "Abs") => Op(Fabs),
        ("math", "Float64bits") => Op(FToBits),
        ("math", "Float64frombits") => Op(BitsToF),
        ("math/bits", "OnesCount" | "OnesCount64" | "OnesCount32" | "OnesCount16" | "OnesCount8") => Op(Popcnt),
        ("math/bits", "LeadingZeros" | "LeadingZeros64") => Op(Clz),
        ("math/bits", "LeadingZeros32") => ClzMinus(32),
        ("math/bits", "LeadingZeros16") => ClzMinus(48),
        ("math/bits", "LeadingZeros8") => ClzMinus(56),
        ("math/bits", "TrailingZeros" | "TrailingZeros64") => Op(Ctz),
        ("math/bits", "TrailingZeros32") => CtzWidth(32),
        ("math/bits", "TrailingZeros16") => CtzWidth(16),
        ("math/bits", "TrailingZeros8") => CtzWidth(8),
        ("math/bits", "Len" | "Len64" | "Len32" | "Len16" | "Len8") => Len,
        _ => return None,
    })
}

impl FnLower<'_, '_> {
    /// Lowers `fun(args)` inline when `fun` names an intrinsic; None for
    /// every other call. Unsigned arguments narrower than 64 bits arrive
    /// zero-extended, as all values of those types are.
    pub(super) fn intrinsic_call(&mut self, fun: &Expr, sig: &Sig, args: &[Expr]) -> Option<Vals> {
        let f = crate::check::strip_parens_pub(fun);
        let id = match &f.kind {
            ExprKind::Ident(_) => f.id,
            ExprKind::Selector(_, sel) if !self.l.p.info.selections.contains_key(&f.id) => sel.id,
            _ => return None,
        };
        let &o = self.l.p.info.uses.get(&id)?;
        let obj = self.l.p.obj(o);
        let ObjKind::Func(fo) = &obj.kind else { return None };
        if !fo.native || fo.recv_base.is_some() || args.len() != 1 {
            return None;
        }
        let form = form(&self.l.p.packages[obj.pkg.0 as usize].path, &obj.name)?;
        // The function itself is still lowered: the tree-walker calls it.
        self.l.func_id(o, &[]);
        let x = self.call_args(sig, args, false)[0];
        let r = match form {
            Form::Op(op) => self.b.unary(op, x),
            Form::ClzMinus(k) => {
                let c = self.b.unary(UnOp::Clz, x);
                let k = self.b.iconst(k);
                self.b.binary(BinOp::Isub, c, k)
            }
            Form::Len => {
                let c = self.b.unary(UnOp::Clz, x);
                let w = self.b.iconst(64);
                self.b.binary(BinOp::Isub, w, c)
            }
            Form::CtzWidth(w) => {
                let bit = self.b.iconst(1 << w);
                let y = self.b.binary(BinOp::Or, x, bit);
                self.b.unary(UnOp::Ctz, y)
            }
        };
        Some(vec![r])
    }
}
