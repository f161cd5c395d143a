//! Resolution of expressions: constants, variables, places, operators,
//! literals, indexing, slicing and implicit conversions (mirrors
//! lower/expr.rs).

use super::resolve::Fx;
use super::tree::*;
use crate::ast::{self, BinOp as GoOp, Expr, ExprKind, UnOp};
use crate::check::{Mode, SelKind};
use crate::constant::Const;
use crate::objects::*;
use crate::types::{ids, Basic, TypeId, TypeKind};

impl Fx<'_> {
    // ---- entry points ----

    /// The value of an expression, as the flat words of its own type.
    /// Memory-form values are pointers that may alias their source.
    pub fn expr(&mut self, e: &Expr) -> X {
        if let Some(tv) = self.r.p.info.types.get(&e.id) {
            if let (Some(v), Mode::Constant) = (tv.val.clone(), tv.mode) {
                let t = self.tid(e);
                return self.const_vals(&v, t);
            }
        }
        if let Some((x, _)) = self.hoisted(e) {
            return x;
        }
        self.pos = e.pos;
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => self.ident_value(e),
            ExprKind::FuncLit(lit) => self.closure(e, lit),
            ExprKind::CompositeLit { .. } => self.composite(e),
            ExprKind::Selector(x, sel) => self.selector_value(e, x, sel),
            ExprKind::Index(x, idx) => self.index_value(e, x, idx),
            ExprKind::Slice { x, lo, hi, max, three } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three)
            }
            ExprKind::TypeAssert(x, _) => {
                let t = self.tid(e);
                self.type_assert(x, t, false)
            }
            ExprKind::Call { .. } => self.call_expr(e).0,
            ExprKind::Star(x) => {
                let p = self.expr(x);
                let loc = self.here();
                let t = self.tid(e);
                let ty = self.ty(t);
                let p = X::NilChk { p: Box::new(p), loc };
                self.load(p, 0, &ty)
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b),
            _ => self.fail("unexpected expression"),
        }
    }

    /// The value converted (implicitly, as assignment does) to `t`.
    pub fn expr_to(&mut self, e: &Expr, t: TypeId) -> X {
        let et = self.tid(e);
        let v = self.expr(e);
        self.convert_to(v, et, t)
    }

    /// Like `expr_to`, with memory-form values owned by the caller.
    pub fn expr_owned_to(&mut self, e: &Expr, t: TypeId) -> X {
        let v = self.expr_to(e, t);
        let fresh = is_fresh(e) && !self.is_conversion(crate::check::strip_parens_pub(e));
        self.own_unless_fresh(v, t, fresh)
    }

    /// Implicit conversion of a value of type `from` to type `to`.
    pub fn convert_to(&mut self, v: X, from: TypeId, to: TypeId) -> X {
        if from == to || to == ids::INVALID {
            return v;
        }
        if from == ids::UNTYPED_NIL {
            return self.zero(to);
        }
        if self.is_iface(to) {
            if self.is_iface(from) {
                return self.iface_to_iface(v, from, to);
            }
            return self.value_to_iface(v, from, to);
        }
        v
    }

    // ---- constants ----

    pub fn const_vals(&mut self, c: &Const, t: TypeId) -> X {
        let t = if self.is_iface(t) { const_default(c) } else { t };
        let b = self.r.p.tt.basic(t);
        match c {
            Const::Bool(x) => X::K(*x as u64),
            Const::String(s) => self.string_const(s),
            _ => match b {
                Some(b) if b.is_complex() => {
                    let (re, im) = c.as_complex();
                    let (re, im) = if b == Basic::Complex64 { (re as f32 as f64, im as f32 as f64) } else { (re, im) };
                    X::KM(Box::new([re.to_bits(), im.to_bits()]))
                }
                Some(b) if b.is_float() => {
                    let f = c.as_f64();
                    let f = if b == Basic::Float32 { f as f32 as f64 } else { f };
                    X::K(f.to_bits())
                }
                _ => {
                    let w = match c.to_int() {
                        Some(i) => crate::constant::int_to_word(&i),
                        None => c.as_f64() as i64 as u64,
                    };
                    X::K(w)
                }
            },
        }
    }

    pub fn string_const(&mut self, s: &[u8]) -> X {
        let p = self.r.str_addr(s);
        X::KM(Box::new([p, s.len() as u64]))
    }

    // ---- identifiers ----

    fn ident_value(&mut self, e: &Expr) -> X {
        let Some(&o) = self.r.p.info.uses.get(&e.id) else { return self.fail("unresolved identifier") };
        match &self.r.p.obj(o).kind {
            ObjKind::Var(_) => {
                let p = self.var_place(o);
                self.read_place(p)
            }
            ObjKind::Nil => {
                let t = self.tid(e);
                self.zero(t)
            }
            ObjKind::Func(_) => {
                let targs = self.instance_targs(e.id);
                self.func_value(o, &targs)
            }
            _ => self.fail("identifier is not a value"),
        }
    }

    /// Type arguments recorded for a generic function reference.
    pub fn instance_targs(&mut self, id: ast::NodeId) -> Vec<TypeId> {
        let targs = self.r.p.info.instances.get(&id).cloned().unwrap_or_default();
        targs.into_iter().map(|t| self.t(t)).collect()
    }

    // ---- places ----

    /// The location an addressable (or map index) expression denotes.
    pub fn place(&mut self, e: &Expr) -> Pl {
        self.pos = e.pos;
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(n) => {
                if &**n == "_" {
                    return Pl::Blank;
                }
                let o = self.r.p.info.uses.get(&e.id).or_else(|| self.r.p.info.defs.get(&e.id)).copied();
                match o {
                    Some(o) => self.var_place(o),
                    None => Pl::Blank,
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x);
                let loc = self.here();
                let t = self.tid(e);
                let ty = self.ty(t);
                self.mem_pl(X::NilChk { p: Box::new(p), loc }, 0, ty)
            }
            ExprKind::Selector(x, s) => {
                let Some(sel) = self.r.p.info.selections.get(&e.id).cloned() else {
                    // Qualified identifier: a package-level variable.
                    return match self.r.p.info.uses.get(&s.id).copied() {
                        Some(o) => self.var_place(o),
                        None => Pl::Blank,
                    };
                };
                self.field_place(x, &sel)
            }
            ExprKind::Index(x, idx) => {
                let xt = self.tid(x);
                match self.r.p.tt.under(xt).clone() {
                    TypeKind::Map(k, v) => {
                        let m = self.expr(x);
                        let key = self.expr_to(&idx[0], k);
                        self.map_place(xt, m, key, k, v)
                    }
                    _ => self.index_place(e, x, &idx[0]),
                }
            }
            _ => {
                // Not addressable: a temporary (e.g. a call result).
                let t = self.tid(e);
                let ty = self.ty(t);
                let v = self.expr(e);
                if ty.mem {
                    return self.mem_pl(v, 0, ty);
                }
                let cell = self.spill(v, t);
                self.mem_pl(cell, 0, ty)
            }
        }
    }

    pub fn map_place(&mut self, mt: TypeId, m: X, key: X, kt: TypeId, vt: TypeId) -> Pl {
        let (kt, vt) = (self.t(kt), self.t(vt));
        let (kty, vty) = (self.ty(kt), self.ty(vt));
        let mtd = self.td(mt);
        let loc = self.here();
        let buf = self.tmp(2 + kty.n + vty.n);
        let gbuf = self.tmp((2 + kty.n).max(vty.n + 1));
        Pl::Map(Box::new(MapPl { mtd, m, key, kn: kty.n, vty, buf, gbuf, loc }))
    }

    /// The place of a field selection `x.f` (through embedded fields).
    fn field_place(&mut self, x: &Expr, sel: &crate::check::Selection) -> Pl {
        let xt = self.t(sel.recv);
        let mut place = if matches!(self.r.p.tt.under(xt), TypeKind::Pointer(_)) {
            let p = self.expr(x);
            let loc = self.here();
            let base = self.r.p.tt.elem(xt);
            let bty = self.ty(base);
            self.mem_pl(X::NilChk { p: Box::new(p), loc }, 0, bty)
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
    pub fn field_of(&mut self, place: Pl, i: usize) -> Pl {
        let Some(t) = place.ty().map(|t| t.id) else { return Pl::Blank };
        let (st, place) = match self.r.p.tt.under(t).clone() {
            TypeKind::Pointer(b) => {
                let p = self.read_place(place);
                let loc = self.here();
                let bty = self.ty(b);
                (b, self.mem_pl(X::NilChk { p: Box::new(p), loc }, 0, bty))
            }
            _ => (t, place),
        };
        let ft = match self.r.p.tt.under(st) {
            TypeKind::Struct(fs) => match fs.get(i) {
                Some(f) => f.ty,
                None => return Pl::Blank,
            },
            _ => return Pl::Blank,
        };
        let ft = self.t(ft);
        let fty = self.ty(ft);
        match place {
            Pl::Slots { slot, ty } if !ty.mem => {
                let start = self.field_words(ty.id, i);
                Pl::Slots { slot: slot + start, ty: fty }
            }
            Pl::Mem { addr, off, .. } => {
                let fo = self.field_offset(st, i) as i32;
                self.mem_pl(addr, off + fo, fty)
            }
            Pl::Slots { slot, .. } => {
                let fo = self.field_offset(st, i) as i32;
                self.mem_pl(X::Slot(slot), fo, fty)
            }
            Pl::Map(m) => {
                // Only readable (x.f of a map element value): a copy of the
                // element in a fresh cell.
                let vt = m.vty.id;
                let v = X::ReadPl(Box::new(Pl::Map(m)));
                let cell = self.spill(v, vt);
                let fo = self.field_offset(st, i) as i32;
                self.mem_pl(cell, fo, fty)
            }
            Pl::Blank => Pl::Blank,
        }
    }

    fn index_place(&mut self, e: &Expr, x: &Expr, i: &Expr) -> Pl {
        let xt = self.tid(x);
        let et = self.tid(e);
        let ety = self.ty(et);
        let esize = self.size_of(et);
        let (kind, base, len) = match self.r.p.tt.under(xt).clone() {
            TypeKind::Slice(_) => (ElemKind::Slice, self.expr(x), 0),
            TypeKind::Array(n, _) => {
                let base = self.place(x);
                let addr = match self.place_addr(base) {
                    Ok(a) => a,
                    Err(p) => self.read_place(p),
                };
                (ElemKind::Array, addr, n)
            }
            TypeKind::Pointer(p) => {
                let TypeKind::Array(n, _) = self.r.p.tt.under(p).clone() else { return Pl::Blank };
                (ElemKind::PtrArray, self.expr(x), n)
            }
            _ => return Pl::Blank,
        };
        let idx = self.expr(i);
        let check = kind == ElemKind::Slice || !self.is_const(i);
        let loc = self.here();
        let tmp = if kind == ElemKind::Slice { self.tmp(3) } else { 0 };
        let a = X::ElemAddr(Box::new(ElemAddrX { kind, x: base, i: idx, len, check, esize, tmp, loc }));
        self.mem_pl(a, 0, ety)
    }

    pub fn is_const(&self, e: &Expr) -> bool {
        self.r.p.info.types.get(&e.id).is_some_and(|t| t.val.is_some())
    }

    fn index_value(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> X {
        // Instantiation of a generic function used as a value.
        if self.r.p.info.types.get(&x.id).is_some_and(|t| t.mode == Mode::Value)
            && self.r.p.info.instances.contains_key(&x.id)
        {
            // `v.M[T]`: a bound generic method (Go 1.27).
            if let ExprKind::Selector(recv, _) = &x.kind {
                if let Some(s) = self.r.p.info.selections.get(&x.id).cloned() {
                    if s.kind == crate::check::SelKind::Method {
                        return self.method_value(x, recv, &s);
                    }
                }
            }
            let o = match &x.kind {
                ExprKind::Ident(_) => self.r.p.info.uses.get(&x.id).copied(),
                ExprKind::Selector(_, s) => self.r.p.info.uses.get(&s.id).copied(),
                _ => None,
            };
            if let Some(o) = o {
                if self.r.p.obj(o).func().is_some() {
                    let targs = self.instance_targs(x.id);
                    return self.func_value(o, &targs);
                }
            }
        }
        let xt = self.tid(x);
        match self.r.p.tt.under(xt).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                let s = self.expr(x);
                let i = self.expr(&idx[0]);
                let loc = self.here();
                let tmp = self.tmp(2);
                X::StrIndex { s: Box::new(s), i: Box::new(i), tmp, loc }
            }
            TypeKind::Map(k, v) => {
                let m = self.expr(x);
                let key = self.expr_to(&idx[0], k);
                self.map_get(xt, m, key, k, v, false)
            }
            _ => {
                let p = self.place(e);
                self.read_place(p)
            }
        }
    }

    // ---- selectors ----

    fn selector_value(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident) -> X {
        let Some(s) = self.r.p.info.selections.get(&e.id).cloned() else {
            // Qualified identifier.
            let Some(&o) = self.r.p.info.uses.get(&sel.id) else { return self.fail("unresolved selector") };
            return match &self.r.p.obj(o).kind {
                ObjKind::Var(_) => {
                    let p = self.var_place(o);
                    self.read_place(p)
                }
                ObjKind::Func(_) => {
                    let targs = self.instance_targs(e.id);
                    let targs = if targs.is_empty() { self.instance_targs(sel.id) } else { targs };
                    self.func_value(o, &targs)
                }
                _ => self.fail("selector is not a value"),
            };
        };
        match s.kind {
            SelKind::Field => {
                let p = self.field_place(x, &s);
                self.read_place(p)
            }
            SelKind::Method => self.method_value(e, x, &s),
            SelKind::MethodExpr => self.method_expr(e, &s),
        }
    }

    // ---- composite literals ----

    fn composite(&mut self, e: &Expr) -> X {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else { return self.fail("composite literal") };
        let t = self.tid(e);
        // A literal whose type was elided as &T{...}.
        if let TypeKind::Pointer(b) = self.r.p.tt.under(t).clone() {
            let b = self.t(b);
            let v = self.composite_of(b, elts);
            let ty = self.ty(b);
            if ty.mem {
                // A fresh object already: copy it into the new cell.
                return X::Own { x: Box::new(v), size: ty.size, noscan: ty.noscan };
            }
            return self.spill(v, b);
        }
        self.composite_of(t, elts)
    }

    fn composite_of(&mut self, t: TypeId, elts: &[Expr]) -> X {
        match self.r.p.tt.under(t).clone() {
            TypeKind::Struct(fields) => {
                let ty = self.ty(t);
                let items = crate::lower::struct_paths(&self.r.p, &fields, elts);
                // Keys out of field order or naming promoted fields (Go 1.27)
                // are stored in source order into fresh memory, then loaded.
                let in_order =
                    items.iter().enumerate().all(|(k, (p, _))| p.len() == 1 && (k == 0 || items[k - 1].0[0] < p[0]));
                if ty.mem || !in_order {
                    let mut stores = Vec::new();
                    for (path, v) in items {
                        let (off, ft) = self.field_path(t, &path);
                        let val = self.expr_to(v, ft);
                        let fty = self.ty(ft);
                        stores.push((off as i64, val, fty));
                    }
                    let tmp = self.tmp(1 + max_words(&stores));
                    let lit = X::MemLit(Box::new(MemLitX {
                        size: ty.size,
                        noscan: ty.noscan,
                        stores: stores.into_boxed_slice(),
                        tmp,
                    }));
                    if ty.mem {
                        return lit;
                    }
                    return X::LoadM { p: Box::new(lit), off: 0, ty };
                }
                let mut words: Vec<Option<X>> = (0..fields.len()).map(|_| None).collect();
                for (path, v) in items {
                    let i = path[0];
                    let ft = self.t(fields[i].ty);
                    words[i] = Some(self.expr_owned_to(v, ft));
                }
                let mut parts = Vec::new();
                for (i, w) in words.into_iter().enumerate() {
                    let ft = self.t(fields[i].ty);
                    let n = self.ty(ft).n;
                    let x = match w {
                        Some(w) => w,
                        None => self.zero(ft),
                    };
                    parts.push((x, n));
                }
                self.cat_n(parts)
            }
            TypeKind::Array(n, et) => {
                let et = self.t(et);
                let ty = self.ty(t);
                let ety = self.ty(et);
                let esize = self.size_of(et) as i64;
                let mut stores = Vec::new();
                for (idx, v) in self.indexed_elems(elts) {
                    if idx >= n as i64 {
                        continue;
                    }
                    let val = self.expr_to(v, et);
                    stores.push((idx * esize, val, ety.clone()));
                }
                let tmp = self.tmp(1 + max_words(&stores));
                X::MemLit(Box::new(MemLitX {
                    size: ty.size,
                    noscan: ty.noscan,
                    stores: stores.into_boxed_slice(),
                    tmp,
                }))
            }
            TypeKind::Slice(et) => {
                let et = self.t(et);
                let ety = self.ty(et);
                let items = self.indexed_elems(elts);
                let n = items.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let esize = self.size_of(et) as i64;
                let etd = self.td(et);
                let mut stores = Vec::new();
                for (idx, v) in items {
                    let val = self.expr_to(v, et);
                    stores.push((idx * esize, val, ety.clone()));
                }
                let tmp = self.tmp(3 + max_words(&stores));
                let loc = self.here();
                X::SliceLit(Box::new(SliceLitX { etd, len: n as u64, stores: stores.into_boxed_slice(), tmp, loc }))
            }
            TypeKind::Map(kt, vt) => {
                let (kt, vt) = (self.t(kt), self.t(vt));
                let (kn, vn) = (self.ty(kt).n, self.ty(vt).n);
                let mtd = self.td(t);
                let mut entries = Vec::new();
                // As gc: the static entries first, then each dynamic one
                // as the assignment m[k] = v.
                let (statics, dynamics): (Vec<&Expr>, Vec<&Expr>) =
                    elts.iter().partition(|el| crate::order::is_static_entry(&self.r.p, el));
                for el in statics.into_iter().chain(dynamics) {
                    let ExprKind::KeyValue(k, v) = &el.kind else { continue };
                    let points = crate::order::map_entry_points(self, t, k, v);
                    let (evals, keys) = self.hoist(&points);
                    let kv = self.expr_to(k, kt);
                    let vv = self.expr_to(v, vt);
                    self.forget(keys);
                    entries.push((super::rorder::let_chain(evals, kv), vv));
                }
                let buf = self.tmp(3 + kn + vn);
                let loc = self.here();
                X::MapLit(Box::new(MapLitX {
                    mtd,
                    hint: elts.len() as u64,
                    entries: entries.into_boxed_slice(),
                    kn,
                    vn,
                    buf,
                    loc,
                }))
            }
            _ => self.fail("composite literal type"),
        }
    }

    fn indexed_elems<'e>(&self, elts: &'e [Expr]) -> Vec<(i64, &'e Expr)> {
        let mut out = Vec::new();
        let mut i = 0i64;
        for el in elts {
            let v = match &el.kind {
                ExprKind::KeyValue(k, v) => {
                    if let Some(c) = self.r.p.info.types.get(&k.id).and_then(|t| t.val.clone()) {
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

    fn slice_expr(&mut self, x: &Expr, lo: Option<&Expr>, hi: Option<&Expr>, max: Option<&Expr>, three: bool) -> X {
        let xt = self.tid(x);
        let (kind, base, len, esize) = match self.r.p.tt.under(xt).clone() {
            TypeKind::Basic(_) => (SliceKind::Str, self.expr(x), 0, 1),
            TypeKind::Slice(et) => {
                let et = self.t(et);
                (SliceKind::Slice, self.expr(x), 0, self.size_of(et))
            }
            TypeKind::Array(n, et) => {
                let p = self.place(x);
                let a = match self.place_addr(p) {
                    Ok(a) => a,
                    Err(p) => self.read_place(p),
                };
                let et = self.t(et);
                (SliceKind::Array, a, n, self.size_of(et))
            }
            TypeKind::Pointer(p) => {
                let TypeKind::Array(n, et) = self.r.p.tt.under(p).clone() else { return self.fail("slice of pointer") };
                let a = self.expr(x);
                let et = self.t(et);
                (SliceKind::PtrArray, a, n, self.size_of(et))
            }
            _ => return self.fail("slice operand"),
        };
        let lo = lo.map(|l| self.expr(l));
        let hi = hi.map(|h| self.expr(h));
        let max = max.map(|m| self.expr(m));
        let loc = self.here();
        let tmp = self.tmp(3);
        X::SliceOf(Box::new(SliceOfX { kind, x: base, lo, hi, max, three, len, esize, tmp, loc }))
    }

    // ---- operators ----

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr) -> X {
        let t = self.tid(e);
        match op {
            UnOp::Pos => self.expr(x),
            UnOp::Neg => {
                let v = self.expr(x);
                match self.r.p.tt.basic(t) {
                    Some(b) if b.is_float() => X::Un { op: UOp::FNeg, norm: Norm::None, x: Box::new(v) },
                    Some(b) if b.is_complex() => {
                        let tmp = self.tmp(2);
                        X::CNeg { x: Box::new(v), tmp }
                    }
                    _ => X::Un { op: UOp::Neg, norm: self.norm(t), x: Box::new(v) },
                }
            }
            UnOp::Xor => {
                let v = self.expr(x);
                X::Un { op: UOp::Not, norm: self.norm(t), x: Box::new(v) }
            }
            UnOp::Not => {
                let v = self.expr(x);
                X::Un { op: UOp::LNot, norm: Norm::None, x: Box::new(v) }
            }
            UnOp::Addr => {
                let inner = crate::check::strip_parens_pub(x);
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    let bt = self.tid(inner);
                    let v = self.expr(inner);
                    if self.ty(bt).mem {
                        return v; // already a fresh object
                    }
                    return self.spill(v, bt);
                }
                let p = self.place(x);
                match self.place_addr(p) {
                    Ok(a) => a,
                    Err(_) => self.fail("address of a non-memory variable"),
                }
            }
            UnOp::Recv => {
                let c = self.expr(x);
                let en = self.ty(t).n;
                // The value words (the ok word after them is dropped).
                self.native_buf("chan_recv", vec![(c, 1)], en, en + 1)
            }
            UnOp::Tilde => X::Zero(0),
        }
    }

    fn binary(&mut self, e: &Expr, op: GoOp, a: &Expr, b: &Expr) -> X {
        match op {
            GoOp::LAnd | GoOp::LOr => {
                // Each operand is evaluated on its own, in gc's order.
                let x = self.ordered_expr(a, None);
                let y = self.ordered_expr(b, None);
                if op == GoOp::LAnd {
                    X::LAnd(Box::new(x), Box::new(y))
                } else {
                    X::LOr(Box::new(x), Box::new(y))
                }
            }
            GoOp::Eq | GoOp::Ne | GoOp::Lt | GoOp::Le | GoOp::Gt | GoOp::Ge => {
                let (at, bt) = (self.tid(a), self.tid(b));
                let x = self.expr(a);
                let y = self.expr(b);
                self.compare_mixed(op, x, at, y, bt)
            }
            GoOp::Shl | GoOp::Shr => {
                let t = self.tid(e);
                let ct = self.tid(b);
                let x = self.expr_to(a, t);
                let c = self.expr(b);
                self.shift(op, t, x, c, ct)
            }
            GoOp::Add if self.is_string_expr(e) => {
                let mut parts = Vec::new();
                collect_concat(e, &mut parts, self);
                let mut args = vec![(X::K(parts.len() as u64), 1)];
                for p in parts {
                    let x = self.expr(p);
                    args.push((x, 2));
                }
                self.native("str_concat", args, 2)
            }
            _ => {
                let t = self.tid(e);
                let x = self.expr_to(a, t);
                let y = self.expr_to(b, t);
                self.arith(op, t, x, y)
            }
        }
    }

    pub fn norm(&self, t: TypeId) -> Norm {
        match self.r.p.tt.basic(t) {
            Some(Basic::Int8) => Norm::S8,
            Some(Basic::Int16) => Norm::S16,
            Some(Basic::Int32) => Norm::S32,
            Some(Basic::Uint8) => Norm::U8,
            Some(Basic::Uint16) => Norm::U16,
            Some(Basic::Uint32) => Norm::U32,
            Some(Basic::Float32) => Norm::F32,
            _ => Norm::None,
        }
    }

    pub fn is_signed(&self, t: TypeId) -> bool {
        self.r.p.tt.basic(t).is_some_and(|b| b.is_integer() && !b.is_unsigned())
    }

    /// `x op y` for arithmetic and bitwise operators on values of type t.
    pub fn arith(&mut self, op: GoOp, t: TypeId, x: X, y: X) -> X {
        let b = self.r.p.tt.basic(t).unwrap_or(Basic::Int);
        if b.is_string() {
            return self.native("str_concat", vec![(X::K(2), 1), (x, 2), (y, 2)], 2);
        }
        if b.is_complex() {
            let fop = match op {
                GoOp::Add => FOp::Add,
                GoOp::Sub => FOp::Sub,
                GoOp::Mul => FOp::Mul,
                _ => FOp::Div,
            };
            let tmp = self.tmp(4);
            return X::CArith(Box::new(CArithX { op: fop, c64: b == Basic::Complex64, a: x, b: y, tmp }));
        }
        if b.is_float() {
            let fop = match op {
                GoOp::Add => FOp::Add,
                GoOp::Sub => FOp::Sub,
                GoOp::Mul => FOp::Mul,
                GoOp::Div => FOp::Div,
                _ => return self.fail("float operator"),
            };
            return X::FArith { op: fop, f32: b == Basic::Float32, a: Box::new(x), b: Box::new(y) };
        }
        let signed = !b.is_unsigned();
        let norm = self.norm(t);
        let aop = match op {
            GoOp::Add => AOp::Add,
            GoOp::Sub => AOp::Sub,
            GoOp::Mul => AOp::Mul,
            GoOp::And => AOp::And,
            GoOp::Or => AOp::Or,
            GoOp::Xor => AOp::Xor,
            GoOp::AndNot => AOp::AndNot,
            GoOp::Div | GoOp::Rem => {
                let dop = match (op, signed) {
                    (GoOp::Div, true) => DOp::SDiv,
                    (GoOp::Div, false) => DOp::UDiv,
                    (_, true) => DOp::SRem,
                    (_, false) => DOp::URem,
                };
                let loc = self.here();
                return X::Div { op: dop, norm, a: Box::new(x), b: Box::new(y), loc };
            }
            _ => return self.fail("integer operator"),
        };
        match y {
            X::K(k) => X::ArithK { op: aop, norm, a: Box::new(x), k },
            y => X::Arith { op: aop, norm, a: Box::new(x), b: Box::new(y) },
        }
    }

    /// `x << c` / `x >> c` with Go semantics (negative counts panic).
    pub fn shift(&mut self, op: GoOp, t: TypeId, x: X, c: X, ct: TypeId) -> X {
        let check = self.is_signed(ct) && !matches!(c, X::K(k) if (k as i64) >= 0);
        let sop = match op {
            GoOp::Shl => ShOp::Shl,
            _ if self.is_signed(t) => ShOp::Sshr,
            _ => ShOp::Ushr,
        };
        let loc = self.here();
        X::Shift { op: sop, norm: self.norm(t), check, a: Box::new(x), c: Box::new(c), loc }
    }

    /// The first word of a value of `n` words.
    pub fn first_word(&mut self, x: X, n: u32) -> X {
        if n <= 1 {
            return x;
        }
        match x {
            X::SlotsM { slot, .. } => X::Slot(slot),
            X::KM(ws) => X::K(ws.first().copied().unwrap_or(0)),
            X::Zero(_) => X::K(0),
            x => {
                let tmp = self.tmp(n);
                X::Word { x: Box::new(x), k: 0, tmp }
            }
        }
    }

    /// Compares values of types `at` and `bt` (one may be converted to the
    /// other's interface type, or be nil).
    pub fn compare_mixed(&mut self, op: GoOp, x: X, at: TypeId, y: X, bt: TypeId) -> X {
        let (xi, yi) = (self.is_iface(at), self.is_iface(bt));
        if at == ids::UNTYPED_NIL || bt == ids::UNTYPED_NIL {
            // Comparison with nil: the first word (pointer, slice data,
            // map, chan, func, interface type word).
            let (v, t) = if at == ids::UNTYPED_NIL { (y, bt) } else { (x, at) };
            let n = self.ty(t).n;
            let v = self.first_word(v, n);
            let cc = if op == GoOp::Eq { Cc::Eq } else { Cc::Ne };
            return X::CmpK { cc, a: Box::new(v), k: 0 };
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
            return self.compare(op, x, at, y);
        }
        self.compare(op, x, at, y)
    }

    fn compare(&mut self, op: GoOp, x: X, t: TypeId, y: X) -> X {
        let under = self.r.p.tt.under(t).clone();
        let eq = op == GoOp::Eq;
        match under {
            TypeKind::Basic(b) if b.is_string() => {
                if matches!(op, GoOp::Eq | GoOp::Ne) {
                    return self.cmp_m(eq, x, y, 2, CmpPlan::Str(0));
                }
                let tmp = self.tmp(4);
                return X::StrOrd { cc: int_cc(op, true), a: Box::new(x), b: Box::new(y), tmp };
            }
            TypeKind::Basic(b) if b.is_float() => {
                let cc = match op {
                    GoOp::Eq => FCc::Eq,
                    GoOp::Ne => FCc::Ne,
                    GoOp::Lt => FCc::Lt,
                    GoOp::Le => FCc::Le,
                    GoOp::Gt => FCc::Gt,
                    _ => FCc::Ge,
                };
                return X::FCmp { cc, a: Box::new(x), b: Box::new(y) };
            }
            TypeKind::Basic(b) if b.is_complex() => {
                return self.cmp_m(eq, x, y, 2, CmpPlan::All(vec![CmpPlan::Float(0), CmpPlan::Float(1)]));
            }
            TypeKind::Basic(b) => {
                let cc = int_cc(op, !b.is_unsigned());
                return match y {
                    X::K(k) => X::CmpK { cc, a: Box::new(x), k },
                    y => X::Cmp { cc, a: Box::new(x), b: Box::new(y) },
                };
            }
            TypeKind::Interface(_) => {
                let empty = self.iface_is_empty(t);
                return self.cmp_m(eq, x, y, 2, CmpPlan::Iface { at: 0, empty });
            }
            TypeKind::Struct(_) | TypeKind::Array(..) => {
                let ty = self.ty(t);
                let plan = self.cmp_plan(t, 0);
                return self.cmp_m(eq, x, y, ty.n, plan);
            }
            _ => {}
        }
        // Pointers, channels (and maps/funcs/slices against nil): the
        // first words.
        let cc = if eq { Cc::Eq } else { Cc::Ne };
        let n = self.ty(t).n;
        let (x, y) = (self.first_word(x, n), self.first_word(y, n));
        X::Cmp { cc, a: Box::new(x), b: Box::new(y) }
    }

    fn cmp_m(&mut self, eq: bool, a: X, b: X, n: u32, plan: CmpPlan) -> X {
        let tmp = self.tmp(2 * n);
        let loc = self.here();
        X::CmpM(Box::new(CmpMX { eq, a, b, n, tmp, plan, loc }))
    }

    /// How to compare flat values of type `t` whose words start at `at`.
    fn cmp_plan(&mut self, t: TypeId, at: u32) -> CmpPlan {
        let ty = self.ty(t);
        if ty.mem {
            let td = self.td(t);
            return CmpPlan::Mem { td };
        }
        match self.r.p.tt.under(t).clone() {
            TypeKind::Basic(b) if b.is_string() => CmpPlan::Str(at),
            TypeKind::Basic(b) if b.is_float() => CmpPlan::Float(at),
            TypeKind::Basic(b) if b.is_complex() => CmpPlan::All(vec![CmpPlan::Float(at), CmpPlan::Float(at + 1)]),
            TypeKind::Interface(_) => CmpPlan::Iface { at, empty: self.iface_is_empty(t) },
            TypeKind::Struct(fields) => {
                let mut parts = Vec::new();
                let mut k = at;
                for f in &fields {
                    let ft = self.t(f.ty);
                    let n = self.ty(ft).n;
                    if &*f.name != "_" {
                        parts.push(self.cmp_plan(ft, k));
                    }
                    k += n;
                }
                CmpPlan::All(parts)
            }
            _ => CmpPlan::Word(at),
        }
    }

    // ---- maps ----

    #[allow(clippy::too_many_arguments)]
    pub fn map_get(&mut self, mt: TypeId, m: X, key: X, kt: TypeId, vt: TypeId, ok: bool) -> X {
        let (kt, vt) = (self.t(kt), self.t(vt));
        let (kn, vn) = (self.ty(kt).n, self.ty(vt).n);
        let mtd = self.td(mt);
        let buf = self.tmp((2 + kn).max(vn + 1));
        let loc = self.here();
        X::MapGet(Box::new(MapGetX { mtd, m, key, kn, vn, ok, buf, loc }))
    }

    /// Values of a multi-value expression (a call returning several results
    /// or a comma-ok form): one node yielding all words, and the types.
    pub fn multi_values(&mut self, e: &Expr) -> (X, Vec<TypeId>) {
        let inner = crate::check::strip_parens_pub(e);
        match &inner.kind {
            ExprKind::Call { .. } if !self.is_conversion(inner) => self.call_expr(inner),
            ExprKind::Index(x, idx) => {
                let mt = self.tid(x);
                let TypeKind::Map(kt, vt) = self.r.p.tt.under(mt).clone() else {
                    return (self.fail("comma-ok index"), vec![]);
                };
                let vt2 = self.t(vt);
                let m = self.expr(x);
                let kt2 = self.t(kt);
                let key = self.expr_to(&idx[0], kt2);
                (self.map_get(mt, m, key, kt, vt, true), vec![vt2, ids::BOOL])
            }
            ExprKind::TypeAssert(x, _) => {
                let t = self.tid(inner);
                (self.type_assert(x, t, true), vec![t, ids::BOOL])
            }
            ExprKind::Unary(UnOp::Recv, x) => {
                let et = self.tid(inner);
                let c = self.expr(x);
                let en = self.ty(et).n;
                (self.native("chan_recv", vec![(c, 1)], en + 1), vec![et, ids::BOOL])
            }
            _ => (self.fail("multi-value expression"), vec![]),
        }
    }

    /// Parts of a multi-value node's words, read back from `tmp` where the
    /// node was evaluated: (reader, type) per value.
    pub fn parts_of(&mut self, tmp: u32, types: &[TypeId]) -> Vec<(X, TypeId)> {
        let mut out = Vec::new();
        let mut k = tmp;
        for &t in types {
            let n = self.ty(t).n;
            let x = if n == 1 { X::Slot(k) } else { X::SlotsM { slot: k, n } };
            out.push((x, t));
            k += n;
        }
        out
    }

    pub fn words_of_types(&mut self, types: &[TypeId]) -> u32 {
        types.iter().map(|&t| self.ty(t).n).sum()
    }

    pub fn is_conversion(&self, call: &Expr) -> bool {
        match &call.kind {
            ExprKind::Call { fun, .. } => self.r.p.info.types.get(&fun.id).is_some_and(|t| t.mode == Mode::TypeExpr),
            _ => false,
        }
    }

    fn is_string_expr(&mut self, e: &Expr) -> bool {
        let t = self.tid(e);
        self.r.p.tt.basic(t).is_some_and(|b| b.is_string())
    }

    /// A call of runtime native `name` with the argument words of `args`,
    /// yielding `nres` result words.
    pub fn native(&mut self, name: &str, args: Vec<(X, u32)>, nres: u32) -> X {
        self.native_buf(name, args, nres, nres)
    }

    /// Like `native`, for natives writing `nbuf` result words of which the
    /// node yields the first `nres`.
    pub fn native_buf(&mut self, name: &str, args: Vec<(X, u32)>, nres: u32, nbuf: u32) -> X {
        let Some(f) = runtime::native::lookup(name) else {
            return self.fail(format!("unknown runtime function {name}"));
        };
        let mut off = 0;
        let mut out = Vec::new();
        for (x, n) in args {
            out.push(Arg { x, off, n });
            off += n;
        }
        let buf = self.tmp(off.max(nbuf));
        let loc = self.here();
        X::Native(Box::new(NativeX { f, args: out.into_boxed_slice(), buf, nres, loc }))
    }
}

fn const_default(c: &Const) -> TypeId {
    match c {
        Const::Bool(_) => ids::BOOL,
        Const::Int(_) => ids::INT,
        Const::Float(_) => ids::FLOAT64,
        Const::Complex(..) => ids::COMPLEX128,
        Const::String(_) => ids::STRING,
    }
}

fn max_words(stores: &[(i64, X, super::layout::Ty)]) -> u32 {
    stores.iter().map(|s| s.2.n).max().unwrap_or(0)
}

pub(crate) fn int_cc(op: GoOp, signed: bool) -> Cc {
    match (op, signed) {
        (GoOp::Eq, _) => Cc::Eq,
        (GoOp::Ne, _) => Cc::Ne,
        (GoOp::Lt, true) => Cc::Slt,
        (GoOp::Le, true) => Cc::Sle,
        (GoOp::Gt, true) => Cc::Sgt,
        (GoOp::Ge, true) => Cc::Sge,
        (GoOp::Lt, false) => Cc::Ult,
        (GoOp::Le, false) => Cc::Ule,
        (GoOp::Gt, false) => Cc::Ugt,
        _ => Cc::Uge,
    }
}

/// Flattens `a + b + c` string concatenations (non-constant parts).
fn collect_concat<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>, f: &Fx) {
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
pub(crate) fn is_fresh(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::CompositeLit { .. } | ExprKind::Call { .. } => true,
        ExprKind::Paren(x) => is_fresh(x),
        _ => false,
    }
}
