//! Resolution of calls: functions, methods, func values, closures,
//! builtins, conversions, interfaces and defer (mirrors lower/call.rs and
//! lower/iface.rs).

use super::resolve::{Fx, Var};
use super::tree::*;
use crate::ast::{Expr, ExprKind};
use crate::check::{Mode, SelKind, Selection};
use crate::lower::Origin;
use crate::objects::*;
use crate::types::{ids, Basic, Sig, TypeId, TypeKind};
use std::rc::Rc;

/// How a call reaches its callee.
pub(crate) enum Callee {
    Func(u32),
    /// A method: the receiver words (n of them) come first.
    Method {
        id: u32,
        recv: X,
        n: u32,
    },
    Iface {
        recv: X,
        index: u32,
    },
    Value(X),
}

impl Fx<'_> {
    /// Resolves a call; returns the node and the result types.
    pub fn call_expr(&mut self, e: &Expr) -> (X, Vec<TypeId>) {
        let ExprKind::Call { fun, args, ellipsis, .. } = &e.kind else { return (self.fail("call"), vec![]) };
        if let Some(r) = self.hoisted(e) {
            return r;
        }
        self.pos = e.pos;
        let fmode = self.r.p.info.types.get(&fun.id).map(|t| t.mode);
        if fmode == Some(Mode::TypeExpr) {
            let t = self.tid(e);
            let v = self.explicit_conversion(&args[0], t);
            return (v, vec![t]);
        }
        if fmode == Some(Mode::Builtin) {
            let b = self.builtin_of(fun);
            let t = self.tid(e);
            let v = self.builtin(e, b, args, ellipsis.is_some());
            let novalue = self.r.p.info.types.get(&e.id).is_some_and(|tv| tv.mode == Mode::NoValue);
            return (v, if novalue { vec![] } else { vec![t] });
        }
        let fun_t = self.node_type(fun.id);
        let Some(sig) = self.r.p.tt.sig(fun_t).cloned() else { return (self.fail("call of non-function"), vec![]) };
        let sig = self.subst_sig(&sig);
        let rtypes = sig.results.clone();
        let nres = self.words_of_types(&rtypes);
        let callee = self.callee(fun);
        let argv = self.call_args(&sig, args, ellipsis.is_some());
        self.pos = e.pos;
        let loc = self.here();
        let (target, first) = match callee {
            Callee::Func(id) => (Target::Static(id), Vec::new()),
            Callee::Method { id, recv, n } => (Target::Static(id), vec![(recv, n)]),
            Callee::Iface { recv, index } => {
                let tmp = self.tmp(2);
                (Target::Iface { recv, index, tmp }, Vec::new())
            }
            Callee::Value(fv) => (Target::Closure(fv), Vec::new()),
        };
        let mut off = match target {
            Target::Static(_) => 0,
            _ => 1,
        };
        let mut out = Vec::new();
        for (x, n) in first.into_iter().chain(argv) {
            out.push(Arg { x, off, n });
            off += n;
        }
        let c = CallX { target, args: out.into_boxed_slice(), nargs: off, nres, loc };
        (X::Call(Box::new(c)), rtypes)
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
        match self.r.p.info.uses.get(&id).map(|&o| &self.r.p.obj(o).kind) {
            Some(ObjKind::Builtin(b)) => *b,
            _ => Builtin::Print,
        }
    }

    /// Argument words for a call: conversions to parameter types,
    /// variadic packing, and spreading of a multi-value argument.
    pub fn call_args(&mut self, sig: &Sig, args: &[Expr], has_ellipsis: bool) -> Vec<(X, u32)> {
        let np = sig.params.len();
        if (args.len() == 1 && np > 1
            || (args.len() == 1 && sig.variadic && !has_ellipsis && self.is_tuple_call(&args[0])))
            && self.is_tuple_call(&args[0])
        {
            let (x, types) = self.multi_values(&args[0]);
            return self.pack_args(sig, x, &types);
        }
        let mut out = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if sig.variadic && i >= np - 1 && !has_ellipsis {
                break;
            }
            let Some(&pt) = sig.params.get(i) else { break };
            let n = self.ty(pt).n;
            let x = self.expr_owned_to(a, pt);
            out.push((x, n));
        }
        if sig.variadic && !has_ellipsis {
            let st = sig.params[np - 1];
            let et = self.r.p.tt.elem(st);
            let extra = &args[(np - 1).min(args.len())..];
            let x = self.make_slice_of(et, extra);
            out.push((x, 3));
        }
        out
    }

    fn is_tuple_call(&self, e: &Expr) -> bool {
        let t = self.r.p.info.types.get(&e.id).map(|t| t.ty).unwrap_or(ids::INVALID);
        matches!(self.r.p.tt.kind(t), TypeKind::Tuple(ts) if ts.len() > 1)
    }

    /// Packs the values of a multi-value node as arguments.
    fn pack_args(&mut self, sig: &Sig, x: X, types: &[TypeId]) -> Vec<(X, u32)> {
        let np = sig.params.len();
        let total = self.words_of_types(types);
        let tmp = self.tmp(total);
        let parts = self.parts_of(tmp, types);
        let mut out: Vec<(X, u32)> = Vec::new();
        let mut extra = Vec::new();
        for (i, (v, vt)) in parts.into_iter().enumerate() {
            if sig.variadic && i >= np - 1 {
                extra.push((v, vt));
                continue;
            }
            let Some(&pt) = sig.params.get(i) else { break };
            let n = self.ty(pt).n;
            let v = self.convert_to(v, vt, pt);
            out.push((v, n));
        }
        if sig.variadic {
            let st = sig.params[np - 1];
            let et = self.r.p.tt.elem(st);
            let et = self.t(et);
            if extra.is_empty() {
                out.push((X::Zero(3), 3));
            } else {
                let ety = self.ty(et);
                let esize = self.size_of(et) as i64;
                let mut stores = Vec::new();
                for (k, (v, vt)) in extra.into_iter().enumerate() {
                    let v = self.convert_to(v, vt, et);
                    stores.push((k as i64 * esize, v, ety.clone()));
                }
                let etd = self.td(et);
                let len = stores.len() as u64;
                let stmp = self.tmp(3 + ety.n);
                let loc = self.here();
                out.push((
                    X::SliceLit(Box::new(SliceLitX { etd, len, stores: stores.into_boxed_slice(), tmp: stmp, loc })),
                    3,
                ));
            }
        }
        // The multi-value node runs first, with the first argument.
        if out.is_empty() {
            out.push((X::Zero(0), 0));
        }
        let (first, n0) = out.remove(0);
        let first = X::Let { x: Box::new(x), tmp, n: total, body: Box::new(first) };
        out.insert(0, (first, n0));
        out
    }

    /// A new slice holding the values of `elems` (nil if there are none).
    pub fn make_slice_of(&mut self, et: TypeId, elems: &[Expr]) -> X {
        let et = self.t(et);
        if elems.is_empty() {
            return X::Zero(3);
        }
        let ety = self.ty(et);
        let esize = self.size_of(et) as i64;
        let mut stores = Vec::new();
        for (k, a) in elems.iter().enumerate() {
            let v = self.expr_owned_to(a, et);
            stores.push((k as i64 * esize, v, ety.clone()));
        }
        let etd = self.td(et);
        let tmp = self.tmp(3 + ety.n);
        let loc = self.here();
        X::SliceLit(Box::new(SliceLitX { etd, len: elems.len() as u64, stores: stores.into_boxed_slice(), tmp, loc }))
    }

    // ---- callees ----

    pub fn callee(&mut self, fun: &Expr) -> Callee {
        let f = crate::check::strip_parens_pub(fun);
        // Explicit instantiation f[T].
        let (target, inst_id) = match &f.kind {
            ExprKind::Index(x, _) if self.r.p.info.instances.contains_key(&x.id) => (&**x, x.id),
            _ => (f, f.id),
        };
        match &target.kind {
            ExprKind::Ident(_) => {
                if let Some(&o) = self.r.p.info.uses.get(&target.id) {
                    if let ObjKind::Func(fo) = &self.r.p.obj(o).kind {
                        if fo.recv_base.is_none() {
                            let targs = self.instance_targs(inst_id);
                            return self.func_callee(o, &targs);
                        }
                    }
                }
            }
            ExprKind::Selector(x, sel) => {
                if let Some(s) = self.r.p.info.selections.get(&target.id).cloned() {
                    if s.kind == SelKind::Method {
                        let mtargs = self.instance_targs(target.id);
                        return self.method_callee(x, &s, &sel.name, &mtargs);
                    }
                } else if let Some(&o) = self.r.p.info.uses.get(&sel.id) {
                    if let ObjKind::Func(_) = &self.r.p.obj(o).kind {
                        let mut targs = self.instance_targs(inst_id);
                        if targs.is_empty() {
                            targs = self.instance_targs(sel.id);
                        }
                        return self.func_callee(o, &targs);
                    }
                }
            }
            _ => {}
        }
        let fv = self.expr(fun);
        Callee::Value(fv)
    }

    fn func_callee(&mut self, o: ObjId, targs: &[TypeId]) -> Callee {
        match self.r.func_id(o, targs) {
            Some(id) => Callee::Func(id),
            None => {
                let n = self.r.p.obj(o).name.clone();
                Callee::Value(self.fail(format!("function {n} was not lowered")))
            }
        }
    }

    /// Resolves a method call `x.m(...)`: concrete methods are direct
    /// calls, interface methods go through the itab.
    pub fn method_callee(&mut self, x: &Expr, s: &Selection, name: &str, mtargs: &[TypeId]) -> Callee {
        let recv_t = self.t(s.recv);
        let rty = self.ty(recv_t);
        if s.path.is_empty() && !rty.mem && !self.is_addressable(x) {
            // A receiver value that is not addressable: the lowering spills
            // it into a cell and reads it back; the value itself is the same.
            let v = self.expr(x);
            if self.is_iface(recv_t) {
                let index = self.iface_method_index(recv_t, name);
                return Callee::Iface { recv: v, index };
            }
            let (m, mrecv) = self.r.resolve_method(recv_t, s.obj, name);
            let Some(m) = m else { return Callee::Value(X::K(0)) };
            let ptr_recv = self.r.p.obj(m).func().is_some_and(|f| f.ptr_recv);
            let Some(id) = self.r.generic_method_func(m, mrecv, mtargs) else {
                return Callee::Value(self.fail(format!("method {name} was not lowered")));
            };
            let is_ptr = matches!(self.r.p.tt.under(recv_t), TypeKind::Pointer(_));
            let (recv, n) = match (ptr_recv, is_ptr) {
                (true, true) => (v, 1),
                (true, false) => (self.spill(v, recv_t), 1),
                (false, true) => {
                    let loc = self.here();
                    let p = X::NilChk { p: Box::new(v), loc };
                    let vt = self.r.p.tt.elem(recv_t);
                    let vty = self.ty(vt);
                    let l = self.load(p, 0, &vty);
                    (self.own(l, vt), vty.n)
                }
                (false, false) => (v, rty.n),
            };
            return Callee::Method { id, recv, n };
        }
        let (place, holder) = self.embedded_receiver(x, s, recv_t);
        if self.is_iface(holder) {
            let iv = self.read_place(place);
            let index = self.iface_method_index(holder, name);
            return Callee::Iface { recv: iv, index };
        }
        let (m, mrecv) = self.r.resolve_method(holder, s.obj, name);
        let Some(m) = m else { return Callee::Value(X::K(0)) };
        let ptr_recv = self.r.p.obj(m).func().is_some_and(|f| f.ptr_recv);
        let Some(id) = self.r.generic_method_func(m, mrecv, mtargs) else {
            return Callee::Value(self.fail(format!("method {name} was not lowered")));
        };
        let (recv, n) = self.receiver_value(place, holder, ptr_recv);
        Callee::Method { id, recv, n }
    }

    /// The place of the value whose method is called after walking the
    /// embedded fields of the selection, and its type.
    pub fn embedded_receiver(&mut self, x: &Expr, s: &Selection, recv_t: TypeId) -> (Pl, TypeId) {
        let rty = self.ty(recv_t);
        let mut place = if rty.mem || !self.is_addressable(x) {
            let v = self.expr(x);
            if rty.mem {
                self.mem_pl(v, 0, rty)
            } else {
                let cell = self.spill(v, recv_t);
                self.mem_pl(cell, 0, rty)
            }
        } else {
            self.place(x)
        };
        let mut t = recv_t;
        for &i in &s.path {
            place = self.field_of(place, i);
            t = place.ty().map(|t| t.id).unwrap_or(ids::INVALID);
        }
        (place, t)
    }

    fn is_addressable(&self, x: &Expr) -> bool {
        self.r.p.info.types.get(&x.id).is_some_and(|t| t.mode == Mode::Variable)
    }

    /// Receiver words: a pointer for pointer methods, else the value.
    pub fn receiver_value(&mut self, place: Pl, holder: TypeId, ptr_recv: bool) -> (X, u32) {
        let is_ptr = matches!(self.r.p.tt.under(holder), TypeKind::Pointer(_));
        if ptr_recv {
            if is_ptr {
                return (self.read_place(place), 1);
            }
            match self.place_addr(place) {
                Ok(a) => (a, 1),
                Err(place) => {
                    // A variable in slots: pass a pointer to a copy.
                    let v = self.read_place(place);
                    (self.spill(v, holder), 1)
                }
            }
        } else if is_ptr {
            let p = self.read_place(place);
            let loc = self.here();
            let p = X::NilChk { p: Box::new(p), loc };
            let vt = self.r.p.tt.elem(holder);
            let vty = self.ty(vt);
            let v = self.load(p, 0, &vty);
            (self.own(v, vt), vty.n)
        } else {
            let n = self.ty(holder).n;
            let v = self.read_place(place);
            (self.own(v, holder), n)
        }
    }

    pub fn iface_method_index(&self, iface: TypeId, name: &str) -> u32 {
        self.r.p.tt.iface(iface).and_then(|i| i.methods.iter().position(|m| &*m.name == name)).unwrap_or(0) as u32
    }

    // ---- func values ----

    /// A func value for a declared function: the static closure over its
    /// `$fv` wrapper.
    pub fn func_value(&mut self, o: ObjId, targs: &[TypeId]) -> X {
        let Some(id) = self.r.func_id(o, targs) else {
            let n = self.r.p.obj(o).name.clone();
            return self.fail(format!("function {n} was not lowered"));
        };
        match self.r.generated(&format!("fv:{id}")) {
            Some(w) => X::K(self.r.static_closure(w)),
            None => self.fail("func value wrapper was not lowered"),
        }
    }

    /// A bound method value `x.m`: a closure holding the receiver.
    pub fn method_value(&mut self, e: &Expr, x: &Expr, s: &Selection) -> X {
        let ExprKind::Selector(_, sel) = &e.kind else { return self.fail("method value") };
        let ft = self.tid(e);
        let mtargs = self.instance_targs(e.id);
        let callee = self.method_callee(x, s, &sel.name, &mtargs);
        let (fid, recv, n, iface_index) = match callee {
            Callee::Method { id, recv, n } => (Some(id), recv, n, None),
            Callee::Iface { recv, index } => (None, recv, 2, Some(index as usize)),
            _ => return X::K(0),
        };
        let key = format!("bound:{:?}:{:?}:{}", fid, iface_index, ft.0);
        let Some(w) = self.r.generated(&key) else { return self.fail("method value wrapper was not lowered") };
        let fi = self.r.fi_addr(w);
        let tmp = self.tmp(n);
        let loc = self.here();
        X::Closure(Box::new(ClosureX {
            fi,
            caps: Box::new([]),
            recv: Some((recv, n)),
            nilchk: iface_index.is_some(),
            tmp,
            loc,
        }))
    }

    /// A method expression `T.m`: a function value taking the receiver
    /// first.
    pub fn method_expr(&mut self, e: &Expr, s: &Selection) -> X {
        let _ = e;
        let recv_t = self.t(s.recv);
        let name = self.r.p.obj(s.obj).name.clone();
        match self.r.generated(&format!("mexpr:{}:{}", recv_t.0, name)) {
            Some(w) => X::K(self.r.static_closure(w)),
            None => self.fail("method expression wrapper was not lowered"),
        }
    }

    /// A function literal: a closure capturing the cells of the outer
    /// variables it uses (as the lowering recorded them).
    pub fn closure(&mut self, e: &Expr, lit: &Rc<crate::ast::FuncLit>) -> X {
        let _ = e;
        let Some(id) = self.r.literal_id(self.id, lit) else { return self.fail("function literal was not lowered") };
        let captures = match self.r.t.origins.get(id as usize) {
            Some(Some(Origin::Literal { captures, .. })) => captures.clone(),
            _ => vec![],
        };
        if captures.is_empty() {
            return X::K(self.r.static_closure(id));
        }
        let mut caps = Vec::new();
        for &(o, _) in &captures {
            let src = match self.vars.get(&o).copied() {
                Some(Var::Cell(c)) => CapSrc::Cell(c),
                Some(Var::Slots(_)) => {
                    // The checker marks captured variables as escaping; a
                    // variable still in slots is copied into a cell.
                    let pl = self.var_place(o);
                    let t = pl.ty().map(|t| t.id).unwrap_or(ids::INVALID);
                    let v = self.read_place(pl);
                    let ty = self.ty(t);
                    CapSrc::Spill(v, ty)
                }
                _ => CapSrc::Val(X::K(0)),
            };
            caps.push(src);
        }
        let fi = self.r.fi_addr(id);
        // The captured words, then scratch for a spilled value.
        let n = caps.iter().map(|c| if let CapSrc::Spill(_, t) = c { t.n } else { 1 }).max().unwrap_or(1);
        let tmp = self.tmp(caps.len() as u32 + n);
        let loc = self.here();
        X::Closure(Box::new(ClosureX { fi, caps: caps.into_boxed_slice(), recv: None, nilchk: false, tmp, loc }))
    }

    // ---- defer ----

    pub fn defer_stmt(&mut self, e: &Expr) -> S {
        let Some(mark) = self.defer_mark else { return S::Fail("defer outside a function with defers".into()) };
        match self.call_thunk(e) {
            Ok(x) => S::Defer { mark, x },
            Err(m) => S::Fail(m.into()),
        }
    }

    /// `go f(x)`: the call, with its arguments evaluated now, starts a
    /// goroutine.
    pub fn go_stmt(&mut self, e: &Expr) -> S {
        match self.call_thunk(e) {
            Ok(x) => {
                let x = self.native("go_spawn", vec![(x, 1)], 0);
                self.discard(x, 0)
            }
            Err(m) => S::Fail(m.into()),
        }
    }

    /// A func value `func()` that makes the call `e` later with the
    /// function and arguments evaluated now (for defer and go; as
    /// `FnLower::call_thunk`).
    fn call_thunk(&mut self, e: &Expr) -> Result<X, &'static str> {
        let call = crate::check::strip_parens_pub(e);
        let ExprKind::Call { fun, args, ellipsis, .. } = &call.kind else { return Err("defer of non-call") };
        let fmode = self.r.p.info.types.get(&fun.id).map(|t| t.mode);
        if fmode == Some(Mode::Builtin) {
            let b = self.builtin_of(fun);
            return Ok(self.builtin_thunk(call, b, args));
        }
        let fun_t = self.node_type(fun.id);
        let Some(sig) = self.r.p.tt.sig(fun_t).cloned() else { return Err("defer of non-function") };
        let sig = self.subst_sig(&sig);
        let fv = match self.callee(fun) {
            Callee::Func(id) => match self.r.generated(&format!("fv:{id}")) {
                Some(w) => X::K(self.r.static_closure(w)),
                None => self.fail("func value wrapper was not lowered"),
            },
            Callee::Value(fv) => fv,
            Callee::Method { .. } | Callee::Iface { .. } => {
                let f = crate::check::strip_parens_pub(fun);
                let ExprKind::Selector(x, _) = &f.kind else { return Err("deferred method") };
                let Some(s) = self.r.p.info.selections.get(&f.id).cloned() else { return Err("deferred method") };
                // The receiver is evaluated again here, as the lowering does.
                self.method_value(f, x, &s)
            }
        };
        let argv = self.call_args(&sig, args, ellipsis.is_some());
        let nwords: u32 = argv.iter().map(|a| a.1).sum();
        if nwords == 0 {
            // A plain func value: the runtime calls it directly, so
            // recover() in a deferred one works. Arguments without words
            // are still evaluated, after the function.
            if argv.is_empty() {
                return Ok(fv);
            }
            let tmp = self.tmp(1);
            let mut parts = vec![(fv, 1)];
            parts.extend(argv);
            let x = self.cat_n(parts);
            return Ok(X::Let { x: Box::new(x), tmp, n: 1, body: Box::new(X::Slot(tmp)) });
        }
        let key = format!("thunk:{}:{}", self.id, e.id.0);
        let Some(thunk) = self.r.generated(&key) else { return Err("defer thunk was not lowered") };
        let fi = self.r.fi_addr(thunk);
        let mut words = vec![(fv, 1)];
        words.extend(argv);
        let n: u32 = words.iter().map(|w| w.1).sum();
        let tmp = self.tmp(n);
        let loc = self.here();
        let recv = self.cat_n(words);
        Ok(X::Closure(Box::new(ClosureX { fi, caps: Box::new([]), recv: Some((recv, n)), nilchk: false, tmp, loc })))
    }

    /// A deferred builtin call: arguments evaluated now into the closure,
    /// the call made by the lowering's thunk.
    fn builtin_thunk(&mut self, call: &Expr, b: Builtin, args: &[Expr]) -> X {
        let mut words = Vec::new();
        for a in args {
            let t = match b {
                Builtin::Panic => self.r.p.any_type(),
                _ => self.tid(a),
            };
            let n = self.ty(t).n;
            let v = self.expr_owned_to(a, t);
            words.push((v, n));
        }
        let key = format!("bthunk:{}:{}", self.id, call.id.0);
        let Some(thunk) = self.r.generated(&key) else { return self.fail("defer thunk was not lowered") };
        let fi = self.r.fi_addr(thunk);
        let n: u32 = words.iter().map(|w| w.1).sum();
        let tmp = self.tmp(n);
        let loc = self.here();
        let recv = self.cat_n(words);
        X::Closure(Box::new(ClosureX { fi, caps: Box::new([]), recv: Some((recv, n)), nilchk: false, tmp, loc }))
    }

    // ---- builtins ----

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], has_ellipsis: bool) -> X {
        let t = self.tid(e);
        match b {
            Builtin::Len | Builtin::Cap => {
                let xt = self.tid(&args[0]);
                let v = self.expr(&args[0]);
                match self.r.p.tt.under(xt).clone() {
                    TypeKind::Basic(_) => self.word_of(v, 1, 2),
                    TypeKind::Slice(_) => self.word_of(v, if b == Builtin::Len { 1 } else { 2 }, 3),
                    TypeKind::Array(n, _) => X::K(n),
                    TypeKind::Pointer(p) => match self.r.p.tt.under(p) {
                        TypeKind::Array(n, _) => X::K(*n),
                        _ => X::K(0),
                    },
                    TypeKind::Map(..) => X::MapLen(Box::new(v)),
                    TypeKind::Chan(..) => {
                        let f = if b == Builtin::Len { "chan_len" } else { "chan_cap" };
                        self.native(f, vec![(v, 1)], 1)
                    }
                    _ => self.fail("len or cap of this type"),
                }
            }
            Builtin::Append => self.append(e, args, has_ellipsis),
            Builtin::Copy => {
                let (dt, st) = (self.tid(&args[0]), self.tid(&args[1]));
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                let sn = self.ty(st).n;
                let et = self.r.p.tt.elem(dt);
                let et = self.t(et);
                let es = self.size_of(et);
                let tmp = self.tmp(6);
                X::Builtin(Box::new(BuiltinX {
                    b: Builtin::Copy,
                    ops: Box::new([(d, 3), (s, sn)]),
                    tmp,
                    kinds: Box::new([]),
                    td: 0,
                    esize: es,
                    fid: 0,
                    loc: 0,
                }))
            }
            Builtin::Delete => {
                let mt = self.tid(&args[0]);
                let m = self.expr(&args[0]);
                let kt = match self.r.p.tt.under(mt).clone() {
                    TypeKind::Map(k, _) => self.t(k),
                    _ => return self.fail("delete of non-map"),
                };
                let kn = self.ty(kt).n;
                let k = self.expr_to(&args[1], kt);
                let td = self.td(mt);
                self.native("map_delete", vec![(X::K(td), 1), (m, 1), (k, kn)], 0)
            }
            Builtin::Clear => {
                let xt = self.tid(&args[0]);
                let v = self.expr(&args[0]);
                match self.r.p.tt.under(xt).clone() {
                    TypeKind::Map(..) => {
                        let td = self.td(xt);
                        self.native("map_clear", vec![(X::K(td), 1), (v, 1)], 0)
                    }
                    TypeKind::Slice(et) => {
                        let et = self.t(et);
                        let es = self.size_of(et);
                        let tmp = self.tmp(4);
                        X::Builtin(Box::new(BuiltinX {
                            b: Builtin::Clear,
                            ops: Box::new([(v, 3)]),
                            tmp,
                            kinds: Box::new([]),
                            td: 0,
                            esize: es,
                            fid: 0,
                            loc: 0,
                        }))
                    }
                    _ => X::Zero(0),
                }
            }
            Builtin::Make => match self.r.p.tt.under(t).clone() {
                TypeKind::Slice(et) => {
                    let et = self.t(et);
                    let len = self.expr(&args[1]);
                    let cap = if args.len() > 2 { Some(self.expr(&args[2])) } else { None };
                    let td = self.td(et);
                    let loc = self.here();
                    let tmp = self.tmp(3);
                    X::Builtin(Box::new(BuiltinX {
                        b: Builtin::Make,
                        ops: match cap {
                            Some(c) => Box::new([(len, 1), (c, 1)]),
                            None => Box::new([(len, 1)]),
                        },
                        tmp,
                        kinds: Box::new([]),
                        td,
                        esize: 0,
                        fid: 0,
                        loc,
                    }))
                }
                TypeKind::Map(..) => {
                    let hint = if args.len() > 1 { self.expr(&args[1]) } else { X::K(0) };
                    let td = self.td(t);
                    self.native("make_map", vec![(X::K(td), 1), (hint, 1)], 1)
                }
                TypeKind::Chan(..) => {
                    let size = if args.len() > 1 { self.expr(&args[1]) } else { X::K(0) };
                    let td = self.td(t);
                    self.native("make_chan", vec![(X::K(td), 1), (size, 1)], 1)
                }
                _ => self.fail("make of this type"),
            },
            Builtin::New => {
                let et = self.r.p.tt.elem(t);
                let et = self.t(et);
                let ty = self.ty(et);
                X::Alloc { size: ty.size, noscan: ty.noscan }
            }
            Builtin::Complex => {
                let ft = match self.r.p.tt.basic(t) {
                    Some(Basic::Complex64) => ids::FLOAT32,
                    _ => ids::FLOAT64,
                };
                let r = self.expr_to(&args[0], ft);
                let i = self.expr(&args[1]);
                self.cat_words(vec![r, i])
            }
            Builtin::Real => {
                let v = self.expr(&args[0]);
                self.word_of(v, 0, 2)
            }
            Builtin::Imag => {
                let v = self.expr(&args[0]);
                self.word_of(v, 1, 2)
            }
            Builtin::Min | Builtin::Max => {
                let mut xs = Vec::new();
                for a in args {
                    xs.push(self.expr_to(a, t));
                }
                let kind = match self.r.p.tt.basic(t) {
                    Some(bt) if bt.is_float() => MinMaxKind::Float,
                    Some(bt) if bt.is_string() => MinMaxKind::Str,
                    Some(bt) if bt.is_unsigned() => MinMaxKind::Unsigned,
                    _ => MinMaxKind::Signed,
                };
                let n = if kind == MinMaxKind::Str { 2 } else { 1 };
                let tmp = self.tmp(2 * n);
                X::MinMax(Box::new(MinMaxX { min: b == Builtin::Min, kind, args: xs.into_boxed_slice(), tmp }))
            }
            _ => {
                let mut ops = Vec::new();
                for a in args {
                    let at = match b {
                        Builtin::Panic => self.r.p.any_type(),
                        _ => self.tid(a),
                    };
                    let v = self.expr_to(a, at);
                    ops.push((v, at));
                }
                self.builtin_values(b, ops)
            }
        }
    }

    /// Word `k` of a value of `n` words.
    pub fn word_of(&mut self, x: X, k: u32, n: u32) -> X {
        match x {
            X::SlotsM { slot, .. } => X::Slot(slot + k),
            X::KM(ws) => X::K(ws.get(k as usize).copied().unwrap_or(0)),
            X::Zero(_) => X::K(0),
            x => {
                let tmp = self.tmp(n);
                X::Word { x: Box::new(x), k, tmp }
            }
        }
    }

    /// Builtins whose operands are already resolved (also for thunks).
    pub fn builtin_values(&mut self, b: Builtin, ops: Vec<(X, TypeId)>) -> X {
        let loc = self.here();
        let mut kinds = Vec::new();
        let mut td = 0;
        let mut esize = 0;
        match b {
            Builtin::Print | Builtin::Println => {
                for (_, t) in &ops {
                    kinds.push(self.print_kind(*t));
                }
            }
            Builtin::Delete => {
                if let Some((_, mt)) = ops.first() {
                    td = self.td(*mt);
                }
            }
            Builtin::Copy => {
                if let Some((_, dt)) = ops.first() {
                    let et = self.r.p.tt.elem(*dt);
                    esize = self.size_of(et);
                }
            }
            Builtin::Close => {
                let Some((c, _)) = ops.into_iter().next() else { return X::Zero(0) };
                return self.native("chan_close", vec![(c, 1)], 0);
            }
            Builtin::Panic | Builtin::Recover => {}
            _ => return X::Zero(0),
        }
        let mut v = Vec::new();
        let mut total = 0;
        for (x, t) in ops {
            let n = self.ty(t).n;
            total += n;
            v.push((x, n));
        }
        if b == Builtin::Copy {
            // copy(dst, string-or-slice): (dst 3 words, src 2 first words)
            if let Some(s) = v.get_mut(1) {
                s.1 = s.1.min(3);
            }
        }
        let tmp = self.tmp(total.max(2) + 1);
        X::Builtin(Box::new(BuiltinX {
            b,
            ops: v.into_boxed_slice(),
            tmp,
            kinds: kinds.into_boxed_slice(),
            td,
            esize,
            fid: self.id,
            loc,
        }))
    }

    fn print_kind(&self, t: TypeId) -> PrintKind {
        match self.r.p.tt.under(t) {
            TypeKind::Basic(b) => match b {
                Basic::Bool | Basic::UntypedBool => PrintKind::Bool,
                Basic::Float32 => PrintKind::Float32,
                b if b.is_float() => PrintKind::Float,
                Basic::Complex64 => PrintKind::Complex64,
                b if b.is_complex() => PrintKind::Complex,
                b if b.is_string() => PrintKind::Str,
                b if b.is_unsigned() => PrintKind::Uint,
                Basic::UnsafePointer => PrintKind::Pointer,
                _ => PrintKind::Int,
            },
            TypeKind::Slice(_) => PrintKind::Slice,
            TypeKind::Interface(_) => PrintKind::Iface,
            _ => PrintKind::Pointer,
        }
    }

    fn append(&mut self, e: &Expr, args: &[Expr], has_ellipsis: bool) -> X {
        let st = self.tid(e);
        let et = self.r.p.tt.elem(st);
        let et = self.t(et);
        let ety = self.ty(et);
        let esize = self.size_of(et);
        let s = self.expr_to(&args[0], st);
        let (spread, items) = if has_ellipsis {
            (Some(self.expr(&args[1])), vec![])
        } else {
            let items: Vec<X> = args[1..].iter().map(|a| self.expr_owned_to(a, et)).collect();
            (None, items)
        };
        if !has_ellipsis && items.is_empty() {
            return s;
        }
        let etd = self.td(et);
        let tmp = self.tmp(6 + ety.n * items.len() as u32);
        let loc = self.here();
        X::Append(Box::new(AppendX { etd, esize, ety, s, spread, items: items.into_boxed_slice(), tmp, loc }))
    }

    // ---- conversions ----

    pub fn explicit_conversion(&mut self, x: &Expr, to: TypeId) -> X {
        let from = self.tid(x);
        let v = self.expr(x);
        self.convert_explicit(v, from, to)
    }

    pub fn convert_explicit(&mut self, v: X, from: TypeId, to: TypeId) -> X {
        if self.is_iface(to) || from == ids::UNTYPED_NIL {
            return self.convert_to(v, from, to);
        }
        let (fu, tu) = (self.r.p.tt.under(from).clone(), self.r.p.tt.under(to).clone());
        match (&fu, &tu) {
            (TypeKind::Basic(fb), TypeKind::Basic(tb)) => {
                let (fb, tb) = (*fb, *tb);
                if tb.is_string() && fb.is_integer() {
                    return self.native("rune_to_str", vec![(v, 1)], 2);
                }
                if tb.is_string() || fb == tb {
                    return v;
                }
                if fb.is_complex() && tb.is_complex() {
                    if tb == Basic::Complex64 {
                        let tmp = self.tmp(2);
                        let re = X::Norm { norm: Norm::F32, x: Box::new(X::Slot(tmp)) };
                        let im = X::Norm { norm: Norm::F32, x: Box::new(X::Slot(tmp + 1)) };
                        let body = self.cat_words(vec![re, im]);
                        return X::Let { x: Box::new(v), tmp, n: 2, body: Box::new(body) };
                    }
                    return v;
                }
                let norm = self.norm(to);
                if fb.is_integer() && tb.is_integer() {
                    return norm_of(norm, v);
                }
                if fb.is_integer() && tb.is_float() {
                    let op = if fb.is_unsigned() { UOp::UIToF } else { UOp::SIToF };
                    return X::Un { op, norm, x: Box::new(v) };
                }
                if fb.is_float() && tb.is_integer() {
                    let op = if tb.is_unsigned() { UOp::FToUI } else { UOp::FToSI };
                    return X::Un { op, norm, x: Box::new(v) };
                }
                if fb.is_float() && tb.is_float() {
                    return norm_of(norm, v);
                }
                v
            }
            (TypeKind::Slice(e), TypeKind::Basic(tb)) if tb.is_string() => {
                let s = self.first_two(v);
                if self.r.p.tt.basic(*e) == Some(Basic::Int32) {
                    self.native("runes_to_str", vec![(s, 2)], 2)
                } else {
                    self.native("bytes_to_str", vec![(s, 2)], 2)
                }
            }
            (TypeKind::Basic(fb), TypeKind::Slice(e)) if fb.is_string() => {
                if self.r.p.tt.basic(*e) == Some(Basic::Int32) {
                    self.native("str_to_runes", vec![(v, 2)], 3)
                } else {
                    self.native("str_to_bytes", vec![(v, 2)], 3)
                }
            }
            (TypeKind::Slice(_), TypeKind::Pointer(p)) => {
                let TypeKind::Array(n, _) = self.r.p.tt.under(*p).clone() else { return v };
                self.slice_to_array(v, n, None)
            }
            (TypeKind::Slice(_), TypeKind::Array(n, _)) => {
                let ty = self.ty(to);
                self.slice_to_array(v, *n, Some(ty))
            }
            _ => v,
        }
    }

    /// The first two words (pointer, length) of a slice.
    fn first_two(&mut self, v: X) -> X {
        match v {
            X::SlotsM { slot, .. } => X::SlotsM { slot, n: 2 },
            v => {
                let tmp = self.tmp(3);
                X::Let { x: Box::new(v), tmp, n: 3, body: Box::new(X::SlotsM { slot: tmp, n: 2 }) }
            }
        }
    }

    /// `(*[n]T)(s)` or (with the array type) `[n]T(s)`.
    fn slice_to_array(&mut self, v: X, n: u64, copy: Option<super::layout::Ty>) -> X {
        let tmp = self.tmp(3);
        let loc = self.here();
        let copy = copy.map(|t| (t.size, t.noscan));
        X::SliceToArr(Box::new(SliceToArrX { x: v, n, copy, tmp, loc }))
    }

    // ---- interfaces ----

    /// Converts a concrete value to interface type `iface`.
    pub fn value_to_iface(&mut self, v: X, from: TypeId, iface: TypeId) -> X {
        let (i, f) = (self.t(iface), self.t(from));
        let ty = self.ty(f);
        let w0 = if self.iface_is_empty(i) {
            self.td(f)
        } else {
            match self.r.itab(i, f) {
                Some(p) => p,
                None => {
                    let (a, b) = (self.r.p.tt.runtime_name(f), self.r.p.tt.runtime_name(i));
                    self.fail(format!("no itab for {a} as {b}"));
                    0
                }
            }
        };
        let tmp = self.tmp(ty.n);
        X::ToIface { x: Box::new(v), ty, w0, tmp }
    }

    /// Interface-to-interface conversion (statically known to succeed
    /// except for nil, which stays nil).
    pub fn iface_to_iface(&mut self, v: X, from: TypeId, to: TypeId) -> X {
        let from_empty = self.iface_is_empty(from);
        let to_empty = self.iface_is_empty(to);
        let to_td = if to_empty { 0 } else { self.td(to) };
        let tmp = self.tmp(2);
        let loc = self.here();
        X::IfaceConv(Box::new(IfaceConvX { x: v, from_empty, to_empty, to_td, tmp, loc }))
    }

    /// `x.(T)`; with `ok`, also the success flag (no panic).
    pub fn type_assert(&mut self, x: &Expr, t: TypeId, ok: bool) -> X {
        let xt = self.tid(x);
        let iv = self.expr(x);
        let xempty = self.iface_is_empty(xt);
        // Descriptors are needed where the lowering uses them: the target
        // (unless a comma-ok test against an empty interface), and the
        // operand's type for the panic message of a concrete assertion.
        let (to, xtd) = if self.is_iface(t) {
            let empty = self.iface_is_empty(t);
            let td = if ok && empty { 0 } else { self.td(t) };
            (AssertTo::Iface { td, empty }, 0)
        } else {
            let xtd = if ok { 0 } else { self.td(xt) };
            (AssertTo::Concrete { td: self.td(t), ty: self.ty(t) }, xtd)
        };
        let tmp = self.tmp(3);
        let loc = self.here();
        X::Assert(Box::new(AssertX { x: iv, xtd, xempty, to, ok, tmp, loc }))
    }
}

fn norm_of(norm: Norm, v: X) -> X {
    if norm == Norm::None {
        v
    } else {
        X::Norm { norm, x: Box::new(v) }
    }
}
