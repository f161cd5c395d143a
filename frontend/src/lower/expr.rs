//! Lowering expressions: constants, variables, places, operators, literals,
//! indexing, slicing and implicit conversions.

use super::func::{FnLower, Place, Vals};
use crate::ast::{self, BinOp as GoOp, Expr, ExprKind, UnOp};
use crate::check::{Mode, SelKind};
use crate::constant::Const;
use crate::objects::*;
use crate::types::{ids, Basic, TypeId, TypeKind};
use ir::{BinOp, FloatCC, IntCC, MemType, Type, UnOp as IrUn, Value};
use runtime::panic::bounds;

impl FnLower<'_, '_> {
    // ---- entry points ----

    /// The value of an expression, as flat words of its own type. Values
    /// of memory-form types are pointers that may alias their source.
    pub fn expr(&mut self, e: &Expr) -> Vals {
        if let Some(tv) = self.l.p.info.types.get(&e.id) {
            if let (Some(v), Mode::Constant) = (tv.val.clone(), tv.mode) {
                let t = self.ty(e);
                return self.const_vals(&v, t);
            }
        }
        if let Some(v) = self.hoisted(e) {
            return v;
        }
        self.set_pos(e.pos);
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => self.ident_value(e),
            ExprKind::FuncLit(lit) => vec![self.closure(e, lit)],
            ExprKind::CompositeLit { .. } => self.composite(e),
            ExprKind::Selector(x, sel) => self.selector_value(e, x, sel),
            ExprKind::Index(x, idx) => self.index_value(e, x, idx),
            ExprKind::Slice { x, lo, hi, max, three } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three)
            }
            ExprKind::TypeAssert(x, _) => {
                let t = self.ty(e);
                self.type_assert(x, t, false).0
            }
            ExprKind::Call { .. } => {
                let (v, _) = self.call_expr(e);
                v
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)[0];
                self.b.nil_check(p);
                let t = self.ty(e);
                self.load(p, 0, t)
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b),
            _ => {
                self.err(e.pos, "mvm: internal error: unexpected expression");
                vec![]
            }
        }
    }

    /// Evaluates for side effects only.
    pub fn expr_discard(&mut self, e: &Expr) {
        if let ExprKind::Call { .. } = &e.kind {
            self.call_expr(e);
        } else if let ExprKind::Paren(x) = &e.kind {
            self.expr_discard(x);
        } else {
            self.expr(e);
        }
    }

    /// The value converted (implicitly, as assignment does) to `t`.
    pub fn expr_to(&mut self, e: &Expr, t: TypeId) -> Vals {
        let et = self.ty(e);
        let v = self.expr(e);
        self.convert_to(v, et, t)
    }

    /// Like `expr_to`, with memory-form values owned by the caller.
    pub fn expr_owned_to(&mut self, e: &Expr, t: TypeId) -> Vals {
        let v = self.expr_to(e, t);
        let fresh = is_fresh(e) && !self.is_conversion(crate::check::strip_parens_pub(e));
        self.own_unless_fresh(v, t, fresh)
    }

    /// Implicit conversion of a value of type `from` to type `to`.
    pub fn convert_to(&mut self, v: Vals, from: TypeId, to: TypeId) -> Vals {
        if from == to || to == ids::INVALID {
            return v;
        }
        let to_iface = self.l.p.tt.is_interface(to);
        if from == ids::UNTYPED_NIL {
            return self.zero(to);
        }
        if to_iface {
            if self.l.p.tt.is_interface(from) {
                return self.iface_to_iface(v, from, to);
            }
            return self.value_to_iface(v, from, to);
        }
        v
    }

    // ---- constants ----

    pub fn const_vals(&mut self, c: &Const, t: TypeId) -> Vals {
        let t = if self.l.p.tt.is_interface(t) { self.const_default(c) } else { t };
        let b = self.l.basic(t);
        match c {
            Const::Bool(x) => vec![self.iconst(*x as i64)],
            Const::String(s) => self.string_const(s),
            _ => match b {
                Some(b) if b.is_complex() => {
                    let (re, im) = c.as_complex();
                    let (re, im) = if b == Basic::Complex64 { (re as f32 as f64, im as f32 as f64) } else { (re, im) };
                    vec![self.b.fconst(re), self.b.fconst(im)]
                }
                Some(b) if b.is_float() => {
                    let f = c.as_f64();
                    let f = if b == Basic::Float32 { f as f32 as f64 } else { f };
                    vec![self.b.fconst(f)]
                }
                _ => {
                    let w = match c.to_int() {
                        Some(i) => crate::constant::int_to_word(&i),
                        None => c.as_f64() as i64 as u64,
                    };
                    vec![self.iconst(w as i64)]
                }
            },
        }
    }

    fn const_default(&self, c: &Const) -> TypeId {
        match c {
            Const::Bool(_) => ids::BOOL,
            Const::Int(_) => ids::INT,
            Const::Float(_) => ids::FLOAT64,
            Const::Complex(..) => ids::COMPLEX128,
            Const::String(_) => ids::STRING,
        }
    }

    pub fn string_const(&mut self, s: &[u8]) -> Vals {
        if s.is_empty() {
            return vec![self.iconst(0), self.iconst(0)];
        }
        let sym = self.l.string_sym(s);
        let p = self.b.sym_addr(sym);
        let n = self.iconst(s.len() as i64);
        vec![p, n]
    }

    // ---- identifiers ----

    fn ident_value(&mut self, e: &Expr) -> Vals {
        let Some(&o) = self.l.p.info.uses.get(&e.id) else {
            self.err(e.pos, "mvm: internal error: unresolved identifier");
            return vec![];
        };
        match &self.l.p.obj(o).kind {
            ObjKind::Var(_) => {
                let p = self.var_place(o, e.pos);
                self.read_place(&p)
            }
            ObjKind::Nil => {
                let t = self.ty(e);
                self.zero(t)
            }
            ObjKind::Func(_) => {
                let targs = self.instance_targs(e.id);
                vec![self.func_value(o, &targs)]
            }
            _ => {
                self.err(e.pos, "mvm: internal error: identifier is not a value");
                vec![]
            }
        }
    }

    /// Type arguments recorded for a generic function reference.
    pub fn instance_targs(&mut self, id: ast::NodeId) -> Vec<TypeId> {
        let targs = self.l.p.info.instances.get(&id).cloned().unwrap_or_default();
        targs.into_iter().map(|t| self.t(t)).collect()
    }

    // ---- places ----

    /// The location an addressable (or map index) expression denotes.
    pub fn place(&mut self, e: &Expr) -> Place {
        self.set_pos(e.pos);
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(n) => {
                if &**n == "_" {
                    return Place::Blank;
                }
                let o = self.l.p.info.uses.get(&e.id).or_else(|| self.l.p.info.defs.get(&e.id)).copied();
                match o {
                    Some(o) => self.var_place(o, e.pos),
                    None => Place::Blank,
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)[0];
                self.b.nil_check(p);
                let t = self.ty(e);
                Place::Mem { addr: p, off: 0, ty: t }
            }
            ExprKind::Selector(x, _) => {
                let Some(sel) = self.l.p.info.selections.get(&e.id).cloned() else {
                    // Qualified identifier: a package-level variable.
                    let o = match &e.kind {
                        ExprKind::Selector(_, s) => self.l.p.info.uses.get(&s.id).copied(),
                        _ => None,
                    };
                    return match o {
                        Some(o) => self.var_place(o, e.pos),
                        None => Place::Blank,
                    };
                };
                self.field_place(x, &sel)
            }
            ExprKind::Index(x, idx) => {
                let xt = self.ty(x);
                match self.l.p.tt.under(xt).clone() {
                    TypeKind::Map(..) => {
                        let m = self.expr(x)[0];
                        let kt = self.l.p.tt.under(xt).clone();
                        let TypeKind::Map(k, _) = kt else { unreachable!() };
                        let key = self.expr_to(&idx[0], k);
                        Place::Map { mt: xt, m, key }
                    }
                    _ => self.index_place(e, x, &idx[0]),
                }
            }
            _ => {
                // Not addressable: a temporary (e.g. a call result).
                let t = self.ty(e);
                let v = self.expr(e);
                let f = self.flat(t);
                if f.mem {
                    return Place::Mem { addr: v[0], off: 0, ty: t };
                }
                let cell = self.alloc_type(t);
                self.store(cell, 0, t, &v);
                Place::Mem { addr: cell, off: 0, ty: t }
            }
        }
    }

    /// The place of a field selection `x.f` (through embedded fields).
    fn field_place(&mut self, x: &Expr, sel: &crate::check::Selection) -> Place {
        let xt = self.t(sel.recv);
        let mut place = if matches!(self.l.p.tt.under(xt), TypeKind::Pointer(_)) {
            let p = self.expr(x)[0];
            self.b.nil_check(p);
            let base = self.l.p.tt.elem(xt);
            Place::Mem { addr: p, off: 0, ty: base }
        } else {
            self.place(x)
        };
        for &i in &sel.path {
            place = self.field_of(place, i);
        }
        place
    }

    /// Field `i` of a struct-typed place; follows pointers for embedded
    /// pointer fields.
    pub fn field_of(&mut self, place: Place, i: usize) -> Place {
        let t = self.place_type(&place);
        let (st, place) = match self.l.p.tt.under(t).clone() {
            TypeKind::Pointer(b) => {
                let p = self.read_place(&place)[0];
                self.b.nil_check(p);
                (b, Place::Mem { addr: p, off: 0, ty: b })
            }
            _ => (t, place),
        };
        let ft = match self.l.p.tt.under(st) {
            TypeKind::Struct(fs) => fs[i].ty,
            _ => return Place::Blank,
        };
        let ft = self.t(ft);
        match place {
            Place::Var { obj, first, ty } if !self.flat(ty).mem => {
                let (start, _) = self.l.field_words(ty, i);
                Place::Var { obj, first: first + start, ty: ft }
            }
            Place::Mem { addr, off, .. } => {
                let fo = self.l.field_offset(st, i) as i32;
                Place::Mem { addr, off: off + fo, ty: ft }
            }
            p @ Place::Var { .. } => {
                let addr = self.place_addr(&p).unwrap();
                let fo = self.l.field_offset(st, i) as i32;
                Place::Mem { addr, off: fo, ty: ft }
            }
            Place::Map { mt, m, key } => {
                // Only readable (x.f of a map element value).
                let v = self.map_get(mt, m, &key);
                let vt = self.l.p.tt.elem(mt);
                let cell = self.alloc_type(vt);
                let n = v.len() - 1;
                self.store(cell, 0, vt, &v[..n]);
                let fo = self.l.field_offset(st, i) as i32;
                Place::Mem { addr: cell, off: fo, ty: ft }
            }
            Place::Blank => Place::Blank,
        }
    }

    fn index_place(&mut self, e: &Expr, x: &Expr, i: &Expr) -> Place {
        let xt = self.ty(x);
        let et = self.ty(e);
        let esize = self.l.size_of(et) as i64;
        match self.l.p.tt.under(xt).clone() {
            TypeKind::Slice(_) => {
                let s = self.expr(x);
                let idx = self.index_operand(i);
                self.b.bounds_check(idx, s[1]);
                let addr = self.elem_addr(s[0], idx, esize);
                Place::Mem { addr, off: 0, ty: et }
            }
            TypeKind::Array(n, _) => {
                let base = self.place(x);
                let idx = self.index_operand(i);
                let len = self.iconst(n as i64);
                if !self.is_const(i) {
                    self.b.bounds_check(idx, len);
                }
                let addr = match self.place_addr(&base) {
                    Some(a) => a,
                    None => self.read_place(&base)[0],
                };
                let addr = self.elem_addr(addr, idx, esize);
                Place::Mem { addr, off: 0, ty: et }
            }
            TypeKind::Pointer(p) => {
                let TypeKind::Array(n, _) = self.l.p.tt.under(p).clone() else { return Place::Blank };
                let base = self.expr(x)[0];
                let idx = self.index_operand(i);
                let len = self.iconst(n as i64);
                self.b.nil_check(base);
                if !self.is_const(i) {
                    self.b.bounds_check(idx, len);
                }
                let addr = self.elem_addr(base, idx, esize);
                Place::Mem { addr, off: 0, ty: et }
            }
            _ => Place::Blank,
        }
    }

    /// An index value as a 64-bit integer (signed types are checked for
    /// negativity by the unsigned bounds check).
    fn index_operand(&mut self, i: &Expr) -> Value {
        self.expr(i)[0]
    }

    pub fn elem_addr(&mut self, base: Value, idx: Value, esize: i64) -> Value {
        if esize == 0 {
            return base;
        }
        let off = if esize == 1 {
            idx
        } else {
            let s = self.iconst(esize);
            self.b.binary(BinOp::Imul, idx, s)
        };
        self.b.binary(BinOp::Iadd, base, off)
    }

    fn index_value(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> Vals {
        // Instantiation of a generic function used as a value.
        if self.l.p.info.types.get(&x.id).is_some_and(|t| t.mode == Mode::Value)
            && self.l.p.info.instances.contains_key(&x.id)
        {
            // `v.M[T]`: a bound generic method (Go 1.27).
            if let ExprKind::Selector(recv, _) = &x.kind {
                if let Some(s) = self.l.p.info.selections.get(&x.id).cloned() {
                    if s.kind == SelKind::Method {
                        return vec![self.method_value(x, recv, &s)];
                    }
                }
            }
            if let ExprKind::Ident(_) | ExprKind::Selector(..) = x.kind {
                let o = match &x.kind {
                    ExprKind::Ident(_) => self.l.p.info.uses.get(&x.id).copied(),
                    ExprKind::Selector(_, s) => self.l.p.info.uses.get(&s.id).copied(),
                    _ => None,
                };
                if let Some(o) = o {
                    if self.l.p.obj(o).func().is_some() {
                        let targs = self.instance_targs(x.id);
                        return vec![self.func_value(o, &targs)];
                    }
                }
            }
        }
        let xt = self.ty(x);
        match self.l.p.tt.under(xt).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                let s = self.expr(x);
                let i = self.index_operand(&idx[0]);
                self.b.bounds_check(i, s[1]);
                let addr = self.b.binary(BinOp::Iadd, s[0], i);
                vec![self.b.load(MemType::U8, addr, 0)]
            }
            TypeKind::Map(k, _) => {
                let m = self.expr(x)[0];
                let key = self.expr_to(&idx[0], k);
                let mut v = self.map_get(xt, m, &key);
                v.pop();
                v
            }
            _ => {
                let p = self.place(e);
                self.read_place(&p)
            }
        }
    }

    // ---- selectors ----

    fn selector_value(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident) -> Vals {
        let Some(s) = self.l.p.info.selections.get(&e.id).cloned() else {
            // Qualified identifier.
            let Some(&o) = self.l.p.info.uses.get(&sel.id) else { return vec![] };
            return match &self.l.p.obj(o).kind {
                ObjKind::Var(_) => {
                    let p = self.var_place(o, e.pos);
                    self.read_place(&p)
                }
                ObjKind::Func(_) => {
                    let targs = self.instance_targs(e.id);
                    let targs = if targs.is_empty() { self.instance_targs(sel.id) } else { targs };
                    vec![self.func_value(o, &targs)]
                }
                _ => vec![],
            };
        };
        match s.kind {
            SelKind::Field => {
                let p = self.field_place(x, &s);
                self.read_place(&p)
            }
            SelKind::Method => vec![self.method_value(e, x, &s)],
            SelKind::MethodExpr => vec![self.method_expr(e, &s)],
        }
    }

    // ---- composite literals ----

    fn composite(&mut self, e: &Expr) -> Vals {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else { return vec![] };
        let t = self.ty(e);
        // A literal whose type was elided as &T{...}.
        if let TypeKind::Pointer(b) = self.l.p.tt.under(t).clone() {
            let b = self.t(b);
            let v = self.composite_of(b, elts, e);
            let cell = self.alloc_type(b);
            self.store(cell, 0, b, &v);
            return vec![cell];
        }
        self.composite_of(t, elts, e)
    }

    fn composite_of(&mut self, t: TypeId, elts: &[Expr], e: &Expr) -> Vals {
        match self.l.p.tt.under(t).clone() {
            TypeKind::Struct(fields) => {
                let items = super::repr::struct_paths(self.l.p, &fields, elts);
                let f = self.flat(t);
                if f.mem {
                    let p = self.alloc_type(t);
                    for (path, v) in items {
                        let (off, ft) = self.field_path(t, &path);
                        let val = self.expr_to(v, ft);
                        self.store(p, off as i32, ft, &val);
                    }
                    return vec![p];
                }
                // Element expressions are evaluated in source order, then
                // placed (a key may name a promoted field: Go 1.27).
                let mut vals = Vec::new();
                for (path, v) in &items {
                    let (_, ft) = self.field_path(t, path);
                    vals.push((path.clone(), self.expr_owned_to(v, ft)));
                }
                self.assemble_struct(t, &vals)
            }
            TypeKind::Array(n, et) => {
                let et = self.t(et);
                let p = self.alloc_type(t);
                let esize = self.l.size_of(et) as i64;
                for (idx, v) in self.indexed_elems(elts) {
                    if idx >= n as i64 {
                        continue;
                    }
                    let val = self.expr_to(v, et);
                    self.store(p, (idx * esize) as i32, et, &val);
                }
                vec![p]
            }
            TypeKind::Slice(et) => {
                let et = self.t(et);
                let items = self.indexed_elems(elts);
                let n = items.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let esize = self.l.size_of(et) as i64;
                let td = self.tdesc_val(et);
                let len = self.iconst(n);
                let p = self.native("make_slice", &[td, len, len], &[Type::I64])[0];
                for (idx, v) in items {
                    let val = self.expr_to(v, et);
                    let off = idx * esize;
                    if off < i32::MAX as i64 {
                        self.store(p, off as i32, et, &val);
                    } else {
                        let o = self.iconst(off);
                        let a = self.b.binary(BinOp::Iadd, p, o);
                        self.store(a, 0, et, &val);
                    }
                }
                vec![p, len, len]
            }
            TypeKind::Map(kt, vt) => {
                let (kt, vt) = (self.t(kt), self.t(vt));
                let mtd = self.tdesc_val(t);
                let hint = self.iconst(elts.len() as i64);
                let m = self.native("make_map", &[mtd, hint], &[Type::I64])[0];
                // As gc: the static entries first, then each dynamic one
                // as the assignment m[k] = v.
                let (statics, dynamics): (Vec<&Expr>, Vec<&Expr>) =
                    elts.iter().partition(|el| crate::order::is_static_entry(self.l.p, el));
                for el in statics.into_iter().chain(dynamics) {
                    let ExprKind::KeyValue(k, v) = &el.kind else { continue };
                    let points = crate::order::map_entry_points(self, t, k, v);
                    let keys = self.hoist(&points);
                    let kv = self.expr_to(k, kt);
                    let vv = self.expr_to(v, vt);
                    self.forget(keys);
                    self.map_set(t, m, &kv, &vv);
                }
                vec![m]
            }
            _ => {
                self.err(e.pos, "mvm: internal error: composite literal type");
                vec![]
            }
        }
    }

    /// Byte offset and type of the field at `path` in struct type `t`.
    fn field_path(&mut self, t: TypeId, path: &[usize]) -> (u64, TypeId) {
        let (mut off, mut cur) = (0, t);
        for &i in path {
            off += self.l.field_offset(cur, i);
            cur = match self.l.p.tt.under(cur) {
                TypeKind::Struct(fs) => fs[i].ty,
                _ => return (off, ids::INVALID),
            };
            cur = self.t(cur);
        }
        (off, cur)
    }

    /// The words of a (register-form) struct value from field values at
    /// paths; missing fields are zero.
    fn assemble_struct(&mut self, t: TypeId, vals: &[(Vec<usize>, Vals)]) -> Vals {
        let TypeKind::Struct(fields) = self.l.p.tt.under(t).clone() else { return vec![] };
        let mut out = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            let ft = self.t(f.ty);
            if let Some((_, v)) = vals.iter().find(|(p, _)| p.as_slice() == [i]) {
                out.extend(v.iter().copied());
                continue;
            }
            let inner: Vec<(Vec<usize>, Vals)> = vals
                .iter()
                .filter(|(p, _)| p.len() > 1 && p[0] == i)
                .map(|(p, v)| (p[1..].to_vec(), v.clone()))
                .collect();
            if inner.is_empty() {
                out.extend(self.zero(ft));
            } else {
                out.extend(self.assemble_struct(ft, &inner));
            }
        }
        out
    }

    fn indexed_elems<'e>(&self, elts: &'e [Expr]) -> Vec<(i64, &'e Expr)> {
        let mut out = Vec::new();
        let mut i = 0i64;
        for el in elts {
            let v = match &el.kind {
                ExprKind::KeyValue(k, v) => {
                    if let Some(c) = self.l.p.info.types.get(&k.id).and_then(|t| t.val.clone()) {
                        i = c.as_i64().unwrap_or(i);
                    }
                    &**v
                }
                _ => el,
            };
            out.push((i, v));
            i += 1;
        }
        out
    }

    // ---- slicing ----

    fn slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        three: bool,
    ) -> Vals {
        let xt = self.ty(x);
        let rt = self.ty(e);
        let (base, len, cap, is_string, esize, cap_code) = match self.l.p.tt.under(xt).clone() {
            TypeKind::Basic(_) => {
                let s = self.expr(x);
                (s[0], s[1], s[1], true, 1, bounds::SLICE_ALEN)
            }
            TypeKind::Slice(et) => {
                let s = self.expr(x);
                let et2 = self.t(et);
                let es = self.l.size_of(et2) as i64;
                (s[0], s[1], s[2], false, es, bounds::SLICE_ACAP)
            }
            TypeKind::Array(n, et) => {
                let p = self.place(x);
                let a = match self.place_addr(&p) {
                    Some(a) => a,
                    None => self.read_place(&p)[0],
                };
                let l = self.iconst(n as i64);
                let et2 = self.t(et);
                let es = self.l.size_of(et2) as i64;
                (a, l, l, false, es, bounds::SLICE_ALEN)
            }
            TypeKind::Pointer(p) => {
                let TypeKind::Array(n, et) = self.l.p.tt.under(p).clone() else { return vec![] };
                let a = self.expr(x)[0];
                self.b.nil_check(a);
                let l = self.iconst(n as i64);
                let et2 = self.t(et);
                let es = self.l.size_of(et2) as i64;
                (a, l, l, false, es, bounds::SLICE_ALEN)
            }
            _ => return vec![],
        };
        let lo_v = match lo {
            Some(l) => self.expr(l)[0],
            None => self.iconst(0),
        };
        let hi_v = match hi {
            Some(h) => self.expr(h)[0],
            None => len,
        };
        let max_v = match max {
            Some(m) => self.expr(m)[0],
            None => cap,
        };
        // Checks in Go's order: max <= cap, hi <= max, lo <= hi.
        if three {
            let code = if cap_code == bounds::SLICE_ACAP { bounds::SLICE3_ACAP } else { bounds::SLICE3_ALEN };
            self.bounds_fail_if(IntCC::Ugt, max_v, cap, code, max_v, cap);
            self.bounds_fail_if(IntCC::Ugt, hi_v, max_v, bounds::SLICE3_B, hi_v, max_v);
            self.bounds_fail_if(IntCC::Ugt, lo_v, hi_v, bounds::SLICE3_C, lo_v, hi_v);
        } else {
            let limit = if is_string { len } else { cap };
            if hi.is_some() || !is_string {
                self.bounds_fail_if(IntCC::Ugt, hi_v, limit, cap_code, hi_v, limit);
            }
            self.bounds_fail_if(IntCC::Ugt, lo_v, hi_v, bounds::SLICE_B, lo_v, hi_v);
        }
        let new_len = self.b.binary(BinOp::Isub, hi_v, lo_v);
        // Keep the base pointer when the result is empty so it never
        // points past the end of its object.
        let es = self.iconst(esize);
        let off = self.b.binary(BinOp::Imul, lo_v, es);
        let moved = self.b.binary(BinOp::Iadd, base, off);
        if is_string {
            let zero = self.iconst(0);
            let empty = self.b.icmp(IntCC::Eq, new_len, zero);
            let p = self.b.select(empty, base, moved);
            let _ = rt;
            return vec![p, new_len];
        }
        let new_cap = self.b.binary(BinOp::Isub, max_v, lo_v);
        let zero = self.iconst(0);
        let empty = self.b.icmp(IntCC::Eq, new_cap, zero);
        let p = self.b.select(empty, base, moved);
        vec![p, new_len, new_cap]
    }

    /// Panics with a bounds error `code` when `a cc b` holds.
    pub fn bounds_fail_if(&mut self, cc: IntCC, a: Value, b: Value, code: u64, x: Value, y: Value) {
        if let (Some(ca), Some(cb)) = (self.b.func.iconst_value(a), self.b.func.iconst_value(b)) {
            if !cc.eval(ca, cb) {
                return;
            }
        }
        let bad = self.b.icmp(cc, a, b);
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.brif(bad, fail, vec![], ok, vec![]);
        self.b.seal_block(fail);
        self.b.seal_block(ok);
        self.b.switch_to_block(fail);
        let c = self.iconst(code as i64);
        self.native("panic_bounds", &[c, x, y], &[]);
        if !self.b.is_terminated() {
            self.b.unreachable();
        }
        self.b.switch_to_block(ok);
    }

    // ---- operators ----

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr) -> Vals {
        let t = self.ty(e);
        match op {
            UnOp::Pos => self.expr(x),
            UnOp::Neg => {
                let v = self.expr(x);
                match self.l.basic(t) {
                    Some(b) if b.is_float() => vec![self.b.unary(IrUn::Fneg, v[0])],
                    Some(b) if b.is_complex() => vec![self.b.unary(IrUn::Fneg, v[0]), self.b.unary(IrUn::Fneg, v[1])],
                    _ => {
                        let r = self.b.unary(IrUn::Ineg, v[0]);
                        vec![self.normalize(t, r)]
                    }
                }
            }
            UnOp::Xor => {
                let v = self.expr(x);
                let r = self.b.unary(IrUn::Inot, v[0]);
                vec![self.normalize(t, r)]
            }
            UnOp::Not => {
                let v = self.expr(x);
                let one = self.iconst(1);
                vec![self.b.binary(BinOp::Xor, v[0], one)]
            }
            UnOp::Addr => {
                let inner = crate::check::strip_parens_pub(x);
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    let bt = self.ty(inner);
                    let v = self.expr(inner);
                    if self.flat(bt).mem {
                        return v; // already a fresh object
                    }
                    let cell = self.alloc_type(bt);
                    self.store(cell, 0, bt, &v);
                    return vec![cell];
                }
                let p = self.place(x);
                match self.place_addr(&p) {
                    Some(a) => vec![a],
                    None => {
                        self.err(e.pos, "mvm: internal error: address of a non-memory variable");
                        vec![self.iconst(0)]
                    }
                }
            }
            UnOp::Recv => {
                let ct = self.ty(x);
                let c = self.expr(x)[0];
                self.chan_recv(c, ct).0
            }
            UnOp::Tilde => vec![],
        }
    }

    fn binary(&mut self, e: &Expr, op: GoOp, a: &Expr, b: &Expr) -> Vals {
        match op {
            GoOp::LAnd | GoOp::LOr => {
                // Each operand is evaluated on its own, in gc's order.
                let x = self.ordered_expr(a, None)[0];
                let rhs = self.b.create_block();
                let done = self.b.create_block();
                let r = self.b.append_block_param(done, Type::I64);
                if op == GoOp::LAnd {
                    self.b.brif(x, rhs, vec![], done, vec![x]);
                } else {
                    self.b.brif(x, done, vec![x], rhs, vec![]);
                }
                self.b.seal_block(rhs);
                self.b.switch_to_block(rhs);
                let y = self.ordered_expr(b, None)[0];
                self.b.jump(done, vec![y]);
                self.b.seal_block(done);
                self.b.switch_to_block(done);
                vec![r]
            }
            GoOp::Eq | GoOp::Ne | GoOp::Lt | GoOp::Le | GoOp::Gt | GoOp::Ge => {
                let (at, bt) = (self.ty(a), self.ty(b));
                let x = self.expr(a);
                let y = self.expr(b);
                vec![self.compare_mixed(op, x, at, y, bt)]
            }
            GoOp::Shl | GoOp::Shr => {
                let t = self.ty(e);
                let ct = self.ty(b);
                let x = self.expr_to(a, t);
                let c = self.expr(b)[0];
                self.shift(op, t, &x, c, ct, e.pos)
            }
            GoOp::Add if self.is_string_expr(e) => {
                let mut parts = Vec::new();
                collect_concat(e, &mut parts, self);
                let mut args = vec![self.iconst(parts.len() as i64)];
                for p in parts {
                    args.extend(self.expr(p));
                }
                self.native("str_concat", &args, &[Type::I64, Type::I64])
            }
            _ => {
                let t = self.ty(e);
                let x = self.expr_to(a, t);
                let y = self.expr_to(b, t);
                self.arith(op, t, &x, &y, e.pos)
            }
        }
    }

    /// Narrow integers are kept sign- or zero-extended; float32 rounded.
    pub fn normalize(&mut self, t: TypeId, v: Value) -> Value {
        let op = match self.l.basic(t) {
            Some(Basic::Int8) => IrUn::Sext8,
            Some(Basic::Int16) => IrUn::Sext16,
            Some(Basic::Int32) => IrUn::Sext32,
            Some(Basic::Uint8) => IrUn::Zext8,
            Some(Basic::Uint16) => IrUn::Zext16,
            Some(Basic::Uint32) => IrUn::Zext32,
            Some(Basic::Float32) => IrUn::Fround32,
            _ => return v,
        };
        self.b.unary(op, v)
    }

    /// `x op y` for arithmetic and bitwise operators on values of type t.
    pub fn arith(&mut self, op: GoOp, t: TypeId, x: &[Value], y: &[Value], pos: ast::Pos) -> Vals {
        let b = self.l.basic(t).unwrap_or(Basic::Int);
        if b.is_string() {
            let n = self.iconst(2);
            return self.native("str_concat", &[n, x[0], x[1], y[0], y[1]], &[Type::I64, Type::I64]);
        }
        if b.is_complex() {
            return self.complex_arith(op, b, x, y);
        }
        if b.is_float() {
            let fop = match op {
                GoOp::Add => BinOp::Fadd,
                GoOp::Sub => BinOp::Fsub,
                GoOp::Mul => BinOp::Fmul,
                GoOp::Div => BinOp::Fdiv,
                _ => {
                    self.err(pos, "mvm: internal error: float operator");
                    return vec![x[0]];
                }
            };
            let r = self.b.binary(fop, x[0], y[0]);
            return vec![self.normalize(t, r)];
        }
        let signed = !b.is_unsigned();
        let r = match op {
            GoOp::Add => self.b.binary(BinOp::Iadd, x[0], y[0]),
            GoOp::Sub => self.b.binary(BinOp::Isub, x[0], y[0]),
            GoOp::Mul => self.b.binary(BinOp::Imul, x[0], y[0]),
            GoOp::Div => self.b.binary(if signed { BinOp::Sdiv } else { BinOp::Udiv }, x[0], y[0]),
            GoOp::Rem => self.b.binary(if signed { BinOp::Srem } else { BinOp::Urem }, x[0], y[0]),
            GoOp::And => self.b.binary(BinOp::And, x[0], y[0]),
            GoOp::Or => self.b.binary(BinOp::Or, x[0], y[0]),
            GoOp::Xor => self.b.binary(BinOp::Xor, x[0], y[0]),
            GoOp::AndNot => {
                let n = self.b.unary(IrUn::Inot, y[0]);
                self.b.binary(BinOp::And, x[0], n)
            }
            _ => {
                self.err(pos, "mvm: internal error: integer operator");
                x[0]
            }
        };
        vec![self.normalize(t, r)]
    }

    fn complex_arith(&mut self, op: GoOp, b: Basic, x: &[Value], y: &[Value]) -> Vals {
        let (a, bb, c, d) = (x[0], x[1], y[0], y[1]);
        let r = match op {
            GoOp::Add => vec![self.b.binary(BinOp::Fadd, a, c), self.b.binary(BinOp::Fadd, bb, d)],
            GoOp::Sub => vec![self.b.binary(BinOp::Fsub, a, c), self.b.binary(BinOp::Fsub, bb, d)],
            GoOp::Mul => {
                let ac = self.b.binary(BinOp::Fmul, a, c);
                let bd = self.b.binary(BinOp::Fmul, bb, d);
                let ad = self.b.binary(BinOp::Fmul, a, d);
                let bc = self.b.binary(BinOp::Fmul, bb, c);
                vec![self.b.binary(BinOp::Fsub, ac, bd), self.b.binary(BinOp::Fadd, ad, bc)]
            }
            _ => self.native("complex_div", &[a, bb, c, d], &[Type::F64, Type::F64]),
        };
        if b == Basic::Complex64 {
            r.into_iter().map(|v| self.b.unary(IrUn::Fround32, v)).collect()
        } else {
            r
        }
    }

    /// `x << c` / `x >> c` with Go semantics (negative counts panic).
    pub fn shift(&mut self, op: GoOp, t: TypeId, x: &[Value], c: Value, ct: TypeId, _pos: ast::Pos) -> Vals {
        if self.l.is_signed(ct) && self.b.func.iconst_value(c).is_none_or(|k| k < 0) {
            let zero = self.iconst(0);
            let neg = self.b.icmp(IntCC::Slt, c, zero);
            let fail = self.b.create_block();
            let ok = self.b.create_block();
            self.b.brif(neg, fail, vec![], ok, vec![]);
            self.b.seal_block(fail);
            self.b.seal_block(ok);
            self.b.switch_to_block(fail);
            self.native("panic_shift", &[], &[]);
            if !self.b.is_terminated() {
                self.b.unreachable();
            }
            self.b.switch_to_block(ok);
        }
        let signed = self.l.is_signed(t);
        let r = match op {
            GoOp::Shl => self.b.binary(BinOp::Shl, x[0], c),
            _ if signed => self.b.binary(BinOp::Sshr, x[0], c),
            _ => self.b.binary(BinOp::Ushr, x[0], c),
        };
        vec![self.normalize(t, r)]
    }

    /// Compares values of types `at` and `bt` (one may be converted to the
    /// other's interface type, or be nil).
    pub fn compare_mixed(&mut self, op: GoOp, x: Vals, at: TypeId, y: Vals, bt: TypeId) -> Value {
        let (xi, yi) = (self.l.p.tt.is_interface(at), self.l.p.tt.is_interface(bt));
        if at == ids::UNTYPED_NIL || bt == ids::UNTYPED_NIL {
            // Comparison with nil: the first word (pointer, slice data,
            // map, chan, func, interface type word).
            let v = if at == ids::UNTYPED_NIL { y[0] } else { x[0] };
            let zero = self.iconst(0);
            let cc = if op == GoOp::Eq { IntCC::Eq } else { IntCC::Ne };
            return self.b.icmp(cc, v, zero);
        }
        if xi != yi {
            // Mixed interface/concrete: convert the concrete operand.
            let (x, at, y) = if xi {
                let y = self.value_to_iface(y, bt, at);
                (x, at, y)
            } else {
                let x = self.value_to_iface(x, at, bt);
                (x, bt, y)
            };
            return self.compare(op, &x, at, &y);
        }
        self.compare(op, &x, at, &y)
    }

    fn compare(&mut self, op: GoOp, x: &[Value], t: TypeId, y: &[Value]) -> Value {
        let under = self.l.p.tt.under(t).clone();
        let eq = op == GoOp::Eq;
        let result_ne = |f: &mut Self, v: Value| -> Value {
            if eq {
                v
            } else {
                let one = f.iconst(1);
                f.b.binary(BinOp::Xor, v, one)
            }
        };
        match under {
            TypeKind::Basic(b) if b.is_string() => {
                if matches!(op, GoOp::Eq | GoOp::Ne) {
                    let r = self.native("str_eq", &[x[0], x[1], y[0], y[1]], &[Type::I64])[0];
                    return result_ne(self, r);
                }
                let c = self.native("str_cmp", &[x[0], x[1], y[0], y[1]], &[Type::I64])[0];
                let zero = self.iconst(0);
                return self.b.icmp(int_cc(op, true), c, zero);
            }
            TypeKind::Basic(b) if b.is_float() => {
                let cc = match op {
                    GoOp::Eq => FloatCC::Eq,
                    GoOp::Ne => FloatCC::Ne,
                    GoOp::Lt => FloatCC::Lt,
                    GoOp::Le => FloatCC::Le,
                    GoOp::Gt => FloatCC::Gt,
                    _ => FloatCC::Ge,
                };
                return self.b.fcmp(cc, x[0], y[0]);
            }
            TypeKind::Basic(b) if b.is_complex() => {
                let re = self.b.fcmp(FloatCC::Eq, x[0], y[0]);
                let im = self.b.fcmp(FloatCC::Eq, x[1], y[1]);
                let both = self.b.binary(BinOp::And, re, im);
                return result_ne(self, both);
            }
            TypeKind::Basic(b) => {
                return self.b.icmp(int_cc(op, !b.is_unsigned()), x[0], y[0]);
            }
            TypeKind::Interface(_) => {
                let tx = self.iface_dyn_type(x, t);
                let ty = self.iface_dyn_type(y, t);
                let r = self.native("iface_eq", &[tx, x[1], ty, y[1]], &[Type::I64])[0];
                return result_ne(self, r);
            }
            TypeKind::Struct(fields) => {
                let f = self.flat(t);
                if f.mem {
                    let td = self.tdesc_val(t);
                    let r = self.native("mem_eq", &[td, x[0], y[0]], &[Type::I64])[0];
                    return result_ne(self, r);
                }
                let mut acc = self.iconst(1);
                let mut k = 0;
                for (i, fld) in fields.iter().enumerate() {
                    let ft = self.t(fld.ty);
                    let n = self.flat(ft).len();
                    if &*fld.name != "_" {
                        let c = self.compare(GoOp::Eq, &x[k..k + n], ft, &y[k..k + n]);
                        acc = self.b.binary(BinOp::And, acc, c);
                    }
                    k += n;
                    let _ = i;
                }
                return result_ne(self, acc);
            }
            TypeKind::Array(..) => {
                let td = self.tdesc_val(t);
                let r = self.native("mem_eq", &[td, x[0], y[0]], &[Type::I64])[0];
                return result_ne(self, r);
            }
            _ => {}
        }
        // Pointers, channels (and maps/funcs/slices against nil).
        let cc = if eq { IntCC::Eq } else { IntCC::Ne };
        self.b.icmp(cc, x[0], y[0])
    }

    // ---- maps ----

    pub fn map_get(&mut self, mt: TypeId, m: Value, key: &[Value]) -> Vals {
        let vt = self.l.p.tt.elem(mt);
        let vt = self.t(vt);
        let td = self.tdesc_val(mt);
        let mut args = vec![td, m];
        args.extend_from_slice(key);
        let mut rt = self.flat(vt).reg_types();
        rt.push(Type::I64);
        self.native("map_get", &args, &rt)
    }

    pub fn map_set(&mut self, mt: TypeId, m: Value, key: &[Value], val: &[Value]) {
        let td = self.tdesc_val(mt);
        let mut args = vec![td, m];
        args.extend_from_slice(key);
        args.extend_from_slice(val);
        self.native("map_set", &args, &[]);
    }

    /// Values of a multi-value expression: a call returning several
    /// results or a comma-ok form. Returns (words, type) per value.
    pub fn multi_values(&mut self, e: &Expr, n: usize) -> Vec<(Vals, TypeId)> {
        let inner = crate::check::strip_parens_pub(e);
        match &inner.kind {
            ExprKind::Call { .. } if !self.is_conversion(inner) => {
                let (v, ts) = self.call_expr(inner);
                let mut out = Vec::new();
                let mut k = 0;
                for t in ts {
                    let w = self.flat(t).len();
                    out.push((v[k..k + w].to_vec(), t));
                    k += w;
                }
                out
            }
            ExprKind::Index(x, idx) => {
                let mt = self.ty(x);
                let TypeKind::Map(kt, vt) = self.l.p.tt.under(mt).clone() else { return vec![] };
                let (kt, vt) = (self.t(kt), self.t(vt));
                let m = self.expr(x)[0];
                let key = self.expr_to(&idx[0], kt);
                let mut v = self.map_get(mt, m, &key);
                let ok = v.pop().unwrap();
                vec![(v, vt), (vec![ok], ids::BOOL)]
            }
            ExprKind::TypeAssert(x, _) => {
                let t = self.ty(inner);
                let (v, ok) = self.type_assert(x, t, true);
                vec![(v, t), (vec![ok.unwrap()], ids::BOOL)]
            }
            ExprKind::Unary(crate::ast::UnOp::Recv, x) => {
                let ct = self.ty(x);
                let et = self.ty(inner);
                let c = self.expr(x)[0];
                let (v, ok) = self.chan_recv(c, ct);
                vec![(v, et), (vec![ok], ids::BOOL)]
            }
            _ => {
                self.err(e.pos, "mvm: internal error: multi-value expression");
                let _ = n;
                vec![]
            }
        }
    }

    pub fn is_conversion(&self, call: &Expr) -> bool {
        match &call.kind {
            ExprKind::Call { fun, .. } => self.l.p.info.types.get(&fun.id).is_some_and(|t| t.mode == Mode::TypeExpr),
            _ => false,
        }
    }

    /// Stores owned words into a fresh variable-like cell (used for
    /// captured or addressed temporaries).
    pub fn spill(&mut self, v: &[Value], t: TypeId) -> Value {
        let cell = self.alloc_type(t);
        self.store(cell, 0, t, v);
        cell
    }

    fn is_string_expr(&mut self, e: &Expr) -> bool {
        let t = self.ty(e);
        self.l.p.tt.basic(t).is_some_and(|b| b.is_string())
    }
}

fn int_cc(op: GoOp, signed: bool) -> IntCC {
    match (op, signed) {
        (GoOp::Eq, _) => IntCC::Eq,
        (GoOp::Ne, _) => IntCC::Ne,
        (GoOp::Lt, true) => IntCC::Slt,
        (GoOp::Le, true) => IntCC::Sle,
        (GoOp::Gt, true) => IntCC::Sgt,
        (GoOp::Ge, true) => IntCC::Sge,
        (GoOp::Lt, false) => IntCC::Ult,
        (GoOp::Le, false) => IntCC::Ule,
        (GoOp::Gt, false) => IntCC::Ugt,
        _ => IntCC::Uge,
    }
}

/// Flattens `a + b + c` string concatenations (non-constant parts).
fn collect_concat<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>, f: &FnLower) {
    match &e.kind {
        ExprKind::Binary(GoOp::Add, a, b) if !f.is_const(e) => {
            collect_concat(a, out, f);
            collect_concat(b, out, f);
        }
        ExprKind::Paren(x) if !f.is_const(e) => collect_concat(x, out, f),
        _ => out.push(e),
    }
}

/// Expressions whose memory-form values are freshly allocated.
fn is_fresh(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::CompositeLit { .. } | ExprKind::Call { .. } => true,
        ExprKind::Paren(x) => is_fresh(x),
        _ => false,
    }
}
