//! Expressions: operands, constants, operators, selectors, indexing,
//! composite and function literals.

use super::{Checker, FuncCtx, Mode, SelKind, Selection};
use crate::ast::{self, BinOp, Expr, ExprKind, LitKind, UnOp};
use crate::check::lookup::Lookup;
use crate::constant::Const;
use crate::objects::*;
use crate::types::{ids, Basic, TypeId, TypeKind};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Const>,
    pub id: ast::NodeId,
}

impl Operand {
    pub fn invalid(id: ast::NodeId) -> Operand {
        Operand { mode: Mode::Invalid, ty: ids::INVALID, val: None, id }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
    pub fn is_nil(&self) -> bool {
        self.ty == ids::UNTYPED_NIL
    }
}

impl Checker {
    // ---- entry points ----

    /// A single value (or constant) expression.
    pub(crate) fn expr(&mut self, e: &Expr) -> Operand {
        let x = self.raw_expr(e, None);
        self.single_value(x, e)
    }

    /// A single value expression whose composite literals may have their
    /// type elided (`hint` is the element type of the enclosing literal).
    pub(crate) fn expr_hint(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let x = self.raw_expr(e, hint);
        self.single_value(x, e)
    }

    /// The value of the only right-hand side of `x := e` or `x = e`: a
    /// multi-value call there is an assignment mismatch (types2 wording).
    pub(crate) fn single_assign_rhs(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let x = self.raw_expr(e, hint);
        self.single_call_assign = matches!(strip_parens(e).kind, ExprKind::Call { .. });
        let r = self.single_value(x, e);
        self.single_call_assign = false;
        r
    }

    fn single_value(&mut self, x: Operand, e: &Expr) -> Operand {
        match x.mode {
            Mode::NoValue => {
                let s = self.expr_str(e);
                self.error(e.pos, format!("{s} (no value) used as value"));
                Operand::invalid(e.id)
            }
            Mode::TypeExpr => {
                let s = self.expr_str(e);
                self.error(e.pos, format!("{s} (type) is not an expression"));
                Operand::invalid(e.id)
            }
            Mode::Builtin => {
                let s = self.expr_str(e);
                self.error(e.pos, format!("{s} (built-in) must be called"));
                Operand::invalid(e.id)
            }
            _ if self.single_call_assign && matches!(self.tt.kind(x.ty), TypeKind::Tuple(_)) => {
                let n = match self.tt.kind(x.ty) {
                    TypeKind::Tuple(ts) => ts.len(),
                    _ => 0,
                };
                let f = match &strip_parens(e).kind {
                    ExprKind::Call { fun, .. } => self.expr_str(fun),
                    _ => self.expr_str(e),
                };
                let vals = if n == 1 { "value" } else { "values" };
                self.error(e.pos, format!("assignment mismatch: 1 variable but {f} returns {n} {vals}"));
                Operand::invalid(e.id)
            }
            _ if matches!(self.tt.kind(x.ty), TypeKind::Tuple(_)) => {
                let s = self.expr_str(e);
                let t = self.tstr(x.ty);
                self.error(e.pos, format!("multiple-value {s} (value of type {t}) in single-value context"));
                Operand::invalid(e.id)
            }
            _ => x,
        }
    }

    /// Why values of `t` cannot be compared, as types2 words it: the
    /// struct field or array element type at fault.
    pub(crate) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tt.under(t).clone() {
            TypeKind::Struct(fs) => match fs.iter().find(|f| !self.comparable(f.ty)) {
                Some(f) => format!("struct containing {} cannot be compared", self.tstr(f.ty)),
                None => format!("{} cannot be compared", self.tstr(t)),
            },
            TypeKind::Slice(_) => "slice can only be compared to nil".into(),
            TypeKind::Map(..) => "map can only be compared to nil".into(),
            TypeKind::Func(_) => "func can only be compared to nil".into(),
            _ => format!("{} cannot be compared", self.tstr(t)),
        }
    }

    /// An expression that may also be a type (conversions, make, new).
    pub(crate) fn expr_or_type(&mut self, e: &Expr) -> Operand {
        let x = self.raw_expr(e, None);
        if x.mode == Mode::TypeExpr {
            return x;
        }
        self.single_value(x, e)
    }

    pub(crate) fn record_op(&mut self, x: &Operand) {
        self.record(x.id, x.mode, x.ty, x.val.clone());
    }

    pub(crate) fn raw_expr(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let x = self.expr_kind(e, hint);
        if x.mode != Mode::Invalid {
            self.record_op(&x);
        }
        x
    }

    fn expr_kind(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let id = e.id;
        match &e.kind {
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::BasicLit(kind, raw) => self.basic_lit(e, *kind, raw),
            ExprKind::CompositeLit { ty, elts, rbrace } => self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint),
            ExprKind::FuncLit(lit) => self.func_lit(e, lit),
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(x, hint);
                o.id = id;
                o
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index_expr(e, x, idx),
            ExprKind::Slice { x, lo, hi, max, three } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three)
            }
            ExprKind::TypeAssert(x, t) => self.type_assert(e, x, t.as_deref()),
            ExprKind::Call { fun, args, ellipsis, .. } => self.call(e, fun, args, *ellipsis),
            ExprKind::Star(x) => {
                let o = self.expr_or_type(x);
                match o.mode {
                    Mode::Invalid => Operand::invalid(id),
                    Mode::TypeExpr => {
                        let t = self.tt.pointer(o.ty);
                        Operand { mode: Mode::TypeExpr, ty: t, val: None, id }
                    }
                    _ => {
                        if o.is_nil() {
                            self.error(e.pos, "invalid operation: cannot indirect nil");
                            return Operand::invalid(id);
                        }
                        match self.core_type(o.ty).map(|c| self.tt.kind(c).clone()) {
                            Some(TypeKind::Pointer(b)) => Operand { mode: Mode::Variable, ty: b, val: None, id },
                            _ => {
                                let s = self.operand_str(&o, x);
                                self.error(x.pos, format!("invalid operation: cannot indirect {s}"));
                                Operand::invalid(id)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x, hint),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b),
            ExprKind::KeyValue(..) => {
                self.error(e.pos, "unexpected key:value expression");
                Operand::invalid(id)
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.typ(e);
                if t == ids::INVALID {
                    return Operand::invalid(id);
                }
                Operand { mode: Mode::TypeExpr, ty: t, val: None, id }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.pos, "invalid use of ...");
                Operand::invalid(id)
            }
            ExprKind::Bad => Operand::invalid(id),
        }
    }

    // ---- identifiers and literals ----

    fn ident(&mut self, e: &Expr, name: &ast::Name) -> Operand {
        let id = e.id;
        if &**name == "_" {
            self.error(e.pos, "cannot use _ as value");
            return Operand::invalid(id);
        }
        let Some(o) = self.lookup(name) else {
            self.error(e.pos, format!("undefined: {name}"));
            return Operand::invalid(id);
        };
        self.record_use(id, o);
        self.use_obj(o, id, e.pos)
    }

    /// The operand an object reference denotes.
    pub(crate) fn use_obj(&mut self, o: ObjId, id: ast::NodeId, pos: ast::Pos) -> Operand {
        if self.obj(o).state.get() != State::Done {
            super::decl::obj_decl(self, o);
        }
        if let (Some(d), true) = (self.decl_obj, self.obj(o).decl.is_some()) {
            self.deps.entry(d).or_default().insert(o);
        }
        let ty = self.obj(o).ty();
        match &self.obj(o).kind {
            ObjKind::Var(v) => {
                v.used.set(true);
                if !v.is_global && v.func_depth < self.lit_depth {
                    v.escapes.set(true);
                }
                if ty == ids::INVALID {
                    return Operand::invalid(id);
                }
                Operand { mode: Mode::Variable, ty, val: None, id }
            }
            ObjKind::Const(v) => {
                if &*self.obj(o).name == "iota" && self.obj(o).pkg == PkgId(0) {
                    return match self.iota {
                        Some(i) => Operand { mode: Mode::Constant, ty: ids::UNTYPED_INT, val: Some(Const::int(i)), id },
                        None => {
                            self.error(pos, "cannot use iota outside constant declaration");
                            Operand::invalid(id)
                        }
                    };
                }
                match v {
                    Some(v) => Operand { mode: Mode::Constant, ty, val: Some(v.clone()), id },
                    None => Operand::invalid(id),
                }
            }
            ObjKind::TypeName { .. } => {
                if ty == ids::INVALID {
                    return Operand::invalid(id);
                }
                Operand { mode: Mode::TypeExpr, ty, val: None, id }
            }
            ObjKind::Func(_) => Operand { mode: Mode::Value, ty, val: None, id },
            ObjKind::Builtin(_) => Operand { mode: Mode::Builtin, ty: ids::INVALID, val: None, id },
            ObjKind::PkgName { used, .. } => {
                used.set(true);
                let n = self.obj(o).name.clone();
                self.error(pos, format!("use of package {n} without selector"));
                Operand::invalid(id)
            }
            ObjKind::Nil => Operand { mode: Mode::Value, ty: ids::UNTYPED_NIL, val: None, id },
            ObjKind::Label { .. } => Operand::invalid(id),
        }
    }

    fn basic_lit(&mut self, e: &Expr, kind: LitKind, raw: &str) -> Operand {
        let id = e.id;
        let (ty, val) = match kind {
            LitKind::Int => (ids::UNTYPED_INT, Const::parse_int(raw)),
            LitKind::Float => (ids::UNTYPED_FLOAT, Const::parse_float(raw)),
            LitKind::Imag => {
                let body = &raw[..raw.len() - 1];
                let v = if body.contains(['.', 'e', 'E', 'p', 'P']) && !body.starts_with("0x")
                    || body.starts_with("0x") && body.contains(['p', 'P'])
                {
                    Const::parse_float(body)
                } else {
                    // Imaginary literals are decimal even with a leading 0.
                    let digits: String = body.chars().filter(|&c| c != '_').collect();
                    if digits.starts_with("0x") || digits.starts_with("0b") || digits.starts_with("0o") {
                        Const::parse_int(&digits)
                    } else {
                        Const::parse_float(&digits)
                    }
                };
                let v = v
                    .and_then(|v| v.to_rat())
                    .map(|r| Const::Complex(num_rational::BigRational::from_integer(0.into()), r));
                (ids::UNTYPED_COMPLEX, v)
            }
            LitKind::Char => (ids::UNTYPED_RUNE, crate::literal::decode_char(raw).map(|c| Const::int(c as i64))),
            LitKind::String => {
                (ids::UNTYPED_STRING, crate::literal::decode_string(raw).map(|s| Const::String(s.into())))
            }
        };
        match val {
            Some(v) => Operand { mode: Mode::Constant, ty, val: Some(v), id },
            None => {
                self.error(e.pos, format!("invalid literal {raw}"));
                Operand::invalid(id)
            }
        }
    }

    fn func_lit(&mut self, e: &Expr, lit: &ast::FuncLit) -> Operand {
        let sig = self.signature(&lit.sig, None);
        let Some(s) = self.tt.sig(sig).cloned() else { return Operand::invalid(e.id) };
        let saved_ctx = self.fctx.clone();
        let saved_labels = std::mem::take(&mut self.labels);
        let saved_enclosing = std::mem::take(&mut self.enclosing_labels);
        self.lit_depth += 1;
        self.push_scope(ScopeKind::Func);
        self.declare_params(&lit.sig.params, &s.params, true);
        let results = self.declare_params(&lit.sig.results, &s.results, false);
        let named = lit.sig.results.iter().any(|f| !f.names.is_empty());
        self.fctx = Some(FuncCtx { sig, results, named_results: named, locals: vec![] });
        self.func_body(&lit.body, !s.results.is_empty());
        self.finish_function();
        self.pop_scope();
        self.lit_depth -= 1;
        self.fctx = saved_ctx;
        self.labels = saved_labels;
        self.enclosing_labels = saved_enclosing;
        Operand { mode: Mode::Value, ty: sig, val: None, id: e.id }
    }

    // ---- composite literals ----

    fn composite_lit(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[Expr],
        rbrace: ast::Pos,
        hint: Option<TypeId>,
    ) -> Operand {
        let id = e.id;
        let t = match ty {
            Some(te) => match &te.kind {
                ExprKind::ArrayType { len: Some(l), elem } if matches!(l.kind, ExprKind::Ellipsis(None)) => {
                    let et = self.typ(elem);
                    let n = self.count_array_elems(elts);
                    let t = self.tt.array(n, et);
                    self.record(te.id, Mode::TypeExpr, t, None);
                    t
                }
                _ => self.typ(te),
            },
            None => match hint {
                Some(h) => {
                    // &T elided as T in literals of pointers.
                    match self.tt.under(h) {
                        TypeKind::Pointer(b) if ty.is_none() => {
                            let b = *b;
                            let inner = self.composite_lit(e, None, elts, rbrace, Some(b));
                            if inner.is_invalid() {
                                return inner;
                            }
                            self.record(id, Mode::Value, b, None);
                            // The literal denotes &T{...}: record the pointer.
                            return Operand { mode: Mode::Value, ty: h, val: None, id };
                        }
                        _ => h,
                    }
                }
                None => {
                    self.error(e.pos, "invalid composite literal type: missing type");
                    return Operand::invalid(id);
                }
            },
        };
        if t == ids::INVALID {
            for el in elts {
                self.use_expr_silently(el);
            }
            return Operand::invalid(id);
        }
        let core = self.core_type(t).unwrap_or(ids::INVALID);
        match self.tt.kind(core).clone() {
            TypeKind::Struct(fields) => self.struct_lit(e, t, &fields, elts, rbrace),
            TypeKind::Array(n, et) => {
                self.indexed_elems(elts, et, Some(n));
            }
            TypeKind::Slice(et) => {
                self.indexed_elems(elts, et, None);
            }
            TypeKind::Map(kt, vt) => {
                let mut seen: Vec<Const> = Vec::new();
                for el in elts {
                    let ExprKind::KeyValue(k, v) = &el.kind else {
                        self.error(el.pos, "missing key in map literal");
                        self.use_expr_silently(el);
                        continue;
                    };
                    let mut kx = self.expr_hint(k, Some(kt));
                    self.assignment(&mut kx, k, kt, "map literal");
                    if let (Mode::Constant, Some(v)) = (kx.mode, &kx.val) {
                        if !self.tt.is_interface(kt) {
                            if seen.contains(v) {
                                let s = self.expr_str(k);
                                self.error(k.pos, format!("duplicate key {s} in map literal"));
                            } else {
                                seen.push(v.clone());
                            }
                        }
                    }
                    let mut vx = self.expr_hint(v, Some(vt));
                    self.assignment(&mut vx, v, vt, "map literal");
                }
            }
            _ => {
                // An invalid type (a reported cycle) has had its error.
                if self.tt.underlying(t) != ids::INVALID {
                    let s = self.tstr(t);
                    self.error(e.pos, format!("invalid composite literal type {s}"));
                }
                for el in elts {
                    self.use_expr_silently(el);
                }
                return Operand::invalid(id);
            }
        }
        Operand { mode: Mode::Value, ty: t, val: None, id }
    }

    /// Checks an expression only for its side effects on "used" marks,
    /// after an error made its context meaningless.
    fn use_expr_silently(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::KeyValue(_, v) => {
                self.raw_expr(v, None);
            }
            _ => {
                self.raw_expr(e, None);
            }
        }
    }

    fn count_array_elems(&mut self, elts: &[Expr]) -> u64 {
        let mut max = 0u64;
        let mut i = 0u64;
        for el in elts {
            if let ExprKind::KeyValue(k, _) = &el.kind {
                let kx = self.expr(k);
                if let Some(v) = kx.val.as_ref().and_then(|v| v.as_u64()) {
                    i = v;
                }
            }
            i += 1;
            max = max.max(i);
        }
        max
    }

    fn indexed_elems(&mut self, elts: &[Expr], et: TypeId, len: Option<u64>) {
        let mut idx: u64 = 0;
        let mut seen: HashSet<u64> = HashSet::new();
        for el in elts {
            let v = if let ExprKind::KeyValue(k, v) = &el.kind {
                let kx = self.expr(k);
                match (&kx.mode, kx.val.as_ref().and_then(|v| v.to_int())) {
                    (Mode::Constant, Some(i)) if i >= 0.into() => match u64::try_from(i) {
                        Ok(i) => idx = i,
                        Err(_) => self.error(k.pos, "index too large"),
                    },
                    (Mode::Constant, _) => {
                        let s = self.expr_str(k);
                        self.error(k.pos, format!("index {s} must be non-negative integer constant"));
                    }
                    (Mode::Invalid, _) => {}
                    _ => {
                        let s = self.expr_str(k);
                        self.error(k.pos, format!("index {s} must be integer constant"));
                    }
                }
                &**v
            } else {
                el
            };
            if let Some(n) = len {
                if idx >= n {
                    self.error(v.pos, format!("index {idx} out of bounds [0:{n}]"));
                }
            }
            if !seen.insert(idx) {
                self.error(el.pos, format!("duplicate index {idx} in array or slice literal"));
            }
            let mut x = self.expr_hint(v, Some(et));
            self.assignment(&mut x, v, et, "array or slice literal");
            idx += 1;
        }
    }

    /// A struct literal key naming a promoted field (Go 1.27): the path is
    /// recorded as a field selection of the key for the lowering.
    fn promoted_key(
        &mut self,
        t: TypeId,
        k: &Expr,
        fname: &ast::Name,
        v: &Expr,
        covers: &mut HashMap<usize, (ast::Name, bool)>,
        seen: &mut HashSet<Vec<usize>>,
    ) {
        let tname = self.tstr(t);
        let r = match self.lookup_field_or_method(t, fname) {
            super::lookup::Lookup::Found(r) if !r.is_method && r.path.len() > 1 => r,
            _ => {
                self.error(k.pos, format!("unknown field {fname} in struct literal of type {tname}"));
                self.use_expr_silently(v);
                return;
            }
        };
        if r.indirect {
            self.error(k.pos, format!("invalid implicit pointer indirection to reach {fname}"));
            self.use_expr_silently(v);
            return;
        }
        let top = r.path[0];
        if !seen.insert(r.path.clone()) {
            self.error(k.pos, format!("duplicate field name {fname} in struct literal"));
        } else if let Some((p, false)) = covers.get(&top) {
            self.error(k.pos, format!("cannot specify promoted field {fname} and enclosing embedded field {p}"));
        }
        covers.entry(top).or_insert((fname.clone(), true));
        self.record_use(k.id, r.obj);
        self.info.selections.insert(
            k.id,
            Selection { kind: SelKind::Field, obj: r.obj, path: r.path.clone(), indirect: false, recv: t },
        );
        let mut x = self.expr_hint(v, Some(r.ty));
        self.assignment(&mut x, v, r.ty, "struct literal");
    }

    fn struct_lit(&mut self, e: &Expr, t: TypeId, fields: &[crate::types::Field], elts: &[Expr], rbrace: ast::Pos) {
        if elts.is_empty() {
            return;
        }
        let keyed = matches!(elts[0].kind, ExprKind::KeyValue(..));
        let tname = self.tstr(t);
        if keyed {
            let mut seen = HashSet::new();
            // Go 1.27: keys may be promoted fields. Per top-level field,
            // the first key that covered it: (name, promoted?).
            let mut covers: HashMap<usize, (ast::Name, bool)> = HashMap::new();
            for el in elts {
                let ExprKind::KeyValue(k, v) = &el.kind else {
                    self.error(el.pos, "mixture of field:value and value elements in struct literal");
                    self.use_expr_silently(el);
                    continue;
                };
                let ExprKind::Ident(fname) = &k.kind else {
                    let s = self.expr_str(k);
                    self.error(k.pos, format!("invalid field name {s} in struct literal"));
                    self.use_expr_silently(v);
                    continue;
                };
                let Some(fi) = fields.iter().position(|f| f.name == *fname) else {
                    self.promoted_key(t, k, fname, v, &mut covers, &mut seen);
                    continue;
                };
                let fobj = self.field_obj(t, fi);
                self.record_use(k.id, fobj);
                if !seen.insert(vec![fi]) {
                    self.error(k.pos, format!("duplicate field name {fname} in struct literal"));
                } else if let Some((p, true)) = covers.get(&fi) {
                    self.error(k.pos, format!("cannot specify embedded field {fname} and enclosed promoted field {p}"));
                }
                covers.entry(fi).or_insert((fname.clone(), false));
                let ft = fields[fi].ty;
                if !fields[fi].pkg.is_empty() && fields[fi].pkg != self.cur_pkg_path() {
                    self.error(
                        k.pos,
                        format!("cannot refer to unexported field {fname} in struct literal of type {tname}"),
                    );
                }
                let mut x = self.expr_hint(v, Some(ft));
                self.assignment(&mut x, v, ft, "struct literal");
            }
        } else {
            for (i, el) in elts.iter().enumerate() {
                if let ExprKind::KeyValue(..) = el.kind {
                    self.error(el.pos, "mixture of field:value and value elements in struct literal");
                    self.use_expr_silently(el);
                    continue;
                }
                let Some(f) = fields.get(i) else {
                    self.error(el.pos, format!("too many values in struct literal of type {tname}"));
                    break;
                };
                let mut x = self.expr_hint(el, Some(f.ty));
                self.assignment(&mut x, el, f.ty, "struct literal");
                if !f.pkg.is_empty() && f.pkg != self.cur_pkg_path() {
                    self.error(
                        el.pos,
                        format!("implicit assignment to unexported field {} in struct literal of type {tname}", f.name),
                    );
                }
            }
            if elts.len() < fields.len() {
                self.error(rbrace, format!("too few values in struct literal of type {tname}"));
            }
        }
        let _ = e;
    }

    // ---- selectors ----

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident) -> Operand {
        let id = e.id;
        // Qualified identifier pkg.Name.
        if let ExprKind::Ident(pname) = &x.kind {
            if let Some(o) = self.lookup(pname) {
                if let ObjKind::PkgName { pkg, used } = &self.obj(o).kind {
                    used.set(true);
                    let pkg = *pkg;
                    self.record_use(x.id, o);
                    let scope = self.packages[pkg.0 as usize].scope;
                    let member = self.scopes[scope.0 as usize].names.get(&sel.name).copied();
                    let exported = super::typexpr::is_exported(&sel.name);
                    return match member {
                        Some(m) if exported => {
                            self.record_use(sel.id, m);
                            // Also on the whole selector, so `pkg.F[T]` and
                            // inference find a generic function like `F`.
                            self.record_use(id, m);
                            self.use_obj(m, id, e.pos)
                        }
                        Some(_) => {
                            self.error(sel.pos, format!("name {} not exported by package {}", sel.name, pname));
                            Operand::invalid(id)
                        }
                        None => {
                            self.undefined_qualified(sel.pos, pname, scope, &sel.name);
                            Operand::invalid(id)
                        }
                    };
                }
            }
        }
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            return Operand::invalid(id);
        }
        if xo.mode == Mode::TypeExpr {
            return self.method_expr(e, &xo, x, sel);
        }
        if xo.is_nil() {
            self.error(e.pos, "use of untyped nil in selector expression".to_string());
            return Operand::invalid(id);
        }
        match self.lookup_field_or_method(xo.ty, &sel.name) {
            Lookup::Found(r) => {
                self.record_use(sel.id, r.obj);
                if r.is_method {
                    // Pointer-receiver methods need an addressable operand
                    // (or a pointer).
                    let is_ptr = matches!(self.tt.under(xo.ty), TypeKind::Pointer(_));
                    if r.ptr_recv && !is_ptr && !r.indirect && xo.mode != Mode::Variable {
                        self.error(sel.pos, format!("cannot call pointer method {} on {}", sel.name, self.tstr(xo.ty)));
                        return Operand::invalid(id);
                    }
                    if r.ptr_recv && !is_ptr && !r.indirect {
                        self.mark_addressed(x);
                    }
                    self.info.selections.insert(
                        id,
                        Selection {
                            kind: SelKind::Method,
                            obj: r.obj,
                            path: r.path,
                            indirect: r.indirect,
                            recv: xo.ty,
                        },
                    );
                    Operand { mode: Mode::Value, ty: r.ty, val: None, id }
                } else {
                    let fobj = r.obj;
                    let mode = if xo.mode == Mode::Variable
                        || r.indirect
                        || matches!(self.tt.under(xo.ty), TypeKind::Pointer(_))
                    {
                        Mode::Variable
                    } else {
                        Mode::Value
                    };
                    if let Some(f) = self.field_info(xo.ty, &r.path) {
                        if !f.pkg.is_empty() && f.pkg != self.cur_pkg_path() {
                            let s = self.expr_str(e);
                            let ts = self.tstr(xo.ty);
                            self.error(
                                sel.pos,
                                format!("{s} undefined (cannot refer to unexported field {})", sel.name),
                            );
                            let _ = ts;
                            return Operand::invalid(id);
                        }
                    }
                    self.info.selections.insert(
                        id,
                        Selection { kind: SelKind::Field, obj: fobj, path: r.path, indirect: r.indirect, recv: xo.ty },
                    );
                    Operand { mode, ty: r.ty, val: None, id }
                }
            }
            Lookup::Ambiguous => {
                let s = self.expr_str(e);
                self.error(sel.pos, format!("ambiguous selector {s}"));
                Operand::invalid(id)
            }
            Lookup::NotFound => {
                let s = self.expr_str(e);
                let ts = self.tstr(xo.ty);
                let what = if let TypeKind::Pointer(b) = self.tt.kind(xo.ty) {
                    // types2's isInterfacePtr / interfacePtrError.
                    if self.tt.is_tparam(*b) {
                        format!("type {ts} is pointer to type parameter, not type parameter")
                    } else if self.tt.is_interface(*b) {
                        format!("type {ts} is pointer to interface, not interface")
                    } else {
                        format!("type {ts} has no field or method {}", sel.name)
                    }
                } else {
                    // gc suggests a differently capitalised method if any.
                    let alt = self.alt_case_member(xo.ty, &sel.name);
                    match alt {
                        Some(a) => format!("type {ts} has no field or method {}, but does have {a}", sel.name),
                        None => format!("type {ts} has no field or method {}", sel.name),
                    }
                };
                self.error(sel.pos, format!("{s} undefined ({what})"));
                Operand::invalid(id)
            }
        }
    }

    fn alt_case_member(&mut self, t: TypeId, name: &str) -> Option<String> {
        let pt = self.tt.pointer(t);
        let ms = self.method_set(pt);
        for m in ms {
            if m.name.to_lowercase() == name.to_lowercase() && &*m.name != name {
                return Some(format!("method {}", m.name));
            }
        }
        if let TypeKind::Struct(fs) = self.tt.under(t) {
            for f in fs {
                if f.name.to_lowercase() == name.to_lowercase() && &*f.name != name {
                    return Some(format!("field {}", f.name));
                }
            }
        }
        None
    }

    /// The field at the end of a selection path.
    pub(crate) fn field_info(&self, t: TypeId, path: &[usize]) -> Option<crate::types::Field> {
        let mut cur = t;
        let mut out = None;
        for &i in path {
            let base = match self.tt.under(cur) {
                TypeKind::Pointer(b) => *b,
                _ => cur,
            };
            let TypeKind::Struct(fs) = self.tt.under(base) else { return None };
            let f = fs.get(i)?.clone();
            cur = f.ty;
            out = Some(f);
        }
        out
    }

    fn method_expr(&mut self, e: &Expr, t: &Operand, x: &Expr, sel: &ast::Ident) -> Operand {
        let id = e.id;
        match self.lookup_field_or_method(t.ty, &sel.name) {
            Lookup::Found(r) if r.is_method => {
                let is_ptr = matches!(self.tt.kind(t.ty), TypeKind::Pointer(_));
                if r.ptr_recv && !is_ptr && !r.indirect {
                    let s = self.expr_str(e);
                    let ts = self.tstr(t.ty);
                    self.error(
                        sel.pos,
                        format!("invalid method expression {s} (needs pointer receiver (*{ts}).{})", sel.name),
                    );
                    return Operand::invalid(id);
                }
                self.record_use(sel.id, r.obj);
                let sig = self.tt.sig(r.ty).cloned().unwrap();
                let mut params = vec![t.ty];
                params.extend(sig.params);
                let ft = self.tt.func(params, sig.results, sig.variadic);
                self.info.selections.insert(
                    id,
                    Selection { kind: SelKind::MethodExpr, obj: r.obj, path: r.path, indirect: r.indirect, recv: t.ty },
                );
                Operand { mode: Mode::Value, ty: ft, val: None, id }
            }
            Lookup::Found(_) => {
                // A field through a type: types2 blames the operand.
                let ts = self.tstr(t.ty);
                self.error(x.pos, format!("operand for field selector {} must be value of type {ts}", sel.name));
                Operand::invalid(id)
            }
            _ => {
                let s = self.expr_str(e);
                let ts = self.tstr(t.ty);
                let what = match self.alt_case_member(t.ty, &sel.name) {
                    Some(a) => format!("type {ts} has no field or method {}, but does have {a}", sel.name),
                    None => format!("type {ts} has no field or method {}", sel.name),
                };
                self.error(sel.pos, format!("{s} undefined ({what})"));
                Operand::invalid(id)
            }
        }
    }

    /// Marks the variable at the root of an addressable expression as
    /// having its address taken.
    pub(crate) fn mark_addressed(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(&o) = self.info.uses.get(&e.id) {
                    if let ObjKind::Var(v) = &self.obj(o).kind {
                        v.escapes.set(true);
                        v.addr_taken.set(true);
                    }
                }
            }
            ExprKind::Paren(x) => self.mark_addressed(x),
            ExprKind::Selector(x, _) => {
                // Through a pointer the variable itself is not addressed.
                if let Some(s) = self.info.selections.get(&e.id) {
                    if s.indirect || matches!(self.tt.under(s.recv), TypeKind::Pointer(_)) {
                        return;
                    }
                }
                self.mark_addressed(x)
            }
            ExprKind::Index(x, _) => {
                let t = super::expr_type(&self.info, x);
                if matches!(self.tt.under(t), TypeKind::Array(..)) {
                    self.mark_addressed(x)
                }
            }
            _ => {}
        }
    }

    // ---- indexing and slicing ----

    fn index_expr(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> Operand {
        let id = e.id;
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            for i in idx {
                self.expr_or_type(i);
            }
            return Operand::invalid(id);
        }
        // Generic instantiation: f[int] or T[int].
        if xo.mode == Mode::TypeExpr {
            let t = self.typ(e);
            if t == ids::INVALID {
                return Operand::invalid(id);
            }
            return Operand { mode: Mode::TypeExpr, ty: t, val: None, id };
        }
        if self.is_generic_func(&xo) {
            return self.func_instance(e, &xo, x, idx);
        }
        if idx.len() != 1 {
            self.error(idx.get(1).map(|i| i.pos).unwrap_or(e.pos), "unexpected comma; expecting ]");
            return Operand::invalid(id);
        }
        let ie = &idx[0];
        let core = match self.core_type(xo.ty) {
            Some(c) => c,
            None => {
                let s = self.operand_str(&xo, x);
                let at = self.lbrack_before(ie.pos);
                self.error(at, format!("cannot index {s}"));
                return Operand::invalid(id);
            }
        };
        let (elem, len, mode) = match self.tt.kind(core).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                let len = match (&xo.mode, &xo.val) {
                    (Mode::Constant, Some(Const::String(s))) => Some(s.len() as u64),
                    _ => None,
                };
                (ids::UINT8, len, Mode::Value)
            }
            TypeKind::Array(n, el) => {
                (el, Some(n), if xo.mode == Mode::Variable { Mode::Variable } else { Mode::Value })
            }
            TypeKind::Pointer(p) => match self.tt.under(p).clone() {
                TypeKind::Array(n, el) => (el, Some(n), Mode::Variable),
                _ => {
                    let s = self.operand_str(&xo, x);
                    let at = self.lbrack_before(ie.pos);
                    self.error(at, format!("cannot index {s}"));
                    return Operand::invalid(id);
                }
            },
            TypeKind::Slice(el) => (el, None, Mode::Variable),
            TypeKind::Map(k, v) => {
                let mut ko = self.expr_hint(ie, Some(k));
                self.assignment(&mut ko, ie, k, "map index");
                return Operand { mode: Mode::MapIndex, ty: v, val: None, id };
            }
            _ => {
                let s = self.operand_str(&xo, x);
                let at = self.lbrack_before(ie.pos);
                self.error(at, format!("cannot index {s}"));
                return Operand::invalid(id);
            }
        };
        let i = self.index_value(ie, len);
        // Constant string indexed by a constant: still not a constant.
        let _ = i;
        Operand { mode, ty: elem, val: None, id }
    }

    /// Checks an index (or slice bound); returns its constant value if any.
    pub(crate) fn index_value(&mut self, ie: &Expr, len: Option<u64>) -> Option<i64> {
        let mut io = self.expr(ie);
        if io.is_invalid() {
            return None;
        }
        if io.mode == Mode::Constant && self.tt.is_untyped(io.ty) {
            // An untyped constant index must be representable as int.
            let v = io.val.clone().unwrap();
            match v.represent(Basic::Int) {
                Ok(_) => {
                    self.convert_untyped(&mut io, ie, ids::INT);
                }
                Err(_) => {
                    let s = self.operand_str(&io, ie);
                    if v.to_int().is_none() && matches!(v, Const::Float(_) | Const::Complex(..)) {
                        self.error(ie.pos, format!("{s} truncated to int"));
                    } else if let Const::Int(_) = v {
                        self.error(ie.pos, format!("invalid argument: index {s} out of bounds"));
                    } else {
                        // types2 first converts the untyped index to int.
                        self.error(ie.pos, format!("cannot convert {s} to type int"));
                    }
                    return None;
                }
            }
        }
        if !self.tt.basic(io.ty).is_some_and(|b| b.is_integer()) && !self.tparam_all(io.ty, |b| b.is_integer()) {
            let s = self.operand_str(&io, ie);
            self.error(ie.pos, format!("invalid argument: index {s} must be integer"));
            return None;
        }
        if io.mode == Mode::Constant {
            let v = io.val.as_ref().and_then(|v| v.as_i64());
            match v {
                Some(v) if v < 0 => {
                    let s = self.operand_str(&io, ie);
                    self.error(ie.pos, format!("invalid argument: index {s} must not be negative"));
                    return None;
                }
                Some(v) => {
                    if let Some(n) = len {
                        if v as u64 >= n {
                            let s = self.expr_str(ie);
                            self.error(ie.pos, format!("invalid argument: index {s} out of bounds [0:{n}]"));
                            return None;
                        }
                    }
                    return Some(v);
                }
                None => {}
            }
        }
        None
    }

    fn slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        three: bool,
    ) -> Operand {
        let id = e.id;
        let xo = self.expr(x);
        if xo.is_invalid() {
            for b in [lo, hi, max].into_iter().flatten() {
                self.expr(b);
            }
            return Operand::invalid(id);
        }
        let core = self.core_type(xo.ty).unwrap_or(ids::INVALID);
        let (result, len) = match self.tt.kind(core).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if three {
                    self.error(e.pos, "invalid operation: 3-index slice of string");
                    return Operand::invalid(id);
                }
                let len = match &xo.val {
                    Some(Const::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                // Slicing an untyped string constant yields a string.
                let t = if xo.ty == ids::UNTYPED_STRING { ids::STRING } else { xo.ty };
                (t, len)
            }
            TypeKind::Array(n, el) => {
                if xo.mode != Mode::Variable {
                    let s = self.operand_str(&xo, x);
                    self.error(e.pos, format!("invalid operation: {s} (slice of unaddressable value)"));
                    return Operand::invalid(id);
                }
                self.mark_addressed(x);
                (self.tt.slice(el), Some(n + 1))
            }
            TypeKind::Pointer(p) => match self.tt.under(p).clone() {
                TypeKind::Array(n, el) => (self.tt.slice(el), Some(n + 1)),
                _ => {
                    let s = self.operand_str(&xo, x);
                    self.error(x.pos, format!("cannot slice {s}"));
                    return Operand::invalid(id);
                }
            },
            TypeKind::Slice(_) => (xo.ty, None),
            _ => {
                let s = self.operand_str(&xo, x);
                self.error(x.pos, format!("cannot slice {s}"));
                return Operand::invalid(id);
            }
        };
        let len = len.map(|l| if matches!(self.tt.kind(core), TypeKind::Basic(_)) { l + 1 } else { l });
        let mut vals = Vec::new();
        for b in [lo, hi, max] {
            vals.push(b.and_then(|b| self.index_value(b, len)));
        }
        // Constant indices must be ordered (types2: the first index
        // defaults to 0; one error, at the later, smaller index).
        let exprs = [lo, hi, max];
        let ind: Vec<i64> = vals
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Some(v) => *v,
                None if i == 0 && exprs[0].is_none() => 0,
                None => -1,
            })
            .collect();
        'order: for i in 0..2 {
            if ind[i] > 0 {
                for j in i + 1..3 {
                    if ind[j] >= 0 && ind[j] < ind[i] {
                        let at = exprs[j].map_or(e.pos, |x| x.pos);
                        self.error(at, format!("invalid slice indices: {} < {}", ind[j], ind[i]));
                        break 'order;
                    }
                }
            }
        }
        Operand { mode: Mode::Value, ty: result, val: None, id }
    }

    fn type_assert(&mut self, e: &Expr, x: &Expr, t: Option<&Expr>) -> Operand {
        let id = e.id;
        let xo = self.expr(x);
        let Some(te) = t else {
            self.error(e.pos, "invalid syntax tree: use of .(type) outside type switch");
            return Operand::invalid(id);
        };
        let t = self.typ(te);
        if xo.is_invalid() || t == ids::INVALID {
            return Operand::invalid(id);
        }
        if !self.tt.is_interface(xo.ty) {
            let s = self.operand_str(&xo, x);
            self.error(x.pos, format!("invalid operation: {s} is not an interface"));
            return Operand::invalid(id);
        }
        self.check_assertable(xo.ty, t, e.pos, e);
        Operand { mode: Mode::CommaOk, ty: t, val: None, id }
    }

    /// Reports an impossible type assertion (`x.(T)` with T concrete and
    /// not implementing x's interface).
    pub(crate) fn check_assertable(&mut self, iface: TypeId, t: TypeId, pos: ast::Pos, e: &Expr) {
        if self.tt.is_interface(t) {
            return;
        }
        if let Some(why) = self.missing_method(t, iface) {
            let s = self.expr_str(e);
            let (ts, is) = (self.tstr(t), self.tstr(iface));
            self.error(pos, format!("impossible type assertion: {s}\n\t{ts} does not implement {is} {why}"));
        }
    }

    // ---- operators ----

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr, hint: Option<TypeId>) -> Operand {
        let id = e.id;
        match op {
            UnOp::Addr => {
                // &T{...} is allowed on composite literals.
                let inner = strip_parens(x);
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    let h = hint.and_then(|h| match self.tt.under(h) {
                        TypeKind::Pointer(b) => Some(*b),
                        _ => None,
                    });
                    let o = self.expr_hint(x, h);
                    if o.is_invalid() {
                        return o;
                    }
                    let t = self.tt.pointer(o.ty);
                    return Operand { mode: Mode::Value, ty: t, val: None, id };
                }
                let o = self.expr(x);
                if o.is_invalid() {
                    return o;
                }
                if o.mode != Mode::Variable {
                    let s = self.operand_str(&o, x);
                    self.error(x.pos, format!("invalid operation: cannot take address of {s}"));
                    return Operand::invalid(id);
                }
                self.mark_addressed(x);
                let t = self.tt.pointer(o.ty);
                Operand { mode: Mode::Value, ty: t, val: None, id }
            }
            UnOp::Recv => {
                let o = self.expr(x);
                if o.is_invalid() {
                    return o;
                }
                match self.core_type(o.ty).map(|c| self.tt.kind(c).clone()) {
                    Some(TypeKind::Chan(dir, el)) => {
                        if dir == crate::types::ChanDirKey::Send {
                            // types2's chanElem: "cannot receive from <cause> <x>", at x.
                            let s = self.operand_str(&o, x);
                            let ts = self.tstr(o.ty);
                            let msg = if self.tt.is_tparam(o.ty) {
                                format!("invalid operation: cannot receive from {s}: send-only channel {ts}")
                            } else {
                                format!("invalid operation: cannot receive from send-only channel {ts} {s}")
                            };
                            self.error(x.pos, msg);
                            return Operand::invalid(id);
                        }
                        Operand { mode: Mode::CommaOk, ty: el, val: None, id }
                    }
                    _ => {
                        let s = self.operand_str(&o, x);
                        let ts = self.tstr(o.ty);
                        let msg = if self.tt.is_tparam(o.ty) {
                            format!("invalid operation: cannot receive from {s}: non-channel {ts}")
                        } else {
                            format!("invalid operation: cannot receive from non-channel {ts} {s}")
                        };
                        self.error(x.pos, msg);
                        Operand::invalid(id)
                    }
                }
            }
            UnOp::Tilde => {
                self.error(e.pos, "invalid use of ~ outside a constraint");
                Operand::invalid(id)
            }
            _ => {
                let mut o = self.expr(x);
                if o.is_invalid() {
                    return o;
                }
                let ok = match op {
                    UnOp::Pos | UnOp::Neg => self.all_basic(o.ty, |b| b.is_numeric()),
                    UnOp::Not => self.all_basic(o.ty, |b| b.is_boolean()),
                    UnOp::Xor => self.all_basic(o.ty, |b| b.is_integer()),
                    _ => false,
                };
                if !ok {
                    let s = self.operand_str(&o, x);
                    let opstr = match op {
                        UnOp::Pos => "+",
                        UnOp::Neg => "-",
                        UnOp::Not => "!",
                        _ => "^",
                    };
                    self.error(x.pos, format!("invalid operation: operator {opstr} not defined on {s}"));
                    return Operand::invalid(id);
                }
                if o.mode == Mode::Constant {
                    let v = o.val.clone().unwrap();
                    let r = match op {
                        UnOp::Pos => Some(v),
                        UnOp::Neg => v.neg(),
                        UnOp::Not => Some(Const::Bool(!v.as_bool())),
                        _ => {
                            let b = self.tt.basic(o.ty);
                            let ubits = b.filter(|b| b.is_unsigned()).map(|b| b.bits());
                            v.complement(ubits)
                        }
                    };
                    let Some(r) = r else { return Operand::invalid(id) };
                    o.val = Some(self.check_overflow(r, o.ty, e));
                    o.id = id;
                    return o;
                }
                Operand { mode: Mode::Value, ty: o.ty, val: None, id }
            }
        }
    }

    /// A typed constant result must fit its type ("constant 256 overflows byte").
    pub(crate) fn check_overflow(&mut self, v: Const, t: TypeId, e: &Expr) -> Const {
        if self.tt.is_untyped(t) {
            return v;
        }
        let Some(b) = self.tt.basic(t) else { return v };
        match v.represent(b) {
            Ok(r) => r,
            Err(_) => {
                let ts = self.tstr(t);
                let vs = v.display();
                let s = self.expr_str(e);
                if b.is_integer() {
                    self.error(e.pos, format!("constant {vs} overflows {ts}"));
                } else {
                    self.error(e.pos, format!("constant {s} overflows {ts}"));
                }
                v
            }
        }
    }

    fn binary(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr) -> Operand {
        let x = self.expr(a);
        let y = self.expr(b);
        self.binary_operands(e, op, x, a, y, b)
    }

    /// A binary operation on already evaluated operands (also used for
    /// `x op= y`, where `e` is the assignment's lhs).
    pub(crate) fn binary_operands(
        &mut self,
        e: &Expr,
        op: BinOp,
        mut x: Operand,
        a: &Expr,
        mut y: Operand,
        b: &Expr,
    ) -> Operand {
        let id = e.id;
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift_operands(e, op, x, a, y, b);
        }
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(id);
        }
        if is_comparison(op) {
            return self.comparison(e, op, x, a, y, b);
        }
        // An untyped constant meeting an interface keeps its type (empty
        // interface: mismatched types) or cannot be converted (others).
        let (xu, yu) = (self.tt.is_untyped(x.ty) && !x.is_nil(), self.tt.is_untyped(y.ty) && !y.is_nil());
        if xu != yu {
            let (u, ue, t) = if xu { (&x, a, y.ty) } else { (&y, b, x.ty) };
            if self.tt.is_interface(t) && !self.tt.is_tparam(t) {
                let empty = self.tt.iface(t).is_some_and(|i| i.methods.is_empty() && i.terms.is_none());
                if empty {
                    let (xs, ys) = (self.tstr(x.ty), self.tstr(y.ty));
                    let s = self.binary_str(e, op, a, b);
                    self.error(a.pos, format!("invalid operation: {s} (mismatched types {xs} and {ys})"));
                } else {
                    let us = self.operand_str(u, ue);
                    let ts = self.tstr(self.tt.underlying(t));
                    self.error(ue.pos, format!("cannot convert {us} to type {ts}"));
                }
                return Operand::invalid(id);
            }
        }
        let matched = self.match_types(&mut x, a, &mut y, b);
        if x.is_invalid() || y.is_invalid() {
            // A conversion error was reported.
            return Operand::invalid(id);
        }
        if !matched || x.ty != y.ty {
            let (xs, ys) = (self.tstr(x.ty), self.tstr(y.ty));
            let s = self.binary_str(e, op, a, b);
            self.error(a.pos, format!("invalid operation: {s} (mismatched types {xs} and {ys})"));
            return Operand::invalid(id);
        }
        let t = x.ty;
        let ok = match op {
            BinOp::Add => self.all_basic(t, |b| b.is_numeric() || b.is_string()),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.all_basic(t, |b| b.is_numeric()),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => self.all_basic(t, |b| b.is_integer()),
            BinOp::LAnd | BinOp::LOr => self.all_basic(t, |b| b.is_boolean()),
            _ => false,
        };
        if !ok {
            let s = self.operand_str(&x, a);
            let opstr = binop_str(op);
            self.error(a.pos, format!("invalid operation: operator {opstr} not defined on {s}"));
            return Operand::invalid(id);
        }
        // Division by a constant zero.
        if matches!(op, BinOp::Div | BinOp::Rem)
            && y.mode == Mode::Constant
            && y.val.as_ref().is_some_and(|v| v.is_zero())
            && (self.all_basic(t, |b| b.is_integer()) || x.mode == Mode::Constant)
        {
            self.error(b.pos, "invalid operation: division by zero");
            return Operand::invalid(id);
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let int_div = self.tt.basic(t).is_some_and(|b| b.is_integer());
            let (xv, yv) = (x.val.clone().unwrap(), y.val.clone().unwrap());
            return match xv.binary(op, &yv, int_div) {
                Ok(v) => {
                    // Untyped float division of integers yields a float.
                    let v = match (&v, self.tt.basic(t)) {
                        (Const::Float(f), Some(Basic::UntypedInt | Basic::UntypedRune)) if f.is_integer() => {
                            Const::Int(f.to_integer())
                        }
                        _ => v,
                    };
                    let v = self.check_overflow(v, t, e);
                    Operand { mode: Mode::Constant, ty: t, val: Some(v), id }
                }
                Err(msg) => {
                    self.error(b.pos, format!("invalid operation: {msg}"));
                    Operand::invalid(id)
                }
            };
        }
        Operand { mode: Mode::Value, ty: t, val: None, id }
    }

    /// Brings two operands of a binary operation to a common type, as Go's
    /// implicit conversion of untyped operands does.
    pub(crate) fn match_types(&mut self, x: &mut Operand, a: &Expr, y: &mut Operand, b: &Expr) -> bool {
        let (xu, yu) = (self.tt.is_untyped(x.ty), self.tt.is_untyped(y.ty));
        if xu && yu {
            if x.is_nil() || y.is_nil() {
                return x.ty == y.ty;
            }
            // Both untyped: the "larger" kind wins (int < rune < float < complex).
            let (xb, yb) = (self.tt.basic(x.ty).unwrap(), self.tt.basic(y.ty).unwrap());
            if xb.is_numeric() && yb.is_numeric() {
                let rank = |b: Basic| match b {
                    Basic::UntypedInt => 0,
                    Basic::UntypedRune => 1,
                    Basic::UntypedFloat => 2,
                    _ => 3,
                };
                let t = if rank(xb) >= rank(yb) { x.ty } else { y.ty };
                x.ty = t;
                y.ty = t;
                return true;
            }
            return xb == yb;
        }
        if xu {
            return self.implicit_convert(x, a, y.ty);
        }
        if yu {
            return self.implicit_convert(y, b, x.ty);
        }
        x.ty == y.ty
    }

    /// Converts an untyped operand for use with a typed one; false if
    /// impossible (the caller reports a mismatch). Reports representability
    /// errors itself.
    fn implicit_convert(&mut self, x: &mut Operand, e: &Expr, target: TypeId) -> bool {
        if x.is_nil() {
            let ok = self.nil_assignable(target);
            if ok {
                self.convert_untyped(x, e, target);
            }
            return ok;
        }
        // Untyped values go into empty interfaces with their default type
        // (types2: values must have concrete dynamic types); non-empty
        // interfaces take none.
        if self.tt.is_interface(target) && !self.tt.is_tparam(target) {
            let empty = self.tt.iface(target).is_some_and(|i| i.methods.is_empty() && i.terms.is_none());
            if empty {
                let d = self.default_type(x.ty);
                self.convert_untyped(x, e, d);
            }
            return empty;
        }
        let xb = self.tt.basic(x.ty).unwrap();
        let tb = self.tt.basic(target);
        let compatible = match tb {
            Some(tb) => {
                (xb.is_numeric() && tb.is_numeric())
                    || (xb.is_string() && tb.is_string())
                    || (xb.is_boolean() && tb.is_boolean())
            }
            None => {
                if self.tt.is_tparam(target) {
                    self.tparam_all(target, |b| {
                        (xb.is_numeric() && b.is_numeric())
                            || (xb.is_string() && b.is_string())
                            || (xb.is_boolean() && b.is_boolean())
                    })
                } else {
                    false
                }
            }
        };
        if !compatible {
            return false;
        }
        if x.mode == Mode::Constant {
            if let Some(tb) = tb {
                if x.val.clone().unwrap().represent(tb).is_err() {
                    let s = self.operand_str(x, e);
                    let ts = self.tstr(target);
                    // types2 decides by the kinds: a non-integer constant
                    // into an integer type is truncated, the rest overflow.
                    if !xb.is_integer() && tb.is_integer() {
                        self.error(e.pos, format!("{s} truncated to {ts}"));
                    } else {
                        self.error(e.pos, format!("{s} overflows {ts}"));
                    }
                    x.mode = Mode::Invalid;
                    return true;
                }
            }
        }
        self.convert_untyped(x, e, target);
        true
    }

    fn comparison(&mut self, e: &Expr, op: BinOp, mut x: Operand, a: &Expr, mut y: Operand, b: &Expr) -> Operand {
        let id = e.id;
        // Whether an operand is `nil`, before matching gives it a type.
        let (xnil, ynil) = (x.is_nil(), y.is_nil());
        // Either operand must be assignable to the other's type.
        let ok_types = if self.tt.is_untyped(x.ty) || self.tt.is_untyped(y.ty) {
            self.match_types(&mut x, a, &mut y, b)
        } else {
            x.ty == y.ty || self.assignable_to(&x, y.ty) || self.assignable_to(&y, x.ty)
        };
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(id);
        }
        let s = self.expr_str(e);
        if !ok_types {
            // types2 reports a comparison's mismatch at the second operand.
            let (xs, ys) = (self.tstr(x.ty), self.tstr(y.ty));
            self.error(b.pos, format!("invalid operation: {s} (mismatched types {xs} and {ys})"));
            return Operand::invalid(id);
        }
        let ordered = !matches!(op, BinOp::Eq | BinOp::Ne);
        let check = |c: &mut Checker, o: &Operand, onil: bool, other_nil: bool, oe: &Expr| -> Option<String> {
            let t = o.ty;
            if ordered {
                if !c.all_basic(t, |b| b.is_ordered()) {
                    let _ = oe;
                    if c.tt.is_tparam(t) {
                        return Some(format!("type parameter {} cannot use operator {}", c.tstr(t), binop_str(op)));
                    }
                    return Some(format!("operator {} not defined on {}", binop_str(op), c.kind_string(t)));
                }
                return None;
            }
            if onil {
                return None;
            }
            if c.comparable(t) {
                return None;
            }
            // Slices, maps and funcs compare only with nil (type parameters:
            // through their core type).
            let core = c.core_type(t).unwrap_or(t);
            if other_nil && matches!(c.tt.under(core), TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_)) {
                return None;
            }
            let what = match c.tt.under(t) {
                TypeKind::Slice(_) => "slice can only be compared to nil".to_string(),
                TypeKind::Map(..) => "map can only be compared to nil".to_string(),
                TypeKind::Func(_) => "func can only be compared to nil".to_string(),
                _ if c.tt.is_tparam(t) => "incomparable types in type set".to_string(),
                _ => c.incomparable_cause(t),
            };
            Some(what)
        };
        // At the offending operand, as types2.
        let bad = check(self, &x, xnil, ynil, a)
            .map(|w| (w, a.pos))
            .or_else(|| check(self, &y, ynil, xnil, b).map(|w| (w, b.pos)));
        if let Some((why, at)) = bad {
            self.error(at, format!("invalid operation: {s} ({why})"));
            return Operand::invalid(id);
        }
        if xnil && ynil {
            // types2 blames the right operand: the type without nil.
            self.error(
                b.pos,
                format!("invalid operation: {s} (operator {} not defined on untyped nil)", binop_str(op)),
            );
            return Operand::invalid(id);
        }
        // Operands keep their (now typed) types; default untyped ones.
        if self.tt.is_untyped(x.ty) && x.mode != Mode::Constant {
            let d = self.default_type(x.ty);
            self.convert_untyped(&mut x, a, d);
        }
        if self.tt.is_untyped(y.ty) && y.mode != Mode::Constant {
            let d = self.default_type(y.ty);
            self.convert_untyped(&mut y, b, d);
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let v = x.val.as_ref().unwrap().compare(op, y.val.as_ref().unwrap()).unwrap_or(false);
            return Operand { mode: Mode::Constant, ty: ids::UNTYPED_BOOL, val: Some(Const::Bool(v)), id };
        }
        if x.mode == Mode::Constant && self.tt.is_untyped(x.ty) {
            let t = y.ty;
            self.convert_untyped(&mut x, a, t);
        }
        if y.mode == Mode::Constant && self.tt.is_untyped(y.ty) {
            let t = x.ty;
            self.convert_untyped(&mut y, b, t);
        }
        Operand { mode: Mode::Value, ty: ids::UNTYPED_BOOL, val: None, id }
    }

    fn shift_operands(&mut self, e: &Expr, op: BinOp, x: Operand, a: &Expr, mut y: Operand, b: &Expr) -> Operand {
        let id = e.id;
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(id);
        }
        // The count: integer, or an untyped constant representable as uint.
        if y.mode == Mode::Constant {
            let v = y.val.clone().unwrap();
            match v.to_int() {
                Some(i) if i < 0.into() => {
                    let s = self.operand_str(&y, b);
                    self.error(b.pos, format!("invalid operation: negative shift count {s}"));
                    return Operand::invalid(id);
                }
                Some(i) => {
                    if self.tt.is_untyped(y.ty) {
                        if i > u64::MAX.into() {
                            // types2: representable(y, uint).
                            let s = self.operand_str(&y, b);
                            self.error(b.pos, format!("{s} overflows uint"));
                            return Operand::invalid(id);
                        }
                        self.convert_untyped(&mut y, b, ids::UINT);
                    }
                }
                None => {
                    let s = self.operand_str(&y, b);
                    let yb = self.tt.basic(y.ty);
                    let msg = match yb {
                        // types2: representable(y, uint) for untyped counts.
                        Some(yb) if yb.is_untyped() && yb.is_numeric() => format!("{s} truncated to uint"),
                        Some(yb) if yb.is_untyped() => format!("cannot convert {s} to type uint"),
                        _ => format!("invalid operation: shift count {s} must be integer"),
                    };
                    self.error(b.pos, msg);
                    return Operand::invalid(id);
                }
            }
        } else if !self.all_basic(y.ty, |b| b.is_integer()) {
            let s = self.operand_str(&y, b);
            self.error(b.pos, format!("invalid operation: shift count {s} must be integer"));
            return Operand::invalid(id);
        } else if self.tt.is_untyped(y.ty) {
            self.convert_untyped(&mut y, b, ids::UINT);
        }
        // The shifted operand.
        if x.mode == Mode::Constant {
            let v = x.val.clone().unwrap();
            let Some(xi) = v.to_int() else {
                let s = self.operand_str(&x, a);
                self.error(a.pos, format!("invalid operation: shifted operand {s} must be integer"));
                return Operand::invalid(id);
            };
            if y.mode == Mode::Constant {
                let n = y.val.as_ref().unwrap().as_u64().unwrap_or(u64::MAX);
                if n > 10_000 {
                    let s = self.operand_str(&y, b);
                    self.error(b.pos, format!("invalid shift count {s}"));
                    return Operand::invalid(id);
                }
                let t =
                    if x.ty == ids::UNTYPED_FLOAT || x.ty == ids::UNTYPED_COMPLEX { ids::UNTYPED_INT } else { x.ty };
                let r = Const::Int(xi).shift(op == BinOp::Shl, n).unwrap();
                let r = self.check_overflow(r, t, e);
                return Operand { mode: Mode::Constant, ty: t, val: Some(r), id };
            }
            // Non-constant shift of an untyped constant: its type comes
            // from the context; int if none.
            if self.tt.is_untyped(x.ty) {
                return Operand { mode: Mode::Value, ty: ids::UNTYPED_INT, val: None, id };
            }
        }
        if !self.all_basic(x.ty, |b| b.is_integer()) {
            let s = self.operand_str(&x, a);
            self.error(a.pos, format!("invalid operation: shifted operand {s} must be integer"));
            return Operand::invalid(id);
        }
        Operand { mode: Mode::Value, ty: x.ty, val: None, id }
    }

    // ---- helpers ----

    /// True if the (basic) underlying type satisfies `f`; for type
    /// parameters, every type in the type set must.
    pub(crate) fn all_basic(&self, t: TypeId, f: impl Fn(Basic) -> bool) -> bool {
        if self.tt.is_tparam(t) {
            return self.tparam_all(t, f);
        }
        self.tt.basic(t).is_some_and(f)
    }

    pub(crate) fn tparam_all(&self, t: TypeId, f: impl Fn(Basic) -> bool) -> bool {
        let Some(info) = self.tt.tparam_info(t) else { return false };
        let Some(iface) = self.tt.iface(info.constraint) else { return false };
        match &iface.terms {
            Some(terms) if !terms.is_empty() => terms.iter().all(|t| self.tt.basic(t.ty).is_some_and(&f)),
            _ => false,
        }
    }

    /// The core type: the underlying type, or for a type parameter the
    /// single underlying type of its type set.
    pub(crate) fn core_type(&self, t: TypeId) -> Option<TypeId> {
        if let Some(info) = self.tt.tparam_info(t) {
            let iface = self.tt.iface(info.constraint)?;
            let terms = iface.terms.as_ref()?;
            let mut u: Option<TypeId> = None;
            for term in terms {
                let x = self.tt.underlying(term.ty);
                match u {
                    None => u = Some(x),
                    Some(y) if y == x => {}
                    // Strings and byte slices share a core for some uses;
                    // keep it simple: no core type.
                    _ => return None,
                }
            }
            return u;
        }
        Some(self.tt.underlying(t))
    }

    pub(crate) fn is_generic_func(&self, x: &Operand) -> bool {
        let Some(&o) = self.info.uses.get(&x.id).or({
            // Selector (pkg.F) records the member on the selector node.
            None
        }) else {
            return self.generic_func_obj(x).is_some();
        };
        self.obj(o).func().is_some_and(|f| !f.tparams.is_empty() && f.recv_base.is_none())
    }

    pub(crate) fn generic_func_obj(&self, x: &Operand) -> Option<ObjId> {
        self.generic_of(x).map(|g| g.0)
    }

    /// The generic function (or Go 1.27 generic method) an operand names,
    /// not yet instantiated: (object, its type parameters to infer, the
    /// signature mentioning them). A method's signature is the selector's,
    /// with the receiver's type arguments already substituted.
    pub(crate) fn generic_of(&self, x: &Operand) -> Option<(ObjId, Vec<TypeId>, TypeId)> {
        if let Some(s) = self.info.selections.get(&x.id) {
            if s.kind != SelKind::Method {
                return None;
            }
            let f = self.obj(s.obj).func()?;
            return (!f.method_tparams.is_empty()).then(|| (s.obj, f.method_tparams.clone(), x.ty));
        }
        let o = *self.info.uses.get(&x.id)?;
        let f = self.obj(o).func()?;
        (!f.tparams.is_empty() && f.recv_base.is_none()).then(|| (o, f.tparams.clone(), self.obj(o).ty()))
    }

    /// `f[T1, T2]`: explicit instantiation of a generic function.
    fn func_instance(&mut self, e: &Expr, xo: &Operand, x: &Expr, idx: &[Expr]) -> Operand {
        let id = e.id;
        let Some((_, tparams, sig)) = self.generic_of(xo) else { return Operand::invalid(id) };
        let targs: Vec<TypeId> = idx.iter().map(|i| self.typ(i)).collect();
        if targs.contains(&ids::INVALID) {
            return Operand::invalid(id);
        }
        if targs.len() > tparams.len() {
            self.error(
                idx[tparams.len()].pos,
                format!("got {} type arguments but want {}", targs.len(), tparams.len()),
            );
            return Operand::invalid(id);
        }
        if targs.len() < tparams.len() {
            // Partial instantiation: the rest must be inferred at the call.
            return Operand { mode: Mode::Value, ty: xo.ty, val: None, id };
        }
        let at: Vec<ast::Pos> = idx.iter().map(|a| a.pos).collect();
        if !self.verify_targs(&tparams, &targs, e.pos, &at) {
            return Operand::invalid(id);
        }
        let t = self.subst(sig, &tparams, &targs);
        self.info.instances.insert(x.id, targs.clone());
        self.info.instances.insert(id, targs);
        Operand { mode: Mode::Value, ty: t, val: None, id }
    }

    /// Source-like rendering of an expression, as gc shows it in messages.
    /// `undefined: pkg.name`, with types2's hint when an exported name of
    /// the package differs only in case (`fmt.println (but have Println)`).
    pub(crate) fn undefined_qualified(&mut self, pos: ast::Pos, pname: &str, scope: ScopeId, name: &str) {
        let lower = name.to_lowercase();
        let mut have: Vec<&ast::Name> = self.scopes[scope.0 as usize]
            .names
            .keys()
            .filter(|n| super::typexpr::is_exported(n) && n.to_lowercase() == lower)
            .collect();
        have.sort();
        let msg = match have.first() {
            Some(h) => format!("undefined: {pname}.{name} (but have {h})"),
            None => format!("undefined: {pname}.{name}"),
        };
        self.error(pos, msg);
    }

    /// The `[` before position `p` (an index expression's first index),
    /// where types2 reports errors about the indexing itself.
    pub(crate) fn lbrack_before(&self, p: ast::Pos) -> ast::Pos {
        let text = self.fs.files[self.file as usize].text.as_bytes();
        let mut i = (p as usize).min(text.len());
        while i > 0 {
            i -= 1;
            match text[i] {
                b'[' => return i as ast::Pos,
                b' ' | b'\t' | b'\n' | b'\r' => {}
                _ => break,
            }
        }
        p
    }

    /// types2's kindString: what kind of type an operator is not defined
    /// on ("struct", "interface"...), or the type itself.
    pub(crate) fn kind_string(&self, t: TypeId) -> String {
        if self.tt.is_tparam(t) {
            return format!("type parameter {}", self.tstr(t));
        }
        match self.tt.under(t) {
            TypeKind::Array(..) => "array".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Func(_) => "func".into(),
            TypeKind::Interface(_) => "interface".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            _ => self.tstr(t),
        }
    }

    /// `a op b`, or `a op= b` for an assignment operation (where `e`, the
    /// operation's expression, is the lhs `a` itself).
    fn binary_str(&self, e: &Expr, op: BinOp, a: &Expr, b: &Expr) -> String {
        if e.id == a.id {
            format!("{} {}= {}", self.expr_str(a), binop_str(op), self.expr_str(b))
        } else {
            self.expr_str(e)
        }
    }

    pub(crate) fn expr_str(&self, e: &Expr) -> String {
        let mut s = String::new();
        write_expr(&mut s, e, 0);
        s
    }

    /// `x (variable of type int)` and friends.
    pub(crate) fn operand_str(&self, x: &Operand, e: &Expr) -> String {
        let es = self.expr_str(e);
        if x.is_nil() {
            return "nil".into();
        }
        let mut s = format!("{es} (");
        let mut has_type = false;
        if !matches!(x.mode, Mode::Invalid | Mode::NoValue | Mode::Builtin | Mode::TypeExpr) {
            if self.tt.is_untyped(x.ty) {
                s.push_str(self.tt.basic(x.ty).unwrap().name());
                s.push(' ');
            } else {
                has_type = true;
            }
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if x.mode == Mode::Constant {
            if let Some(v) = &x.val {
                let vs = v.display();
                if vs != es {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if has_type {
            let mut desc = String::new();
            if matches!(self.tt.kind(x.ty), TypeKind::Named(_)) {
                let what = match self.tt.under(x.ty) {
                    TypeKind::Array(..) => "array",
                    TypeKind::Slice(_) => "slice",
                    TypeKind::Struct(_) => "struct",
                    TypeKind::Pointer(_) => "pointer",
                    TypeKind::Func(_) => "func",
                    TypeKind::Interface(_) => "interface",
                    TypeKind::Map(..) => "map",
                    TypeKind::Chan(..) => "chan",
                    TypeKind::Basic(b) => b.name(),
                    _ => "",
                };
                if !what.is_empty() {
                    desc = format!("{what} ");
                }
            }
            s.push_str(&format!(" of {desc}type {}", self.tstr(x.ty)));
            if let Some(info) = self.tt.tparam_info(x.ty) {
                s.push_str(&format!(" constrained by {}", self.tstr(info.constraint)));
            }
        }
        s.push(')');
        s
    }
}

pub(crate) fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

pub(crate) fn is_comparison(op: BinOp) -> bool {
    matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
}

pub(crate) fn binop_str(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Rem => "%",
        And => "&",
        Or => "|",
        Xor => "^",
        Shl => "<<",
        Shr => ">>",
        AndNot => "&^",
        LAnd => "&&",
        LOr => "||",
        Eq => "==",
        Ne => "!=",
        Lt => "<",
        Le => "<=",
        Gt => ">",
        Ge => ">=",
    }
}

fn write_expr(s: &mut String, e: &Expr, depth: u32) {
    if depth > 30 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::BasicLit(_, raw) => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, d);
            }
            s.push('{');
            if !elts.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::KeyValue(k, v) => {
            write_expr(s, k, d);
            s.push_str(": ");
            write_expr(s, v, d);
        }
        ExprKind::FuncLit(lit) => {
            s.push_str("func");
            write_functype(s, &lit.sig, d);
            s.push_str(if lit.body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, idx) => {
            write_expr(s, x, d);
            s.push('[');
            for (i, e) in idx.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, e, d);
            }
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, three } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, d);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m, d);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(s, x, d);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { fun, args, ellipsis, .. } => {
            write_expr(s, fun, d);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(match op {
                UnOp::Pos => "+",
                UnOp::Neg => "-",
                UnOp::Not => "!",
                UnOp::Xor => "^",
                UnOp::Addr => "&",
                UnOp::Recv => "<-",
                UnOp::Tilde => "~",
            });
            write_expr(s, x, d);
        }
        ExprKind::Binary(op, a, b) => {
            write_expr(s, a, d);
            s.push(' ');
            s.push_str(binop_str(*op));
            s.push(' ');
            write_expr(s, b, d);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, d);
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            if let Some(x) = x {
                write_expr(s, x, d);
            }
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                let names: Vec<&str> = f.names.iter().map(|n| &*n.name).collect();
                if !names.is_empty() {
                    s.push_str(&names.join(", "));
                    s.push(' ');
                }
                write_expr(s, &f.ty, d);
            }
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_functype(s, ft, d);
        }
        ExprKind::InterfaceType(elems) => {
            if elems.is_empty() {
                s.push_str("interface{}");
            } else {
                s.push_str("interface{…}");
            }
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k, d);
            s.push(']');
            write_expr(s, v, d);
        }
        ExprKind::ChanType(dir, el) => {
            s.push_str(match dir {
                ast::ChanDir::Both => "chan ",
                ast::ChanDir::Send => "chan<- ",
                ast::ChanDir::Recv => "<-chan ",
            });
            write_expr(s, el, d);
        }
        ExprKind::Bad => s.push_str("BadExpr"),
    }
}

fn write_functype(s: &mut String, ft: &ast::FuncType, d: u32) {
    s.push('(');
    for (i, f) in ft.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let names: Vec<&str> = f.names.iter().map(|n| &*n.name).collect();
        if !names.is_empty() {
            s.push_str(&names.join(", "));
            s.push(' ');
        }
        write_expr(s, &f.ty, d);
    }
    s.push(')');
    if !ft.results.is_empty() {
        s.push(' ');
        let paren = ft.results.len() > 1 || !ft.results[0].names.is_empty();
        if paren {
            s.push('(');
        }
        for (i, f) in ft.results.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            let names: Vec<&str> = f.names.iter().map(|n| &*n.name).collect();
            if !names.is_empty() {
                s.push_str(&names.join(", "));
                s.push(' ');
            }
            write_expr(s, &f.ty, d);
        }
        if paren {
            s.push(')');
        }
    }
}
