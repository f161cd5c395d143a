//! Assignability, implicit conversion of untyped values, and the checking
//! of variable, constant and assignment initializers.

use super::expr::Operand;
use super::{Checker, Mode};
use crate::ast::{Expr, ExprKind, ValueSpec};
use crate::constant::Const;
use crate::objects::*;
use crate::types::{ids, Basic, ChanDirKey, TypeId, TypeKind};

impl Checker {
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match self.tt.basic(t) {
            Some(Basic::UntypedBool) => ids::BOOL,
            Some(Basic::UntypedInt) => ids::INT,
            Some(Basic::UntypedRune) => ids::INT32,
            Some(Basic::UntypedFloat) => ids::FLOAT64,
            Some(Basic::UntypedComplex) => ids::COMPLEX128,
            Some(Basic::UntypedString) => ids::STRING,
            _ => t,
        }
    }

    pub(crate) fn nil_assignable(&self, t: TypeId) -> bool {
        if self.tt.is_tparam(t) {
            // Every type of the type set must take nil.
            let ts = self.type_set_members(t);
            return !ts.is_empty() && ts.iter().all(|&m| !self.tt.is_tparam(m) && self.nil_assignable(m));
        }
        matches!(
            self.tt.under(t),
            TypeKind::Pointer(_)
                | TypeKind::Func(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Interface(_)
                | TypeKind::Basic(Basic::UnsafePointer)
        )
    }

    /// Is `x` assignable to `t` (no untyped conversion performed)?
    pub(crate) fn assignable_to(&mut self, x: &Operand, t: TypeId) -> bool {
        self.assignable_reason(x, t).is_ok()
    }

    /// Err(reason) explains a failure (may be empty).
    fn assignable_reason(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        let v = x.ty;
        if v == t || t == ids::INVALID || v == ids::INVALID {
            return Ok(());
        }
        if x.is_nil() {
            return if self.nil_assignable(t) { Ok(()) } else { Err(String::new()) };
        }
        if self.tt.is_untyped(v) {
            let vb = self.tt.basic(v).unwrap();
            if self.tt.is_interface(t) && !self.tt.is_tparam(t) {
                // Untyped values become their default type in interfaces.
                let d = self.default_type(v);
                let iface = self.tt.iface(t).unwrap();
                if iface.methods.is_empty() && iface.terms.is_none() {
                    return Ok(());
                }
                return match self.missing_method(d, t) {
                    None => Ok(()),
                    Some(why) => Err(format!("{} does not implement {} {why}", self.tstr(d), self.tstr(t))),
                };
            }
            let tb = self.tt.basic(t);
            if self.tt.is_tparam(t) {
                let ok = self.tparam_all(t, |b| {
                    (vb.is_numeric() && b.is_numeric())
                        || (vb.is_string() && b.is_string())
                        || (vb.is_boolean() && b.is_boolean())
                });
                return if ok { Ok(()) } else { Err(String::new()) };
            }
            return match tb {
                Some(b) if vb.is_boolean() && b.is_boolean() => Ok(()),
                Some(b) if vb.is_string() && b.is_string() => Ok(()),
                Some(b) if vb.is_numeric() && b.is_numeric() => match &x.val {
                    // types2 decides by the kinds: a non-integer constant
                    // into an integer type is truncated, the rest overflow.
                    Some(c) => match c.represent(b) {
                        Ok(_) => Ok(()),
                        Err(_) if !vb.is_integer() && b.is_integer() => Err("(truncated)".into()),
                        Err(_) => Err("(overflows)".into()),
                    },
                    None => Ok(()),
                },
                _ => Err(String::new()),
            };
        }
        let (vu, tu) = (self.tt.underlying(v), self.tt.underlying(t));
        let v_named = self.tt.is_named(v);
        let t_named = self.tt.is_named(t);
        if vu == tu && (!v_named || !t_named) && !self.tt.is_tparam(v) && !self.tt.is_tparam(t) {
            return Ok(());
        }
        if self.tt.is_interface(t) && !self.tt.is_tparam(t) {
            return match self.missing_method(v, t) {
                None => Ok(()),
                Some(why) => Err(format!("{} does not implement {} {why}", self.tstr(v), self.tstr(t))),
            };
        }
        if let (TypeKind::Chan(ChanDirKey::Both, ve), TypeKind::Chan(_, te)) = (self.tt.kind(vu), self.tt.kind(tu)) {
            if ve == te && (!v_named || !t_named) {
                return Ok(());
            }
        }
        // A type parameter and an unnamed type: assignable when it holds
        // for every type of the type parameter's type set.
        let (v_tp, t_tp) = (self.tt.is_tparam(v), self.tt.is_tparam(t));
        if v_tp != t_tp && !(if v_tp { t_named } else { v_named }) {
            let ms = self.type_set_members(if v_tp { v } else { t });
            let ok = !ms.is_empty()
                && ms.iter().all(|&m| {
                    if v_tp {
                        self.assignable_to(&Operand { ty: m, ..x.clone() }, t)
                    } else {
                        self.assignable_to(x, m)
                    }
                });
            if ok {
                return Ok(());
            }
        }
        // An interface value where its concrete type is wanted.
        if self.tt.is_interface(v) && !v_tp && !t_tp && self.missing_method(t, v).is_none() {
            return Err("need type assertion".into());
        }
        Err(String::new())
    }

    /// Checks that `x` can be assigned to a `t` in `context` ("assignment",
    /// "argument", "variable declaration"...), converting untyped operands.
    /// Reports and returns false on failure.
    pub(crate) fn assignment(&mut self, x: &mut Operand, e: &Expr, t: TypeId, context: &str) -> bool {
        if x.is_invalid() || t == ids::INVALID {
            return false;
        }
        if self.infer_generic_value(x, e, t) && x.is_invalid() {
            return false;
        }
        if self.uninstantiated(x) {
            // Not a func type to infer from (e.g. an `any` parameter).
            let g = self.generic_func_obj(x).unwrap();
            let first = self.obj(g).func().and_then(|f| f.decl.clone()).and_then(|d| {
                let n = d.type_params.first()?.names.first()?;
                Some((n.name.clone(), n.pos))
            });
            let file = self.obj(g).file;
            let (name, at) = match first {
                Some((n, p)) => (n, format!(" (declared at {})", self.fs.position(file, p))),
                None => ("T".into(), String::new()),
            };
            let msg = match context.strip_prefix("argument to ") {
                Some(f) => format!("in call to {f}, cannot infer {name}{at}"),
                None => format!("cannot use generic function {} without instantiation", self.expr_str(e)),
            };
            self.error(e.pos, msg);
            x.mode = Mode::Invalid;
            return false;
        }
        match x.mode {
            Mode::TypeExpr | Mode::Builtin | Mode::NoValue => {
                let s = self.expr_str(e);
                let what = match x.mode {
                    Mode::TypeExpr => "is not an expression",
                    Mode::Builtin => "must be called",
                    _ => "used as value",
                };
                let kind = match x.mode {
                    Mode::TypeExpr => "type",
                    Mode::Builtin => "built-in",
                    _ => "no value",
                };
                self.error(e.pos, format!("{s} ({kind}) {what}"));
                x.mode = Mode::Invalid;
                return false;
            }
            _ => {}
        }
        match self.assignable_reason(x, t) {
            Ok(()) => {
                if self.tt.is_untyped(x.ty) {
                    let target = if self.tt.is_interface(t) && !self.tt.is_tparam(t) && !x.is_nil() {
                        self.default_type(x.ty)
                    } else {
                        t
                    };
                    self.convert_untyped(x, e, target);
                }
                true
            }
            Err(why) => {
                // An untyped constant meets an interface with its default
                // type (the spec's rule), so the message shows that type.
                if self.tt.is_untyped(x.ty) && !x.is_nil() && self.tt.is_interface(t) {
                    let d = self.default_type(x.ty);
                    self.convert_untyped(x, e, d);
                }
                let s = self.operand_str(x, e);
                let ts = self.tstr(t);
                let msg = if x.is_nil() {
                    format!("cannot use nil as {ts} value in {context}")
                } else if why.starts_with('(') {
                    format!("cannot use {s} as {ts} value in {context} {why}")
                } else if why.is_empty() {
                    format!("cannot use {s} as {ts} value in {context}")
                } else {
                    format!("cannot use {s} as {ts} value in {context}: {why}")
                };
                self.error(e.pos, msg);
                x.mode = Mode::Invalid;
                false
            }
        }
    }

    /// Gives an untyped operand its final type, recording it for the
    /// expression and (for operators) its untyped operands.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand, e: &Expr, target: TypeId) {
        if !self.tt.is_untyped(x.ty) {
            return;
        }
        let t = target;
        if let (Some(v), Some(b)) = (&x.val, self.tt.basic(t)) {
            if !b.is_untyped() {
                if let Ok(r) = v.represent(b) {
                    x.val = Some(r);
                }
            }
        }
        x.ty = t;
        self.update_expr_type(e, t, x.val.clone());
    }

    fn update_expr_type(&mut self, e: &Expr, t: TypeId, val: Option<Const>) {
        let Some(old) = self.info.types.get(&e.id).cloned() else { return };
        if !self.tt.is_untyped(old.ty) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t, val.clone()),
            ExprKind::Unary(op, x) if !matches!(op, crate::ast::UnOp::Recv | crate::ast::UnOp::Addr) => {
                self.update_expr_type(x, t, None)
            }
            ExprKind::Binary(op, a, b) => {
                if super::expr::is_comparison(*op) {
                    // Operands of comparisons have their own types.
                } else if matches!(op, crate::ast::BinOp::Shl | crate::ast::BinOp::Shr) {
                    self.update_expr_type(a, t, None);
                } else {
                    self.update_expr_type(a, t, None);
                    self.update_expr_type(b, t, None);
                }
            }
            _ => {}
        }
        let mut val = val.or(old.val);
        if let (Some(v), Some(b)) = (&val, self.tt.basic(t)) {
            if !b.is_untyped() {
                if let Ok(r) = v.represent(b) {
                    val = Some(r);
                }
            }
        }
        // A non-constant shift `1 << n` gets the type of its context; a
        // float context makes it invalid.
        if old.mode != Mode::Constant {
            if let ExprKind::Binary(crate::ast::BinOp::Shl | crate::ast::BinOp::Shr, a, _) = &e.kind {
                if !self.all_basic(t, |b| b.is_integer()) && !self.tt.is_interface(t) {
                    let s = self.expr_str(a);
                    let ts = self.tstr(t);
                    self.error(e.pos, format!("invalid operation: shifted operand {s} (type {ts}) must be integer"));
                }
            }
        }
        self.record(e.id, old.mode, t, val);
    }

    /// Gives an untyped value its default type (for `x := 1`, `var x = 1`,
    /// interface arguments); reports untyped nil.
    pub(crate) fn default_operand(&mut self, x: &mut Operand, e: &Expr, context: &str) -> bool {
        if x.is_invalid() {
            return false;
        }
        if x.is_nil() {
            self.error(e.pos, format!("use of untyped nil in {context}"));
            x.mode = Mode::Invalid;
            return false;
        }
        if self.uninstantiated(x) {
            let s = self.expr_str(e);
            self.error(e.pos, format!("cannot use generic function {s} without instantiation"));
            x.mode = Mode::Invalid;
            return false;
        }
        if self.tt.is_untyped(x.ty) {
            let d = self.default_type(x.ty);
            if let (Some(v), Some(b)) = (&x.val, self.tt.basic(d)) {
                if v.represent(b).is_err() {
                    let s = self.operand_str(x, e);
                    let ds = self.tstr(d);
                    let src_int = self.tt.basic(x.ty).is_some_and(|xb| xb.is_integer());
                    let why = if !src_int && b.is_integer() { "truncated" } else { "overflows" };
                    self.error(e.pos, format!("cannot use {s} as {ds} value in {context} ({why})"));
                    x.mode = Mode::Invalid;
                    return false;
                }
            }
            self.convert_untyped(x, e, d);
        }
        true
    }

    /// A constant declaration's value: (type, value).
    pub(crate) fn const_init(&mut self, e: &Expr, typ: Option<TypeId>) -> (TypeId, Option<Const>) {
        let mut x = self.expr(e);
        if x.is_invalid() {
            return (ids::INVALID, None);
        }
        if x.mode != Mode::Constant {
            let s = self.operand_str(&x, e);
            self.error(e.pos, format!("{s} is not constant"));
            return (ids::INVALID, None);
        }
        match typ {
            Some(t) => {
                if t == ids::INVALID {
                    return (t, None);
                }
                if self.tt.basic(t).is_none() || self.tt.is_tparam(t) {
                    let ts = self.tstr(t);
                    self.error(e.pos, format!("invalid constant type {ts}"));
                    return (ids::INVALID, None);
                }
                if !self.assignment(&mut x, e, t, "constant declaration") {
                    return (ids::INVALID, None);
                }
                (t, x.val)
            }
            None => (x.ty, x.val),
        }
    }

    /// Checks a var spec's initializers and sets the variables' types.
    /// Returns the (lhs objects, initializer) pairs in order.
    pub(crate) fn var_spec(
        &mut self,
        spec: &ValueSpec,
        objs: &[ObjId],
        typ: Option<TypeId>,
    ) -> Vec<(Vec<ObjId>, Option<Expr>)> {
        let set = |c: &mut Checker, o: ObjId, t: TypeId| c.objs[o.0 as usize].ty.set(t);
        if spec.values.is_empty() {
            let t = typ.unwrap_or(ids::INVALID);
            for &o in objs {
                set(self, o, t);
            }
            return objs.iter().map(|&o| (vec![o], None)).collect();
        }
        let nl = objs.len();
        let nr = spec.values.len();
        if nr == 1 && nl > 1 {
            // var a, b = f()  /  var v, ok = m[k]
            let e = &spec.values[0];
            let types = self.multi_value(e, nl, "variable declaration");
            match types {
                Some(ts) => {
                    for (i, &o) in objs.iter().enumerate() {
                        let mut t = ts[i];
                        if let Some(dt) = typ {
                            let mut op = Operand { mode: Mode::Value, ty: t, val: None, id: e.id };
                            if !self.assignable_to(&op, dt) {
                                let ts = self.tstr(t);
                                let dts = self.tstr(dt);
                                let s = self.expr_str(e);
                                self.error(
                                    e.pos,
                                    format!("cannot use {s} (value of type {ts}) as {dts} value in assignment"),
                                );
                                op.mode = Mode::Invalid;
                            }
                            t = dt;
                        }
                        set(self, o, t);
                    }
                }
                None => {
                    for &o in objs {
                        set(self, o, typ.unwrap_or(ids::INVALID));
                    }
                }
            }
            return vec![(objs.to_vec(), Some(e.clone()))];
        }
        if nl != nr {
            for v in &spec.values {
                self.raw_expr(v, None);
            }
            // types2: extra values and missing ones (beyond a single
            // value) are arity errors; one value for several variables is
            // an assignment mismatch.
            if nr > nl {
                let es = self.expr_str(&spec.values[nl]);
                self.error(spec.values[nl].pos, format!("extra init expr {es}"));
            } else if nr > 1 {
                let n = spec.names[nr].name.clone();
                self.error(spec.names[nr].pos, format!("missing init expr for {n}"));
            } else {
                self.error(
                    spec.values[0].pos,
                    format!("assignment mismatch: {nl} variable{} but {nr} value{}", plural(nl), plural(nr)),
                );
            }
            for &o in objs {
                set(self, o, typ.unwrap_or(ids::INVALID));
            }
            return vec![];
        }
        let mut out = Vec::new();
        for (i, &o) in objs.iter().enumerate() {
            let e = &spec.values[i];
            let mut x = self.expr_hint(e, typ);
            let t = match typ {
                Some(t) => {
                    self.assignment(&mut x, e, t, "variable declaration");
                    t
                }
                None => {
                    if self.default_operand(&mut x, e, "variable declaration") {
                        x.ty
                    } else {
                        ids::INVALID
                    }
                }
            };
            set(self, o, t);
            out.push((vec![o], Some(e.clone())));
        }
        out
    }

    /// Types of an expression producing `n` values: a multi-value call, or
    /// a comma-ok form (map index, type assertion, receive) when n == 2.
    pub(crate) fn multi_value(&mut self, e: &Expr, n: usize, context: &str) -> Option<Vec<TypeId>> {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return None;
        }
        if x.mode == Mode::NoValue || matches!(self.tt.kind(x.ty), TypeKind::Tuple(ts) if ts.is_empty()) {
            let s = self.expr_str(e);
            self.error(e.pos, format!("{s} (no value) used as value"));
            return None;
        }
        if let TypeKind::Tuple(ts) = self.tt.kind(x.ty).clone() {
            if ts.len() == n {
                return Some(ts);
            }
            // types2 names the called function, not the call.
            let s = match &super::expr::strip_parens(e).kind {
                ExprKind::Call { fun, .. } => self.expr_str(fun),
                _ => self.expr_str(e),
            };
            self.error(
                e.pos,
                format!(
                    "assignment mismatch: {n} variable{} but {s} returns {} value{}",
                    plural(n),
                    ts.len(),
                    plural(ts.len())
                ),
            );
            return None;
        }
        if n == 2 && matches!(x.mode, Mode::MapIndex | Mode::CommaOk) {
            return Some(vec![x.ty, ids::BOOL]);
        }
        let _ = context;
        // types2's assignError: a call is named ("but f returns 1 value").
        let msg = match &super::expr::strip_parens(e).kind {
            ExprKind::Call { fun, .. } if x.mode != Mode::NoValue => {
                format!("assignment mismatch: {n} variable{} but {} returns 1 value", plural(n), self.expr_str(fun))
            }
            _ => format!("assignment mismatch: {n} variable{} but 1 value", plural(n)),
        };
        self.error(e.pos, msg);
        None
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
