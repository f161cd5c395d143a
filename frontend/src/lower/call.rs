//! Lowering calls: functions, methods, func values, closures, builtins,
//! conversions and defer.

use super::func::{FnLower, Store, Vals};
use super::Glue;
use crate::ast::{self, Expr, ExprKind};
use crate::check::{Mode, SelKind, Selection};
use crate::objects::*;
use crate::types::{ids, Basic, Sig, TypeId, TypeKind};
use ir::{BinOp, FuncId, IntCC, MemType, Signature, Type, Value};
use std::rc::Rc;

impl FnLower<'_, '_> {
    /// Lowers a call; returns the result words and the result types.
    pub fn call_expr(&mut self, e: &Expr) -> (Vals, Vec<TypeId>) {
        let ExprKind::Call { fun, args, ellipsis, .. } = &e.kind else { return (vec![], vec![]) };
        if let Some(r) = self.order.get(&e.id) {
            return r.clone();
        }
        self.set_pos(e.pos);
        let fmode = self.l.p.info.types.get(&fun.id).map(|t| t.mode);
        if fmode == Some(Mode::TypeExpr) {
            let t = self.ty(e);
            let v = self.explicit_conversion(&args[0], t, e.pos);
            return (v, vec![t]);
        }
        if fmode == Some(Mode::Builtin) {
            let b = self.builtin_of(fun);
            let t = self.ty(e);
            let v = self.builtin(e, b, args, ellipsis.is_some());
            let ts = if self.l.p.info.types.get(&e.id).is_some_and(|tv| tv.mode == Mode::NoValue) {
                vec![]
            } else {
                vec![t]
            };
            return (v, ts);
        }
        let fun_t = self.node_type(fun.id);
        let Some(sig) = self.l.p.tt.sig(fun_t).cloned() else {
            self.err(e.pos, "mvm: internal error: call of non-function");
            return (vec![], vec![]);
        };
        let sig = self.subst_sig(&sig);
        let rtypes = sig.results.clone();
        let rwords: Vec<Type> = rtypes.iter().flat_map(|&t| self.flat(t).reg_types()).collect();
        if let Some(v) = self.intrinsic_call(fun, &sig, args) {
            return (v, rtypes);
        }
        let callee = self.callee(fun);
        match callee {
            Callee::Func(id) => {
                let args = self.call_args(&sig, args, ellipsis.is_some());
                self.set_pos(e.pos);
                (self.b.call(id, &rwords, args), rtypes)
            }
            Callee::Method { id, recv } => {
                let mut a = recv;
                a.extend(self.call_args(&sig, args, ellipsis.is_some()));
                self.set_pos(e.pos);
                (self.b.call(id, &rwords, a), rtypes)
            }
            Callee::Iface { itab, data, index } => {
                let a = self.call_args(&sig, args, ellipsis.is_some());
                self.set_pos(e.pos);
                (self.iface_call(itab, data, index, &sig, a), rtypes)
            }
            Callee::Value(fv) => {
                let a = self.call_args(&sig, args, ellipsis.is_some());
                self.set_pos(e.pos);
                (self.closure_call(fv, fun_t, a), rtypes)
            }
        }
    }

    fn subst_sig(&mut self, sig: &Sig) -> Sig {
        Sig {
            params: sig.params.iter().map(|&t| self.t(t)).collect(),
            results: sig.results.iter().map(|&t| self.t(t)).collect(),
            variadic: sig.variadic,
        }
    }

    pub fn builtin_of(&self, fun: &Expr) -> Builtin {
        let f = crate::check::strip_parens_pub(fun);
        let id = match &f.kind {
            ExprKind::Selector(_, s) => s.id,
            _ => f.id,
        };
        match self.l.p.info.uses.get(&id).map(|&o| &self.l.p.obj(o).kind) {
            Some(ObjKind::Builtin(b)) => *b,
            _ => Builtin::Print,
        }
    }

    /// Calls a func value (closure pointer) whose Go type is `ft`.
    pub fn closure_call(&mut self, fv: Value, ft: TypeId, args: Vals) -> Vals {
        self.b.nil_check(fv);
        let fi = self.b.load(MemType::I64, fv, 0);
        let sig = self.l.closure_sig(ft);
        let results = sig.results.clone();
        let sid = self.l.m.sig(sig);
        let mut a = vec![fv];
        a.extend(args);
        self.b.call_indirect(sid, &results, fi, a)
    }

    /// Argument words for a call: conversions to parameter types,
    /// variadic packing, and spreading of a multi-value argument.
    pub fn call_args(&mut self, sig: &Sig, args: &[Expr], has_ellipsis: bool) -> Vals {
        let np = sig.params.len();
        // f(g()) with g returning several values.
        if (args.len() == 1 && np > 1
            || (args.len() == 1 && sig.variadic && !has_ellipsis && self.is_tuple_call(&args[0])))
            && self.is_tuple_call(&args[0])
        {
            let vals = self.multi_values(&args[0], 0);
            return self.pack_args(sig, vals);
        }
        let mut out = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if sig.variadic && i >= np - 1 && !has_ellipsis {
                break;
            }
            let pt = sig.params[i];
            out.extend(self.expr_owned_to(a, pt));
        }
        if sig.variadic && !has_ellipsis {
            let st = sig.params[np - 1];
            let et = self.l.p.tt.elem(st);
            let extra = &args[(np - 1).min(args.len())..];
            out.extend(self.make_slice_of(et, extra));
        }
        out
    }

    fn is_tuple_call(&self, e: &Expr) -> bool {
        let t = self.l.node_type(e.id);
        matches!(self.l.p.tt.kind(t), TypeKind::Tuple(ts) if ts.len() > 1)
    }

    /// Packs already evaluated values as arguments (spread multi-value).
    fn pack_args(&mut self, sig: &Sig, vals: Vec<(Vals, TypeId)>) -> Vals {
        let np = sig.params.len();
        let mut out = Vec::new();
        let mut extra = Vec::new();
        for (i, (v, vt)) in vals.into_iter().enumerate() {
            if sig.variadic && i >= np - 1 {
                extra.push((v, vt));
                continue;
            }
            let pt = sig.params[i];
            out.extend(self.convert_to(v, vt, pt));
        }
        if sig.variadic {
            let st = sig.params[np - 1];
            let et = self.l.p.tt.elem(st);
            let et = self.t(et);
            if extra.is_empty() {
                out.extend(self.zero(st));
            } else {
                let n = extra.len() as i64;
                let (p, len) = self.new_slice(et, n);
                let esize = self.l.size_of(et) as i32;
                for (k, (v, vt)) in extra.into_iter().enumerate() {
                    let v = self.convert_to(v, vt, et);
                    self.store(p, k as i32 * esize, et, &v);
                }
                out.extend([p, len, len]);
            }
        }
        out
    }

    /// A new slice holding the values of `elems` (nil if there are none).
    pub fn make_slice_of(&mut self, et: TypeId, elems: &[Expr]) -> Vals {
        let et = self.t(et);
        if elems.is_empty() {
            return vec![self.iconst(0), self.iconst(0), self.iconst(0)];
        }
        let vals: Vec<Vals> = elems.iter().map(|a| self.expr_owned_to(a, et)).collect();
        let (p, len) = self.new_slice(et, elems.len() as i64);
        let esize = self.l.size_of(et) as i32;
        for (k, v) in vals.into_iter().enumerate() {
            self.store(p, k as i32 * esize, et, &v);
        }
        vec![p, len, len]
    }

    fn new_slice(&mut self, et: TypeId, n: i64) -> (Value, Value) {
        let td = self.tdesc_val(et);
        let len = self.iconst(n);
        let p = self.native("make_slice", &[td, len, len], &[Type::I64])[0];
        (p, len)
    }

    // ---- callees ----

    fn callee(&mut self, fun: &Expr) -> Callee {
        let f = crate::check::strip_parens_pub(fun);
        // Explicit instantiation f[T].
        let (target, inst_id) = match &f.kind {
            ExprKind::Index(x, _) if self.l.p.info.instances.contains_key(&x.id) => (&**x, x.id),
            _ => (f, f.id),
        };
        match &target.kind {
            ExprKind::Ident(_) => {
                if let Some(&o) = self.l.p.info.uses.get(&target.id) {
                    if let ObjKind::Func(fo) = &self.l.p.obj(o).kind {
                        if fo.recv_base.is_none() {
                            let targs = self.instance_targs(inst_id);
                            return Callee::Func(self.l.func_id(o, &targs));
                        }
                    }
                }
            }
            ExprKind::Selector(x, sel) => {
                if let Some(s) = self.l.p.info.selections.get(&target.id).cloned() {
                    if s.kind == SelKind::Method {
                        // A generic method's own type arguments (Go 1.27).
                        let mtargs = self.instance_targs(target.id);
                        return self.method_callee(x, &s, &sel.name, &mtargs);
                    }
                } else if let Some(&o) = self.l.p.info.uses.get(&sel.id) {
                    if let ObjKind::Func(_) = &self.l.p.obj(o).kind {
                        let mut targs = self.instance_targs(inst_id);
                        if targs.is_empty() {
                            targs = self.instance_targs(sel.id);
                        }
                        return Callee::Func(self.l.func_id(o, &targs));
                    }
                }
            }
            _ => {}
        }
        let fv = self.expr(fun)[0];
        Callee::Value(fv)
    }

    /// Resolves a method call `x.m(...)`: concrete methods are direct
    /// calls, interface methods go through the itab.
    fn method_callee(&mut self, x: &Expr, s: &Selection, name: &str, mtargs: &[TypeId]) -> Callee {
        let recv_t = self.t(s.recv);
        let (place, holder) = self.embedded_receiver(x, s, recv_t);
        if self.l.p.tt.is_interface(holder) {
            let iv = self.read_place(&place);
            let index = self.iface_method_index(holder, name);
            return Callee::Iface { itab: iv[0], data: iv[1], index };
        }
        let (m, mrecv) = self.resolve_method(holder, s.obj, name);
        let Some(m) = m else {
            return Callee::Value(self.iconst(0));
        };
        let ptr_recv = self.l.p.obj(m).func().is_some_and(|f| f.ptr_recv);
        let id = self.generic_method_func(m, mrecv, mtargs);
        let recv = self.receiver_value(&place, holder, ptr_recv);
        Callee::Method { id, recv }
    }

    /// The place of the value whose method is called after walking the
    /// embedded fields of the selection, and its type.
    pub fn embedded_receiver(&mut self, x: &Expr, s: &Selection, recv_t: TypeId) -> (super::func::Place, TypeId) {
        let mut place = if self.flat(recv_t).mem || !self.is_addressable(x) {
            let v = self.expr(x);
            if self.flat(recv_t).mem {
                super::func::Place::Mem { addr: v[0], off: 0, ty: recv_t }
            } else {
                let cell = self.spill(&v, recv_t);
                super::func::Place::Mem { addr: cell, off: 0, ty: recv_t }
            }
        } else {
            self.place(x)
        };
        let mut t = recv_t;
        for &i in &s.path {
            place = self.field_of(place, i);
            t = self.place_type(&place);
        }
        (place, t)
    }

    fn is_addressable(&self, x: &Expr) -> bool {
        self.l.p.info.types.get(&x.id).is_some_and(|t| t.mode == Mode::Variable)
    }

    /// The concrete method object for `obj` called on `holder` (resolving
    /// constraint methods of type parameters), and the named receiver type.
    pub fn resolve_method(&mut self, holder: TypeId, obj: ObjId, name: &str) -> (Option<ObjId>, TypeId) {
        let abstract_m = self.l.p.obj(obj).func().is_some_and(|f| f.abstract_method);
        let base = match self.l.p.tt.kind(holder) {
            TypeKind::Pointer(b) => *b,
            _ => holder,
        };
        if !abstract_m && self.l.p.obj(obj).func().and_then(|f| f.recv_base).is_some() {
            let named = self.named_holder(base, obj);
            return (Some(obj), named);
        }
        match self.l.p.lookup_field_or_method(holder, name) {
            crate::check::lookup::Lookup::Found(r) if r.is_method => {
                let named = match self.l.p.tt.kind(r.recv_named) {
                    TypeKind::Pointer(b) => *b,
                    _ => r.recv_named,
                };
                (Some(r.obj), named)
            }
            _ => (None, base),
        }
    }

    /// The named type (instance) on which method `m` is declared, found from
    /// `base` or its embedded fields.
    fn named_holder(&self, base: TypeId, m: ObjId) -> TypeId {
        let origin = self.l.p.obj(m).func().and_then(|f| f.recv_base).unwrap_or(base);
        match self.l.p.tt.named_info(base) {
            Some(n) if n.origin.unwrap_or(base) == origin => base,
            _ => base,
        }
    }

    /// The IR function of method `m` on named receiver type `named` (an
    /// instance for generic types).
    pub fn method_func(&mut self, m: ObjId, named: TypeId) -> FuncId {
        self.generic_method_func(m, named, &[])
    }

    /// A method instance: the receiver's type arguments, then the method's
    /// own (Go 1.27 generic methods).
    pub fn generic_method_func(&mut self, m: ObjId, named: TypeId, mtargs: &[TypeId]) -> FuncId {
        let mut targs = self.l.p.tt.named_info(named).map(|n| n.targs.clone()).unwrap_or_default();
        targs.extend_from_slice(mtargs);
        self.l.func_id(m, &targs)
    }

    /// Receiver words: a pointer for pointer methods, else the value.
    pub fn receiver_value(&mut self, place: &super::func::Place, holder: TypeId, ptr_recv: bool) -> Vals {
        let is_ptr = matches!(self.l.p.tt.under(holder), TypeKind::Pointer(_));
        if ptr_recv {
            if is_ptr {
                return self.read_place(place);
            }
            match self.place_addr(place) {
                Some(a) => vec![a],
                None => {
                    // An SSA variable: pass a pointer to a copy.
                    let v = self.read_place(place);
                    vec![self.spill(&v, holder)]
                }
            }
        } else if is_ptr {
            let p = self.read_place(place)[0];
            self.b.nil_check(p);
            let vt = self.l.p.tt.elem(holder);
            let v = self.load(p, 0, vt);
            self.own(v, vt)
        } else {
            let v = self.read_place(place);
            self.own(v, holder)
        }
    }

    // ---- func values ----

    /// A func value for a declared function: a static closure over a
    /// wrapper that drops the environment argument.
    pub fn func_value(&mut self, o: ObjId, targs: &[TypeId]) -> Value {
        let id = self.l.func_id(o, targs);
        let w = self.fv_wrapper(id);
        let c = self.l.static_closure(w);
        self.iconst(c as i64)
    }

    /// `f$fv(env, args...) = f(args...)`
    pub fn fv_wrapper(&mut self, id: FuncId) -> FuncId {
        let sig = self.l.m.funcs[id.index()].sig.clone();
        let name = format!("{}$fv", self.l.m.funcs[id.index()].name);
        let mut wsig = sig.clone();
        wsig.params.insert(0, Type::I64);
        let gen: Rc<dyn Fn(&mut FnLower)> = Rc::new(move |f: &mut FnLower| {
            let params = f.b.func.blocks[0].params[1..].to_vec();
            let results = f.b.func.sig.results.clone();
            let r = f.b.call(id, &results, params);
            f.b.ret(r);
        });
        let w = self.l.generated(format!("fv:{}", id.0), name, wsig, Glue::FuncValue { target: id }, gen);
        let fi = self.l.fi_addr(w) as *const runtime::FuncInfo;
        // SAFETY: the FuncInfo is owned by `shared` and alive.
        unsafe { (*fi).recover_id.set(id.0) };
        w
    }

    /// A bound method value `x.m`: a closure holding the receiver.
    pub fn method_value(&mut self, e: &Expr, x: &Expr, s: &Selection) -> Value {
        let ExprKind::Selector(_, sel) = &e.kind else { return self.iconst(0) };
        let ft = self.ty(e);
        let mtargs = self.instance_targs(e.id);
        let callee = self.method_callee(x, s, &sel.name, &mtargs);
        let (fid, words, iface_index) = match callee {
            Callee::Method { id, recv } => (Some(id), recv, None),
            Callee::Iface { itab, data, index } => {
                // The method value of a nil interface panics now.
                self.b.nil_check(itab);
                (None, vec![itab, data], Some(index))
            }
            _ => return self.iconst(0),
        };
        let sig = self.l.closure_sig(ft);
        let n = words.len();
        let wtypes: Vec<Type> = words.iter().map(|&w| self.b.func.value_type(w)).collect();
        let key = format!("bound:{:?}:{:?}:{}", fid.map(|f| f.0), iface_index, ft.0);
        let name = format!("{}-fm", self.name);
        let gen: Rc<dyn Fn(&mut FnLower)> = {
            let wtypes = wtypes.clone();
            Rc::new(move |f: &mut FnLower| {
                let env = f.b.func.blocks[0].params[0];
                let params = f.b.func.blocks[0].params[1..].to_vec();
                let results = f.b.func.sig.results.clone();
                let recv: Vec<Value> = wtypes
                    .iter()
                    .enumerate()
                    .map(|(k, t)| {
                        let mt = if *t == Type::F64 { MemType::F64 } else { MemType::I64 };
                        f.b.load(mt, env, 8 * (k as i32 + 1))
                    })
                    .collect();
                let r = match (fid, iface_index) {
                    (Some(id), _) => {
                        let mut a = recv;
                        a.extend(params);
                        f.b.call(id, &results, a)
                    }
                    (None, Some(idx)) => {
                        let fi = f.b.load(MemType::I64, recv[0], runtime::types::itab_method_offset(idx));
                        let mut ps = vec![Type::I64];
                        ps.extend(params.iter().map(|&p| f.b.func.value_type(p)));
                        let sid = f.l.m.sig(Signature::new(ps, results.clone()));
                        let mut a = vec![recv[1]];
                        a.extend(params);
                        f.b.call_indirect(sid, &results, fi, a)
                    }
                    _ => vec![],
                };
                f.b.ret(r);
            })
        };
        let glue = Glue::BoundMethod { target: fid, iface_index, recv_words: n };
        let w = self.l.generated(key, name, sig, glue, gen);
        if let Some(id) = fid {
            let fi = self.l.fi_addr(w) as *const runtime::FuncInfo;
            // SAFETY: the FuncInfo is owned by `shared` and alive.
            unsafe { (*fi).recover_id.set(id.0) };
        }
        let fi = self.l.fi_addr(w);
        self.make_closure(fi, &words, n)
    }

    /// Allocates a closure object `[funcinfo, words...]`.
    pub fn make_closure(&mut self, fi: u64, words: &[Value], _n: usize) -> Value {
        let size = self.iconst(8 * (1 + words.len() as i64));
        let noscan = self.iconst(0);
        let c = self.native("alloc", &[size, noscan], &[Type::I64])[0];
        let fiv = self.iconst(fi as i64);
        self.b.store(MemType::I64, c, 0, fiv);
        for (k, &w) in words.iter().enumerate() {
            let mt = if self.b.func.value_type(w) == Type::F64 { MemType::F64 } else { MemType::I64 };
            self.b.store(mt, c, 8 * (k as i32 + 1), w);
        }
        c
    }

    /// A method expression `T.m`: a function value taking the receiver
    /// first.
    pub fn method_expr(&mut self, e: &Expr, s: &Selection) -> Value {
        let ft = self.ty(e);
        let recv_t = self.t(s.recv);
        let name = self.l.p.obj(s.obj).name.clone();
        let sig = self.l.closure_sig(ft);
        let key = format!("mexpr:{}:{}", recv_t.0, name);
        let fname = format!("{}.{}-fm", self.l.p.tt.runtime_name(recv_t), name);
        let path = s.path.clone();
        let obj = s.obj;
        let glue = Glue::MethodExpr { recv: recv_t, obj, name: name.clone(), path: path.clone() };
        let gen: Rc<dyn Fn(&mut FnLower)> = Rc::new(move |f: &mut FnLower| {
            let params = f.b.func.blocks[0].params[1..].to_vec();
            let results = f.b.func.sig.results.clone();
            let rn = f.flat(recv_t).len();
            let recv_words = params[..rn].to_vec();
            let rest = params[rn..].to_vec();
            let r = f.call_method_on(recv_t, recv_words, &path, obj, &name, rest, &results);
            f.b.ret(r);
        });
        let w = self.l.generated(key, fname, sig, glue, gen);
        let c = self.l.static_closure(w);
        self.iconst(c as i64)
    }

    /// Calls method `name` on a receiver value of type `recv_t` given as
    /// words (used by generated wrappers).
    #[allow(clippy::too_many_arguments)]
    pub fn call_method_on(
        &mut self,
        recv_t: TypeId,
        recv: Vals,
        path: &[usize],
        obj: ObjId,
        name: &str,
        args: Vals,
        results: &[Type],
    ) -> Vals {
        // A method of the receiver's own type needs no addressable copy of
        // it (interface wrappers and method values call here on every call:
        // no allocation on these paths).
        if path.is_empty() && !self.l.p.tt.is_interface(recv_t) {
            if let (Some(m), named) = self.resolve_method(recv_t, obj, name) {
                let ptr_recv = self.l.p.obj(m).func().is_some_and(|f| f.ptr_recv);
                let is_ptr = matches!(self.l.p.tt.under(recv_t), TypeKind::Pointer(_));
                let rv = match (ptr_recv, is_ptr) {
                    (true, true) => Some(recv.clone()),
                    (false, false) => Some(self.own(recv.clone(), recv_t)),
                    (false, true) => {
                        self.b.nil_check(recv[0]);
                        let vt = self.l.p.tt.elem(recv_t);
                        let v = self.load(recv[0], 0, vt);
                        Some(self.own(v, vt))
                    }
                    (true, false) => None,
                };
                if let Some(mut a) = rv {
                    let id = self.method_func(m, named);
                    a.extend(args);
                    return self.b.call(id, results, a);
                }
            }
        }
        let cell = if self.flat(recv_t).mem { recv[0] } else { self.spill(&recv, recv_t) };
        let mut place = super::func::Place::Mem { addr: cell, off: 0, ty: recv_t };
        let mut holder = recv_t;
        for &i in path {
            place = self.field_of(place, i);
            holder = self.place_type(&place);
        }
        if self.l.p.tt.is_interface(holder) {
            let iv = self.read_place(&place);
            let index = self.iface_method_index(holder, name);
            let sig = Sig { params: vec![], results: vec![], variadic: false };
            let _ = sig;
            let fi = {
                self.b.nil_check(iv[0]);
                self.b.load(MemType::I64, iv[0], runtime::types::itab_method_offset(index))
            };
            let mut ps = vec![Type::I64];
            ps.extend(args.iter().map(|&a| self.b.func.value_type(a)));
            let sid = self.l.m.sig(Signature::new(ps, results.to_vec()));
            let mut a = vec![iv[1]];
            a.extend(args);
            return self.b.call_indirect(sid, results, fi, a);
        }
        let (m, named) = self.resolve_method(holder, obj, name);
        let Some(m) = m else { return vec![] };
        let ptr_recv = self.l.p.obj(m).func().is_some_and(|f| f.ptr_recv);
        let id = self.method_func(m, named);
        let mut a = self.receiver_value(&place, holder, ptr_recv);
        a.extend(args);
        self.b.call(id, results, a)
    }

    /// A function literal: a closure capturing the cells of the outer
    /// variables it uses.
    pub fn closure(&mut self, e: &Expr, lit: &Rc<ast::FuncLit>) -> Value {
        let sig = self.ty(e);
        let mut captures: Vec<(ObjId, TypeId)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        collect_uses_block(&lit.body, &mut |id| {
            if let Some(&o) = self.l.p.info.uses.get(&id) {
                if self.vars.contains_key(&o) && seen.insert(o) {
                    captures.push((o, self.l.p.obj(o).ty()));
                }
            }
        });
        let mut words = Vec::new();
        for &(o, _) in &captures {
            let cell = match self.vars.get(&o).cloned() {
                Some(Store::Cell(c)) => c,
                Some(Store::CellVar(v)) => self.b.use_var(v),
                Some(Store::Ssa(_)) => {
                    // The checker marks captured variables as escaping; a
                    // variable still in registers is copied into a cell.
                    let pl = self.var_place(o, e.pos);
                    let t = self.place_type(&pl);
                    let v = self.read_place(&pl);
                    self.spill(&v, t)
                }
                _ => self.iconst(0),
            };
            words.push(cell);
        }
        let parent = self.name.clone();
        let id = self.l.literal(self.id, &parent, lit.clone(), sig, captures.clone(), self.subst.clone(), self.file);
        let fi = self.l.fi_addr(id);
        if words.is_empty() {
            let c = self.l.static_closure(id);
            return self.iconst(c as i64);
        }
        self.make_closure(fi, &words, words.len())
    }

    // ---- defer ----

    pub fn defer_stmt(&mut self, e: &Expr) {
        let Some(mark) = self.defer_mark else {
            self.err(e.pos, "mvm: internal error: defer outside a function with deferred calls");
            return;
        };
        if let Some(closure) = self.call_thunk(e) {
            self.native("defer_push", &[mark, closure], &[]);
        }
    }

    /// `go f(x)`: the call, with its arguments evaluated now, starts a
    /// goroutine.
    pub fn go_stmt(&mut self, e: &Expr) {
        if let Some(closure) = self.call_thunk(e) {
            self.native("go_spawn", &[closure], &[]);
        }
    }

    /// A func value `func()` that makes the call `e` later with the
    /// function and arguments evaluated now (for defer and go).
    fn call_thunk(&mut self, e: &Expr) -> Option<Value> {
        let call = crate::check::strip_parens_pub(e);
        let ExprKind::Call { fun, args, ellipsis, .. } = &call.kind else { return None };
        let fmode = self.l.p.info.types.get(&fun.id).map(|t| t.mode);
        if fmode == Some(Mode::Builtin) {
            let b = self.builtin_of(fun);
            return Some(self.builtin_thunk(call, b, args));
        }
        let fun_t = self.node_type(fun.id);
        let sig = self.l.p.tt.sig(fun_t).cloned()?;
        let sig = self.subst_sig(&sig);
        // The function value to call later, and the id recover() must see.
        let (fv, target) = match self.callee(fun) {
            Callee::Func(id) => {
                let w = self.fv_wrapper(id);
                let c = self.l.static_closure(w);
                (self.iconst(c as i64), Some(id))
            }
            Callee::Value(fv) => (fv, None),
            callee @ (Callee::Method { .. } | Callee::Iface { .. }) => {
                // A static method is the function recover() must see, as
                // for a plain function (`defer t.m(&err)` recovers).
                let target = match callee {
                    Callee::Method { id, .. } => Some(id),
                    _ => None,
                };
                let ExprKind::Selector(x, _) = &crate::check::strip_parens_pub(fun).kind else { return None };
                let s = self.l.p.info.selections.get(&crate::check::strip_parens_pub(fun).id).cloned()?;
                let f = crate::check::strip_parens_pub(fun);
                (self.method_value(f, x, &s), target)
            }
        };
        let argv = self.call_args(&sig, args, ellipsis.is_some());
        if argv.is_empty() {
            // A plain func value: the runtime calls it directly, so
            // recover() in a deferred one works.
            return Some(fv);
        }
        let mut words = vec![fv];
        words.extend(argv.iter().copied());
        let wtypes: Vec<Type> = argv.iter().map(|&w| self.b.func.value_type(w)).collect();
        let ft = fun_t;
        let glue = Glue::DeferCall { func_type: ft, arg_words: wtypes.len() };
        let key = format!("thunk:{}:{}", self.id.0, e.id.0);
        let name = format!("{}.deferwrap", self.name);
        let gen: Rc<dyn Fn(&mut FnLower)> = Rc::new(move |f: &mut FnLower| {
            let env = f.b.func.blocks[0].params[0];
            let fv = f.b.load(MemType::I64, env, 8);
            let args: Vals = wtypes
                .iter()
                .enumerate()
                .map(|(k, t)| {
                    let mt = if *t == Type::F64 { MemType::F64 } else { MemType::I64 };
                    f.b.load(mt, env, 8 * (k as i32 + 2))
                })
                .collect();
            f.closure_call(fv, ft, args);
            f.b.ret(vec![]);
        });
        let thunk = self.l.generated(key, name, Signature::new(vec![Type::I64], vec![]), glue, gen);
        if let Some(t) = target {
            let fi = self.l.fi_addr(thunk) as *const runtime::FuncInfo;
            // SAFETY: the FuncInfo is owned by `shared` and alive.
            unsafe { (*fi).recover_id.set(t.0) };
        }
        let fi = self.l.fi_addr(thunk);
        Some(self.make_closure(fi, &words, words.len()))
    }

    /// A deferred builtin call: arguments evaluated now, the call made by
    /// a generated thunk.
    fn builtin_thunk(&mut self, call: &Expr, b: Builtin, args: &[Expr]) -> Value {
        let mut words = Vec::new();
        let mut types = Vec::new();
        for a in args {
            let t = match b {
                Builtin::Panic => self.l.p.any_type(),
                _ => self.ty(a),
            };
            let v = self.expr_owned_to(a, t);
            words.extend(v);
            types.push(t);
        }
        let wtypes: Vec<Type> = words.iter().map(|&w| self.b.func.value_type(w)).collect();
        let key = format!("bthunk:{}:{}", self.id.0, call.id.0);
        let glue = Glue::DeferBuiltin { builtin: b, arg_types: types.clone() };
        let name = format!("{}.deferwrap", self.name);
        let gen: Rc<dyn Fn(&mut FnLower)> = Rc::new(move |f: &mut FnLower| {
            let env = f.b.func.blocks[0].params[0];
            let vals: Vals = wtypes
                .iter()
                .enumerate()
                .map(|(k, t)| {
                    let mt = if *t == Type::F64 { MemType::F64 } else { MemType::I64 };
                    f.b.load(mt, env, 8 * (k as i32 + 1))
                })
                .collect();
            let mut k = 0;
            let mut ops = Vec::new();
            for &t in &types {
                let n = f.flat(t).len();
                ops.push((vals[k..k + n].to_vec(), t));
                k += n;
            }
            f.builtin_values(b, ops);
            if !f.b.is_terminated() {
                f.b.ret(vec![]);
            }
        });
        let thunk = self.l.generated(key, name, Signature::new(vec![Type::I64], vec![]), glue, gen);
        let fi = self.l.fi_addr(thunk);
        self.make_closure(fi, &words, words.len())
    }

    // ---- builtins ----

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], has_ellipsis: bool) -> Vals {
        let t = self.ty(e);
        match b {
            Builtin::Len | Builtin::Cap => {
                let xt = self.ty(&args[0]);
                let v = self.expr(&args[0]);
                match self.l.p.tt.under(xt).clone() {
                    TypeKind::Basic(_) => vec![v[1]],
                    TypeKind::Slice(_) => vec![if b == Builtin::Len { v[1] } else { v[2] }],
                    TypeKind::Array(n, _) => vec![self.iconst(n as i64)],
                    TypeKind::Pointer(p) => match self.l.p.tt.under(p) {
                        TypeKind::Array(n, _) => vec![self.iconst(*n as i64)],
                        _ => vec![self.iconst(0)],
                    },
                    TypeKind::Map(..) => {
                        let m = v[0];
                        vec![self.nil_safe_load(m, 0)]
                    }
                    TypeKind::Chan(..) => {
                        let f = if b == Builtin::Len { "chan_len" } else { "chan_cap" };
                        self.native(f, &v[..1], &[Type::I64])
                    }
                    _ => {
                        self.err(e.pos, "mvm: internal error: len or cap of this type");
                        vec![self.iconst(0)]
                    }
                }
            }
            Builtin::Append => self.append(e, args, has_ellipsis),
            Builtin::Copy => {
                let dt = self.ty(&args[0]);
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                let et = self.l.p.tt.elem(dt);
                let et2 = self.t(et);
                let es = self.iconst(self.l.size_of(et2) as i64);
                self.native("slice_copy", &[d[0], d[1], s[0], s[1], es], &[Type::I64])
            }
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                let m = self.expr(&args[0])[0];
                let kt = match self.l.p.tt.under(mt).clone() {
                    TypeKind::Map(k, _) => self.t(k),
                    _ => return vec![],
                };
                let k = self.expr_to(&args[1], kt);
                let td = self.tdesc_val(mt);
                let mut a = vec![td, m];
                a.extend(k);
                self.native("map_delete", &a, &[]);
                vec![]
            }
            Builtin::Clear => {
                let xt = self.ty(&args[0]);
                let v = self.expr(&args[0]);
                match self.l.p.tt.under(xt).clone() {
                    TypeKind::Map(..) => {
                        let td = self.tdesc_val(xt);
                        self.native("map_clear", &[td, v[0]], &[]);
                    }
                    TypeKind::Slice(et) => {
                        let et2 = self.t(et);
                        let es = self.iconst(self.l.size_of(et2) as i64);
                        let n = self.b.binary(BinOp::Imul, v[1], es);
                        self.native("mem_zero", &[v[0], n], &[]);
                    }
                    _ => {}
                }
                vec![]
            }
            Builtin::Make => {
                let mt = t;
                match self.l.p.tt.under(mt).clone() {
                    TypeKind::Slice(et) => {
                        let et = self.t(et);
                        let len = self.int_arg(&args[1]);
                        let cap = if args.len() > 2 { self.int_arg(&args[2]) } else { len };
                        let td = self.tdesc_val(et);
                        let p = self.native("make_slice", &[td, len, cap], &[Type::I64])[0];
                        vec![p, len, cap]
                    }
                    TypeKind::Map(..) => {
                        let hint = if args.len() > 1 { self.int_arg(&args[1]) } else { self.iconst(0) };
                        let td = self.tdesc_val(mt);
                        self.native("make_map", &[td, hint], &[Type::I64])
                    }
                    TypeKind::Chan(..) => {
                        let size = if args.len() > 1 { self.int_arg(&args[1]) } else { self.iconst(0) };
                        let td = self.tdesc_val(mt);
                        self.native("make_chan", &[td, size], &[Type::I64])
                    }
                    _ => {
                        self.err(e.pos, "mvm: internal error: make of this type");
                        vec![self.iconst(0)]
                    }
                }
            }
            Builtin::New => {
                let et = self.l.p.tt.elem(t);
                let et = self.t(et);
                vec![self.alloc_type(et)]
            }
            Builtin::Complex => {
                let r = self.expr_to(
                    &args[0],
                    match self.l.basic(t) {
                        Some(Basic::Complex64) => ids::FLOAT32,
                        _ => ids::FLOAT64,
                    },
                );
                let i = self.expr(&args[1]);
                vec![r[0], i[0]]
            }
            Builtin::Real => vec![self.expr(&args[0])[0]],
            Builtin::Imag => vec![self.expr(&args[0])[1]],
            Builtin::Min | Builtin::Max => {
                let mut acc = self.expr_to(&args[0], t);
                for a in &args[1..] {
                    let v = self.expr_to(a, t);
                    acc = self.min_max(b == Builtin::Min, t, acc, v);
                }
                acc
            }
            _ => {
                let mut ops = Vec::new();
                for a in args {
                    let at = match b {
                        Builtin::Panic => self.l.p.any_type(),
                        _ => self.ty(a),
                    };
                    let v = self.expr_to(a, at);
                    ops.push((v, at));
                }
                self.builtin_values(b, ops)
            }
        }
    }

    fn int_arg(&mut self, a: &Expr) -> Value {
        self.expr(a)[0]
    }

    /// `m == nil ? 0 : *(m + off)` (map lengths).
    fn nil_safe_load(&mut self, p: Value, off: i32) -> Value {
        let nz = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, Type::I64);
        let zero = self.iconst(0);
        let isnil = self.b.icmp(IntCC::Eq, p, zero);
        self.b.brif(isnil, done, vec![zero], nz, vec![]);
        self.b.seal_block(nz);
        self.b.switch_to_block(nz);
        let v = self.b.load(MemType::I64, p, off);
        self.b.jump(done, vec![v]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        r
    }

    fn min_max(&mut self, is_min: bool, t: TypeId, a: Vals, b: Vals) -> Vals {
        match self.l.basic(t) {
            Some(bt) if bt.is_float() => {
                let name = if is_min { "fmin" } else { "fmax" };
                self.native(name, &[a[0], b[0]], &[Type::F64])
            }
            Some(bt) if bt.is_string() => {
                let c = self.native("str_cmp", &[b[0], b[1], a[0], a[1]], &[Type::I64])[0];
                let zero = self.iconst(0);
                let take_b = self.b.icmp(if is_min { IntCC::Slt } else { IntCC::Sgt }, c, zero);
                vec![self.b.select(take_b, b[0], a[0]), self.b.select(take_b, b[1], a[1])]
            }
            Some(bt) => {
                let cc = match (is_min, bt.is_unsigned()) {
                    (true, false) => IntCC::Slt,
                    (true, true) => IntCC::Ult,
                    (false, false) => IntCC::Sgt,
                    (false, true) => IntCC::Ugt,
                };
                let take_b = self.b.icmp(cc, b[0], a[0]);
                vec![self.b.select(take_b, b[0], a[0])]
            }
            None => a,
        }
    }

    /// Builtins whose operands are already evaluated (also for thunks).
    pub fn builtin_values(&mut self, b: Builtin, ops: Vec<(Vals, TypeId)>) -> Vals {
        match b {
            Builtin::Panic => {
                let v = &ops[0].0;
                self.native("panic_value", &[v[0], v[1]], &[]);
                vec![]
            }
            Builtin::Print | Builtin::Println => {
                let n = ops.len();
                for (k, (v, t)) in ops.into_iter().enumerate() {
                    if k > 0 && b == Builtin::Println {
                        self.native("print_space", &[], &[]);
                    }
                    self.print_value(&v, t);
                }
                if b == Builtin::Println {
                    self.native("print_nl", &[], &[]);
                }
                let _ = n;
                vec![]
            }
            Builtin::Recover => {
                let fid = self.iconst(self.id.0 as i64);
                self.native("recover", &[fid], &[Type::I64, Type::I64])
            }
            Builtin::Close => {
                if let Some((c, _)) = ops.first() {
                    self.native("chan_close", c, &[]);
                }
                vec![]
            }
            Builtin::Delete => {
                if let [(m, mt), (k, _)] = ops.as_slice() {
                    let td = self.tdesc_val(*mt);
                    let mut a = vec![td, m[0]];
                    a.extend(k.iter().copied());
                    self.native("map_delete", &a, &[]);
                }
                vec![]
            }
            Builtin::Copy => {
                if let [(d, dt), (s, _)] = ops.as_slice() {
                    let et = self.l.p.tt.elem(*dt);
                    let es = self.iconst(self.l.size_of(et) as i64);
                    return self.native("slice_copy", &[d[0], d[1], s[0], s[1], es], &[Type::I64]);
                }
                vec![]
            }
            _ => vec![],
        }
    }

    fn print_value(&mut self, v: &[Value], t: TypeId) {
        match self.l.p.tt.under(t).clone() {
            TypeKind::Basic(b) => {
                let name = match b {
                    Basic::Bool | Basic::UntypedBool => "print_bool",
                    Basic::Float32 => "print_float32",
                    b if b.is_float() => "print_float",
                    Basic::Complex64 => "print_complex64",
                    b if b.is_complex() => "print_complex",
                    b if b.is_string() => "print_string",
                    b if b.is_unsigned() => "print_uint",
                    Basic::UnsafePointer => "print_pointer",
                    _ => "print_int",
                };
                self.native(name, v, &[]);
            }
            TypeKind::Slice(_) => {
                self.native("print_slice", v, &[]);
            }
            TypeKind::Interface(_) => {
                self.native("print_iface", v, &[]);
            }
            _ => {
                self.native("print_pointer", &v[..1], &[]);
            }
        }
    }

    fn append(&mut self, e: &Expr, args: &[Expr], has_ellipsis: bool) -> Vals {
        let st = self.ty(e);
        let et = self.t(self.l.p.tt.elem(st));
        let esize = self.l.size_of(et) as i64;
        let s = self.expr_to(&args[0], st);
        // The new elements: either a spread slice/string, or values.
        let (src_ptr, count, items): (Option<Value>, Value, Vec<Vals>) = if has_ellipsis {
            let v = self.expr(&args[1]);
            (Some(v[0]), v[1], vec![])
        } else {
            let items: Vec<Vals> = args[1..].iter().map(|a| self.expr_owned_to(a, et)).collect();
            let n = self.iconst(items.len() as i64);
            (None, n, items)
        };
        if !has_ellipsis && items.is_empty() {
            return s;
        }
        let newlen = self.b.binary(BinOp::Iadd, s[1], count);
        let grow = self.b.create_block();
        let done = self.b.create_block();
        let p = self.b.append_block_param(done, Type::I64);
        let cap = self.b.append_block_param(done, Type::I64);
        let over = self.b.icmp(IntCC::Ugt, newlen, s[2]);
        self.b.brif(over, grow, vec![], done, vec![s[0], s[2]]);
        self.b.seal_block(grow);
        self.b.switch_to_block(grow);
        let td = self.tdesc_val(et);
        let g = self.native("grow_slice", &[td, s[0], s[1], s[2], newlen], &[Type::I64, Type::I64]);
        self.b.jump(done, vec![g[0], g[1]]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        let dst = self.elem_addr(p, s[1], esize);
        match src_ptr {
            Some(src) => {
                let es = self.iconst(esize);
                let bytes = self.b.binary(BinOp::Imul, count, es);
                self.native("mem_move", &[dst, src, bytes], &[]);
            }
            None => {
                for (k, v) in items.iter().enumerate() {
                    self.store(dst, (k as i64 * esize) as i32, et, v);
                }
            }
        }
        vec![p, newlen, cap]
    }

    // ---- conversions ----

    pub fn explicit_conversion(&mut self, x: &Expr, to: TypeId, pos: ast::Pos) -> Vals {
        let from = self.ty(x);
        let v = self.expr(x);
        self.convert_explicit(v, from, to, pos)
    }

    pub fn convert_explicit(&mut self, v: Vals, from: TypeId, to: TypeId, _pos: ast::Pos) -> Vals {
        if self.l.p.tt.is_interface(to) || from == ids::UNTYPED_NIL {
            return self.convert_to(v, from, to);
        }
        let (fu, tu) = (self.l.p.tt.under(from).clone(), self.l.p.tt.under(to).clone());
        match (&fu, &tu) {
            (TypeKind::Basic(fb), TypeKind::Basic(tb)) => {
                let (fb, tb) = (*fb, *tb);
                if tb.is_string() && fb.is_integer() {
                    return self.native("rune_to_str", &v, &[Type::I64, Type::I64]);
                }
                if tb.is_string() || fb == tb {
                    return v;
                }
                if fb.is_complex() && tb.is_complex() {
                    if tb == Basic::Complex64 {
                        return v.iter().map(|&x| self.b.unary(ir::UnOp::Fround32, x)).collect();
                    }
                    return v;
                }
                if fb.is_integer() && tb.is_integer() {
                    return vec![self.normalize(to, v[0])];
                }
                if fb.is_integer() && tb.is_float() {
                    let op = if fb.is_unsigned() { ir::UnOp::UIToF } else { ir::UnOp::SIToF };
                    let f = self.b.unary(op, v[0]);
                    return vec![self.normalize(to, f)];
                }
                if fb.is_float() && tb.is_integer() {
                    let op = if tb.is_unsigned() { ir::UnOp::FToUI } else { ir::UnOp::FToSI };
                    let i = self.b.unary(op, v[0]);
                    return vec![self.normalize(to, i)];
                }
                if fb.is_float() && tb.is_float() {
                    return vec![self.normalize(to, v[0])];
                }
                v
            }
            (TypeKind::Slice(e), TypeKind::Basic(tb)) if tb.is_string() => {
                if self.l.basic(*e) == Some(Basic::Int32) {
                    self.native("runes_to_str", &v[..2], &[Type::I64, Type::I64])
                } else {
                    self.native("bytes_to_str", &v[..2], &[Type::I64, Type::I64])
                }
            }
            (TypeKind::Basic(fb), TypeKind::Slice(e)) if fb.is_string() => {
                if self.l.basic(*e) == Some(Basic::Int32) {
                    self.native("str_to_runes", &v, &[Type::I64, Type::I64, Type::I64])
                } else {
                    self.native("str_to_bytes", &v, &[Type::I64, Type::I64, Type::I64])
                }
            }
            (TypeKind::Slice(_), TypeKind::Pointer(p)) => {
                let TypeKind::Array(n, _) = self.l.p.tt.under(*p).clone() else { return v };
                let nv = self.iconst(n as i64);
                self.bounds_fail_if(IntCC::Slt, v[1], nv, runtime::panic::bounds::CONVERT, v[1], nv);
                // A nil slice converts to a nil pointer only when n == 0.
                vec![v[0]]
            }
            (TypeKind::Slice(_), TypeKind::Array(n, _)) => {
                let nv = self.iconst(*n as i64);
                self.bounds_fail_if(IntCC::Slt, v[1], nv, runtime::panic::bounds::CONVERT, v[1], nv);
                vec![self.copy_mem(v[0], to)]
            }
            _ => v,
        }
    }
}

/// How a call reaches its callee.
pub(crate) enum Callee {
    Func(FuncId),
    Method { id: FuncId, recv: Vals },
    Iface { itab: Value, data: Value, index: usize },
    Value(Value),
}

/// Calls `f` with the node id of every identifier used in a block
/// (including nested function literals).
pub(crate) fn collect_uses_block(b: &ast::Block, f: &mut dyn FnMut(ast::NodeId)) {
    for s in &b.stmts {
        collect_uses_stmt(s, f);
    }
}

fn collect_uses_stmt(s: &ast::Stmt, f: &mut dyn FnMut(ast::NodeId)) {
    use ast::StmtKind::*;
    match &s.kind {
        Decl(g) => {
            for sp in &g.specs {
                if let ast::Spec::Value(vs) = sp {
                    for v in &vs.values {
                        collect_uses_expr(v, f);
                    }
                }
            }
        }
        Labeled(_, x) => collect_uses_stmt(x, f),
        Expr(e) | Go(e) | Defer(e) => collect_uses_expr(e, f),
        Send(a, b) => {
            collect_uses_expr(a, f);
            collect_uses_expr(b, f);
        }
        IncDec(e, _) => collect_uses_expr(e, f),
        Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                collect_uses_expr(e, f);
            }
        }
        Return(es) => es.iter().for_each(|e| collect_uses_expr(e, f)),
        Block(b) => collect_uses_block(b, f),
        If { init, cond, then, els } => {
            if let Some(i) = init {
                collect_uses_stmt(i, f);
            }
            collect_uses_expr(cond, f);
            collect_uses_block(then, f);
            if let Some(e) = els {
                collect_uses_stmt(e, f);
            }
        }
        Switch { init, tag, body, .. } => {
            if let Some(i) = init {
                collect_uses_stmt(i, f);
            }
            if let Some(t) = tag {
                collect_uses_expr(t, f);
            }
            for c in body {
                c.exprs.iter().for_each(|e| collect_uses_expr(e, f));
                c.body.iter().for_each(|s| collect_uses_stmt(s, f));
            }
        }
        TypeSwitch { init, x, body, .. } => {
            if let Some(i) = init {
                collect_uses_stmt(i, f);
            }
            collect_uses_expr(x, f);
            for c in body {
                c.body.iter().for_each(|s| collect_uses_stmt(s, f));
            }
        }
        Select(cl) => {
            for c in cl {
                if let Some(x) = &c.comm {
                    collect_uses_stmt(x, f);
                }
                c.body.iter().for_each(|s| collect_uses_stmt(s, f));
            }
        }
        For { init, cond, post, body } => {
            if let Some(i) = init {
                collect_uses_stmt(i, f);
            }
            if let Some(c) = cond {
                collect_uses_expr(c, f);
            }
            if let Some(p) = post {
                collect_uses_stmt(p, f);
            }
            collect_uses_block(body, f);
        }
        Range { key, value, x, body, .. } => {
            for e in [key, value].into_iter().flatten() {
                collect_uses_expr(e, f);
            }
            collect_uses_expr(x, f);
            collect_uses_block(body, f);
        }
        Empty | Branch(..) => {}
    }
}

pub(crate) fn collect_uses_expr(e: &Expr, f: &mut dyn FnMut(ast::NodeId)) {
    use ExprKind::*;
    match &e.kind {
        Ident(_) => f(e.id),
        BasicLit(..) | Bad | Ellipsis(_) => {}
        CompositeLit { elts, .. } => elts.iter().for_each(|x| collect_uses_expr(x, f)),
        KeyValue(a, b) => {
            collect_uses_expr(a, f);
            collect_uses_expr(b, f);
        }
        FuncLit(l) => collect_uses_block(&l.body, f),
        Paren(x) | Star(x) | Unary(_, x) => collect_uses_expr(x, f),
        Selector(x, _) => collect_uses_expr(x, f),
        Index(x, i) => {
            collect_uses_expr(x, f);
            i.iter().for_each(|y| collect_uses_expr(y, f));
        }
        Slice { x, lo, hi, max, .. } => {
            collect_uses_expr(x, f);
            for y in [lo, hi, max].into_iter().flatten() {
                collect_uses_expr(y, f);
            }
        }
        TypeAssert(x, _) => collect_uses_expr(x, f),
        Call { fun, args, .. } => {
            collect_uses_expr(fun, f);
            args.iter().for_each(|a| collect_uses_expr(a, f));
        }
        Binary(_, a, b) => {
            collect_uses_expr(a, f);
            collect_uses_expr(b, f);
        }
        _ => {}
    }
}
