//! Calls: function and method calls, conversions, argument passing
//! (variadic, multi-value spreading) and generic inference at calls.

use super::expr::Operand;
use super::{Checker, Mode};
use crate::ast::{Expr, ExprKind, Pos};
use crate::constant::Const;
use crate::objects::*;
use crate::types::{ids, Basic, Sig, TypeId, TypeKind};

impl Checker {
    pub(crate) fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], ellipsis: Option<Pos>) -> Operand {
        let id = e.id;
        let f = self.raw_expr(fun, None);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                return Operand::invalid(id);
            }
            Mode::TypeExpr => return self.conversion_call(e, f.ty, args, ellipsis),
            Mode::Builtin => {
                let o = self.info.uses.get(&fun.id).or_else(|| self.selector_member(fun)).copied();
                let b = match o.map(|o| &self.obj(o).kind) {
                    Some(ObjKind::Builtin(b)) => *b,
                    _ => return Operand::invalid(id),
                };
                return self.builtin_call(e, b, args, ellipsis);
            }
            _ => {}
        }
        if matches!(self.tt.kind(f.ty), TypeKind::Tuple(_)) {
            let s = self.expr_str(fun);
            self.error(fun.pos, format!("multiple-value {s} in single-value context"));
            return Operand::invalid(id);
        }
        let sig = match self.core_type(f.ty).and_then(|c| self.tt.sig(c).cloned()) {
            Some(s) => s,
            None => {
                let s = self.operand_str(&f, fun);
                let ts = self.tstr(f.ty);
                self.error(e.pos, format!("invalid operation: cannot call {s}: {ts} is not a function"));
                for a in args {
                    self.raw_expr(a, None);
                }
                return Operand::invalid(id);
            }
        };
        // Generic function: infer the missing type arguments.
        let generic = self.generic_callee(fun, &f);
        let args_ops = self.call_args(args);
        // A wrong argument count is reported against the generic signature
        // (`want ([]T)`), before any inference.
        if let Some(gsig) = generic.as_ref().and_then(|((_, st), _)| self.tt.sig(*st).cloned()) {
            let n = gsig.params.len();
            let ok = if gsig.variadic && ellipsis.is_none() { args_ops.len() + 1 >= n } else { args_ops.len() == n };
            if !ok {
                self.check_args(e, fun, &gsig, args_ops, args, ellipsis);
                return Operand::invalid(id);
            }
        }
        let sig = match generic {
            Some((g, given)) => match self.infer_call(e, fun, g, &given, &args_ops, args, ellipsis) {
                Some(s) => s,
                None => return Operand::invalid(id),
            },
            None => sig,
        };
        self.check_args(e, fun, &sig, args_ops, args, ellipsis);

        match sig.results.len() {
            0 => Operand { mode: Mode::NoValue, ty: ids::VOID, val: None, id },
            1 => Operand { mode: Mode::Value, ty: sig.results[0], val: None, id },
            _ => {
                let t = self.tt.tuple(sig.results.clone());
                Operand { mode: Mode::Value, ty: t, val: None, id }
            }
        }
    }

    fn selector_member(&self, fun: &Expr) -> Option<&ObjId> {
        match &fun.kind {
            ExprKind::Selector(_, sel) => self.info.uses.get(&sel.id),
            ExprKind::Paren(x) => self.selector_member(x),
            _ => None,
        }
    }

    /// For a call of a generic function (possibly partially instantiated),
    /// the function object and the explicitly given type arguments.
    /// A call of a generic function or method whose type arguments are
    /// (partly) left to inference: ((type parameters, signature), given).
    #[allow(clippy::type_complexity)]
    fn generic_callee(&self, fun: &Expr, f: &Operand) -> Option<((Vec<TypeId>, TypeId), Vec<TypeId>)> {
        let inner = super::expr::strip_parens(fun);
        let (target, given_node) = match &inner.kind {
            ExprKind::Index(x, _) => (&**x, Some(inner.id)),
            _ => (inner, None),
        };
        // Generic methods: the selection knows the method.
        let sel_generic = match self.info.selections.get(&target.id) {
            Some(s) if s.kind == super::SelKind::Method => {
                let mt = self.obj(s.obj).func()?.method_tparams.clone();
                if mt.is_empty() {
                    return None;
                }
                let t = self.info.types.get(&target.id).map(|t| t.ty)?;
                Some((mt, t))
            }
            Some(_) => return None,
            None => None,
        };
        let (tparams, sig_t) = match sel_generic {
            Some(g) => g,
            None => {
                let oid = match &target.kind {
                    ExprKind::Ident(_) => self.info.uses.get(&target.id).copied(),
                    ExprKind::Selector(_, sel) => self.info.uses.get(&sel.id).copied(),
                    _ => None,
                }?;
                let fo = self.obj(oid).func()?;
                if fo.tparams.is_empty() || fo.recv_base.is_some() {
                    return None;
                }
                (fo.tparams.clone(), self.obj(oid).ty())
            }
        };
        if let Some(n) = given_node {
            if self.info.instances.contains_key(&n) {
                return None; // fully instantiated already
            }
        }
        let given = match &inner.kind {
            ExprKind::Index(_, idx) => {
                idx.iter().map(|i| self.info.types.get(&i.id).map(|t| t.ty).unwrap_or(ids::INVALID)).collect()
            }
            _ => vec![],
        };
        let _ = f;
        Some(((tparams, sig_t), given))
    }

    /// Evaluates call arguments; a single multi-value call is spread.
    pub(crate) fn call_args(&mut self, args: &[Expr]) -> Vec<Operand> {
        if args.len() == 1 {
            let x = self.raw_expr(&args[0], None);
            if let TypeKind::Tuple(ts) = self.tt.kind(x.ty).clone() {
                if x.mode != Mode::Invalid && ts.len() > 1 {
                    return ts.iter().map(|&t| Operand { mode: Mode::Value, ty: t, val: None, id: x.id }).collect();
                }
            }
            let x = match x.mode {
                Mode::NoValue | Mode::TypeExpr | Mode::Builtin => self.single_check(x, &args[0]),
                _ => x,
            };
            return vec![x];
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    fn single_check(&mut self, x: Operand, e: &Expr) -> Operand {
        let s = self.expr_str(e);
        let msg = match x.mode {
            Mode::NoValue => format!("{s} (no value) used as value"),
            Mode::TypeExpr => format!("{s} (type) is not an expression"),
            _ => format!("{s} (built-in) must be called"),
        };
        self.error(e.pos, msg);
        Operand::invalid(x.id)
    }

    fn check_args(
        &mut self,
        e: &Expr,
        fun: &Expr,
        sig: &Sig,
        mut ops: Vec<Operand>,
        args: &[Expr],
        ellipsis: Option<Pos>,
    ) {
        let spread = args.len() == 1 && ops.len() > 1;
        let nparams = sig.params.len();
        let fname = self.expr_str(fun);
        if let Some(ell) = ellipsis {
            if !sig.variadic {
                self.error(ell, format!("have (...) used with non-variadic function {fname}"));
                return;
            }
            if spread {
                self.error(e.pos, "cannot use ... with multi-valued expression".to_string());
                return;
            }
        }
        let count_ok = if sig.variadic && ellipsis.is_none() { ops.len() + 1 >= nparams } else { ops.len() == nparams };
        if !count_ok {
            let mut have = self.types_summary(&ops.iter().map(|o| o.ty).collect::<Vec<_>>(), false);
            if ellipsis.is_some() {
                // `f(xs...)`: the spread argument is shown with its dots.
                have.insert_str(have.len() - 1, "...");
            }
            let want = self.types_summary(&sig.params, sig.variadic);
            let (msg, pos) = if ops.len() < nparams {
                // types2: at the last argument, or at the call without any.
                ("not enough arguments", args.last().map_or(e.pos, |a| a.pos))
            } else {
                let extra = if spread { e.pos } else { args[nparams.min(args.len() - 1)].pos };
                ("too many arguments", extra)
            };
            self.error(pos, format!("{msg} in call to {fname}\n\thave {have}\n\twant {want}"));
            return;
        }
        for (i, x) in ops.iter_mut().enumerate() {
            let pt = if sig.variadic && i >= nparams - 1 {
                let last = sig.params[nparams - 1];
                if ellipsis.is_some() {
                    last
                } else {
                    self.tt.elem(last)
                }
            } else {
                sig.params[i]
            };
            let ae = if spread { &args[0] } else { &args[i] };
            if spread {
                if !self.assignable_to(x, pt) {
                    let ts = self.tstr(x.ty);
                    let ps = self.tstr(pt);
                    let s = self.expr_str(ae);
                    self.error(
                        ae.pos,
                        format!("cannot use {s} (value of type {ts}) as {ps} value in argument to {fname}"),
                    );
                }
            } else {
                self.assignment(x, ae, pt, &format!("argument to {fname}"));
            }
        }
    }

    /// `(int, string)` style summary of argument/parameter types.
    pub(crate) fn types_summary(&self, ts: &[TypeId], variadic: bool) -> String {
        let parts: Vec<String> = ts
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                if self.tt.is_untyped(t) {
                    let b = self.tt.basic(t).unwrap();
                    if b.is_numeric() {
                        "number".to_string()
                    } else {
                        b.name().replace("untyped ", "")
                    }
                } else if variadic && i == ts.len() - 1 {
                    format!("...{}", self.tstr(self.tt.elem(t)))
                } else {
                    self.tstr(t)
                }
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    // ---- conversions ----

    fn conversion_call(&mut self, e: &Expr, t: TypeId, args: &[Expr], ellipsis: Option<Pos>) -> Operand {
        let id = e.id;
        let ts = self.tstr(t);
        if args.len() != 1 || ellipsis.is_some() {
            for a in args {
                self.raw_expr(a, None);
            }
            if args.is_empty() {
                self.error(e.pos, format!("missing argument in conversion to {ts}"));
            } else if ellipsis.is_some() {
                self.error(e.pos, format!("invalid use of ... in conversion to {ts}"));
            } else {
                self.error(args[1].pos, format!("too many arguments in conversion to {ts}"));
            }
            return Operand::invalid(id);
        }
        let mut x = self.expr_hint(&args[0], Some(t));
        if x.is_invalid() || t == ids::INVALID {
            return Operand::invalid(id);
        }
        self.conversion(&mut x, &args[0], t, e)
    }

    /// `T(x)`.
    pub(crate) fn conversion(&mut self, x: &mut Operand, xe: &Expr, t: TypeId, e: &Expr) -> Operand {
        let id = e.id;
        // Go 1.27: `F(genericFunc)` infers the type arguments from F.
        if self.infer_generic_value(x, xe, t) && x.is_invalid() {
            return Operand::invalid(id);
        }
        let tb = self.tt.basic(t).filter(|_| !self.tt.is_tparam(t));
        // Constant conversions produce constants.
        if let (Mode::Constant, Some(b)) = (x.mode, tb) {
            let v = x.val.clone().unwrap();
            let xb = self.tt.basic(x.ty);
            // integer -> string: the UTF-8 of the code point.
            if b.is_string() && xb.is_some_and(|xb| xb.is_integer()) {
                let code = v.as_i64().unwrap_or(-1);
                let c = u32::try_from(code).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                let s = c.to_string().into_bytes();
                return Operand { mode: Mode::Constant, ty: t, val: Some(Const::String(s.into())), id };
            }
            let compatible = match xb {
                Some(xb) => {
                    (xb.is_numeric() && b.is_numeric())
                        || (xb.is_string() && b.is_string())
                        || (xb.is_boolean() && b.is_boolean())
                }
                None => false,
            };
            if compatible {
                // Float <-> integer conversions of constants must be exact.
                let rep = if b.is_integer() && v.to_int().is_none() {
                    Err(false)
                } else if b.is_float() || b.is_complex() {
                    // Converting a constant to a float type rounds.
                    v.represent(b)
                } else {
                    v.represent(b)
                };
                return match rep {
                    Ok(r) => {
                        let _ = xe;
                        if self.tt.is_untyped(x.ty) {
                            // The operand itself keeps its untyped type
                            // but is converted as the target needs.
                            let mut y = x.clone();
                            self.convert_untyped(&mut y, xe, t);
                        }
                        Operand { mode: Mode::Constant, ty: t, val: Some(r), id }
                    }
                    Err(_) => {
                        let ts = self.tstr(t);
                        if xb.is_some_and(|xb| xb.is_integer()) && b.is_integer() {
                            // types2 (go.dev/issue/63563): the concise form.
                            let vs = v.display();
                            self.error(xe.pos, format!("constant {vs} overflows {ts}"));
                        } else {
                            // types2 has already rounded an integral value
                            // to the integer it shows.
                            let mut y = x.clone();
                            if let (true, Some(i)) = (b.is_integer(), v.to_int()) {
                                y.val = Some(Const::Int(i));
                            }
                            let s = self.operand_str(&y, xe);
                            self.error(xe.pos, format!("cannot convert {s} to type {ts}"));
                        }
                        Operand::invalid(id)
                    }
                };
            }
        }
        if !self.convertible(x, t) {
            let s = self.operand_str(x, xe);
            let ts = self.tstr(t);
            self.error(xe.pos, format!("cannot convert {s} to type {ts}"));
            return Operand::invalid(id);
        }
        if self.tt.is_untyped(x.ty) {
            let target = if x.is_nil() {
                t
            } else if self.tt.is_interface(t) || self.tt.is_tparam(t) || tb.is_none() {
                self.default_type(x.ty)
            } else {
                // e.g. float64(1 << s): the operand takes the target type
                // when it is numeric, else its default type.
                let xb = self.tt.basic(x.ty).unwrap();
                let b = tb.unwrap();
                if (xb.is_numeric() && b.is_numeric())
                    || (xb.is_string() && b.is_string())
                    || (xb.is_boolean() && b.is_boolean())
                {
                    t
                } else {
                    self.default_type(x.ty)
                }
            };
            self.convert_untyped(x, xe, target);
        }
        Operand { mode: Mode::Value, ty: t, val: None, id }
    }

    pub(crate) fn convertible(&mut self, x: &Operand, t: TypeId) -> bool {
        if self.assignable_to(x, t) {
            return true;
        }
        let v = if self.tt.is_untyped(x.ty) { self.default_type(x.ty) } else { x.ty };
        if x.is_nil() {
            if self.tt.is_tparam(t) {
                // Every type of the type set must take nil.
                let ts = self.type_set_members(t);
                return !ts.is_empty() && ts.iter().all(|&m| self.nil_assignable(m));
            }
            return self.nil_assignable(t);
        }
        // Type parameters: every pair of types in the type sets must convert.
        if self.tt.is_tparam(v) || self.tt.is_tparam(t) {
            let vs = self.type_set_members(v);
            let ts = self.type_set_members(t);
            if vs.is_empty() || ts.is_empty() {
                return false;
            }
            for &a in &vs {
                for &b in &ts {
                    let op = Operand { mode: Mode::Value, ty: a, val: None, id: x.id };
                    if !self.convertible_plain(&op, b) {
                        return false;
                    }
                }
            }
            return true;
        }
        self.convertible_plain(&Operand { ty: v, ..x.clone() }, t)
    }

    /// The types of a type parameter's type set (or `[t]`).
    pub(crate) fn type_set_members(&self, t: TypeId) -> Vec<TypeId> {
        match self.tt.tparam_info(t) {
            Some(info) => match self.tt.iface(info.constraint).and_then(|i| i.terms.clone()) {
                Some(terms) => terms.iter().map(|t| t.ty).collect(),
                None => vec![],
            },
            None => vec![t],
        }
    }

    fn convertible_plain(&mut self, x: &Operand, t: TypeId) -> bool {
        if self.assignable_to(x, t) {
            return true;
        }
        let v = x.ty;
        let (vu, tu) = (self.tt.underlying(v), self.tt.underlying(t));
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (self.tt.kind(v).clone(), self.tt.kind(t).clone()) {
            let (au, bu) = (self.tt.underlying(a), self.tt.underlying(b));
            if self.identical_ignore_tags(au, bu) {
                return true;
            }
        }
        let (vb, tb) = (self.tt.basic(v), self.tt.basic(t));
        if let (Some(a), Some(b)) = (vb, tb) {
            if a.is_numeric() && b.is_numeric() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
            if (a == Basic::UnsafePointer && (b == Basic::Uintptr))
                || (a == Basic::Uintptr && b == Basic::UnsafePointer)
            {
                return true;
            }
        }
        // unsafe.Pointer <-> any pointer.
        if (vb == Some(Basic::UnsafePointer) && matches!(self.tt.under(t), TypeKind::Pointer(_)))
            || (tb == Some(Basic::UnsafePointer) && matches!(self.tt.under(v), TypeKind::Pointer(_)))
        {
            return true;
        }
        // string <-> []byte / []rune
        let is_bytes_or_runes = |c: &Checker, s: TypeId| match c.tt.under(s) {
            TypeKind::Slice(e) => matches!(c.tt.basic(*e), Some(Basic::Uint8 | Basic::Int32)),
            _ => false,
        };
        if tb.is_some_and(|b| b.is_string()) && is_bytes_or_runes(self, v) {
            return true;
        }
        if vb.is_some_and(|b| b.is_string()) && is_bytes_or_runes(self, t) {
            return true;
        }
        // slice -> array or pointer to array with identical element types.
        if let TypeKind::Slice(se) = self.tt.under(v).clone() {
            match self.tt.under(t).clone() {
                TypeKind::Array(_, ae) if ae == se => return true,
                TypeKind::Pointer(p) => {
                    if let TypeKind::Array(_, ae) = self.tt.under(p) {
                        if *ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.tt.kind(a), self.tt.kind(b)) {
            (TypeKind::Struct(fa), TypeKind::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| x.name == y.name && x.embedded == y.embedded && x.ty == y.ty)
            }
            _ => false,
        }
    }
}
