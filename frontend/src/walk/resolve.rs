//! Resolution: turning one function instance (declared function, literal
//! or generated glue) into a `tree::Func`, once, before its first run.
//! Variables get frame slots, types their flat layouts, and every construct
//! the node the lowering's code for it (frontend/src/lower) would emit, so
//! both engines behave identically.

use super::layout::{self, Ty};
use super::tree::*;
use crate::ast::{self, Pos};
use crate::check::Program;
use crate::lower::{Glue, Origin, Tables};
use crate::objects::*;
use crate::types::{ids, TypeId, TypeKind};
use ir::MemType;
use runtime::{FuncInfo, Shared};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// State shared by the resolution of every function of a program.
pub(crate) struct Resolver {
    pub p: Box<Program>,
    pub t: Tables,
    pub shared: *mut Shared,
    tys: HashMap<TypeId, Ty>,
    strs: HashMap<Vec<u8>, u64>,
    locs: HashMap<(u32, u32), u32>,
    /// (parent function, literal) -> the literal's function.
    lits: HashMap<(u32, usize), u32>,
    /// (parent function, range statement position) -> its yield function.
    ranges: HashMap<(u32, Pos), u32>,
    file_names: Vec<Rc<str>>,
}

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Var {
    /// In frame slots (memory-form types: one slot pointing at storage the
    /// variable owns).
    Slots(u32),
    /// In a heap cell whose address is in a frame slot.
    Cell(u32),
    /// A package-level variable at this address.
    Global(u64),
}

/// A break/continue target.
pub(crate) struct Tgt {
    pub label: Option<ObjId>,
    pub id: u16,
    pub is_loop: bool,
}

/// Resolution state of one function.
pub(crate) struct Fx<'r> {
    pub r: &'r mut Resolver,
    pub id: u32,
    pub subst: Rc<HashMap<TypeId, TypeId>>,
    pub file: u32,
    pub vars: HashMap<ObjId, Var>,
    pub nslots: u32,
    pub np: u32,
    pub results: Vec<Ty>,
    /// Word offset of each result in the result area.
    pub result_offs: Vec<u32>,
    pub result_cells: Option<Vec<u32>>,
    pub result_objs: Vec<ObjId>,
    pub defer_mark: Option<u32>,
    pub targets: Vec<Tgt>,
    next_target: u16,
    pub labels: HashMap<ObjId, u16>,
    pub pending_label: Option<ObjId>,
    pub err: Option<String>,
    pub pos: Pos,
    /// In the yield function of a range-over-func loop: its protocol.
    pub range: Option<RangeCtx>,
    /// Temporaries holding the ordered points evaluated ahead of the rest
    /// of their statement (`crate::order`): (slot, words, result types).
    pub order: HashMap<ast::NodeId, (u32, u32, Vec<TypeId>)>,
    /// Variables of enclosing functions this one captures.
    pub captured: HashSet<ObjId>,
}

/// What a yield body knows about the loop that owns it (as
/// `lower::rangefunc::RangeCtx`).
pub(crate) struct RangeCtx {
    /// Slot of the `[state, code]` cell.
    pub ctl: u32,
    /// Slots of the cells receiving the owner's results.
    pub result_cells: Vec<u32>,
    /// Branch targets outside the body: (label, has a continue target).
    pub outer: Vec<(Option<ObjId>, bool)>,
    /// Labels outside the body that gotos in it jump to.
    pub gotos: Vec<ObjId>,
}

impl Resolver {
    pub fn new(p: Box<Program>, t: Tables, shared: *mut Shared) -> Resolver {
        let file_names = p.fs.files.iter().map(|f| Rc::from(f.name.as_str())).collect();
        let mut lits = HashMap::new();
        let mut ranges = HashMap::new();
        for (i, o) in t.origins.iter().enumerate() {
            match o {
                Some(Origin::Literal { parent, lit, .. }) => {
                    lits.insert((parent.0, Rc::as_ptr(lit) as usize), i as u32);
                }
                Some(Origin::RangeBody { parent, job }) => {
                    ranges.insert((parent.0, job.pos), i as u32);
                }
                _ => {}
            }
        }
        // Reuse the lowering's location indices.
        let mut locs = HashMap::new();
        // SAFETY: shared outlives the resolver; nothing else uses it now.
        let sh = unsafe { &*shared };
        let mut by_name: HashMap<&str, u32> = HashMap::new();
        for (i, f) in p.fs.files.iter().enumerate() {
            by_name.insert(f.name.as_str(), i as u32);
        }
        for (i, (file, line)) in sh.locs.iter().enumerate() {
            let inlined = sh.loc_inlined.get(i).is_some_and(|x| x.is_some());
            if let (Some(&f), false) = (by_name.get(&**file), inlined) {
                locs.entry((f, *line)).or_insert(i as u32);
            }
        }
        Resolver { p, t, shared, tys: HashMap::new(), strs: HashMap::new(), locs, lits, ranges, file_names }
    }

    #[allow(clippy::mut_from_ref)]
    fn shared(&self) -> &mut Shared {
        // SAFETY: the Shared outlives the resolver, and resolution runs while
        // no native (the only other user) is active.
        unsafe { &mut *self.shared }
    }

    pub fn nfuncs(&self) -> usize {
        self.shared().funcs.len()
    }

    pub fn ty(&mut self, t: TypeId) -> Ty {
        if let Some(x) = self.tys.get(&t) {
            return x.clone();
        }
        let x = Rc::new(layout::ty_info(&self.p.tt, t));
        self.tys.insert(t, x.clone());
        x
    }

    pub fn fi(&self, id: u32) -> *const FuncInfo {
        match self.shared().funcs.get(id as usize) {
            Some(f) => &**f as *const FuncInfo,
            None => std::ptr::null(),
        }
    }

    pub fn fi_addr(&self, id: u32) -> u64 {
        self.fi(id) as u64
    }

    pub fn func_name(&self, id: u32) -> String {
        self.shared().funcs.get(id as usize).map(|f| f.name.clone()).unwrap_or_default()
    }

    /// Parameter and result words of function `id`.
    pub fn words_of(&self, id: u32) -> (u32, u32) {
        match self.shared().funcs.get(id as usize) {
            Some(f) => (f.nparams, f.nresults),
            None => (0, 0),
        }
    }

    pub fn str_addr(&mut self, b: &[u8]) -> u64 {
        if b.is_empty() {
            return 0;
        }
        if let Some(&a) = self.strs.get(b) {
            return a;
        }
        let a = self.shared().add_static(b) as u64;
        self.strs.insert(b.to_vec(), a);
        a
    }

    pub fn loc(&mut self, file: u32, pos: Pos) -> u32 {
        let Some(f) = self.p.fs.files.get(file as usize) else { return 0 };
        let line = f.line_col(pos).0;
        if let Some(&l) = self.locs.get(&(file, line)) {
            return l;
        }
        let name = self.file_names[file as usize].clone();
        let sh = self.shared();
        sh.locs.push((name, line));
        let l = (sh.locs.len() - 1) as u32;
        self.locs.insert((file, line), l);
        l
    }

    /// The yield function of the range-over-func loop at `pos` in `parent`.
    pub fn range_id(&self, parent: u32, pos: Pos) -> Option<(u32, Rc<crate::lower::RangeBody>)> {
        let id = *self.ranges.get(&(parent, pos))?;
        match self.t.origins.get(id as usize) {
            Some(Some(Origin::RangeBody { job, .. })) => Some((id, job.clone())),
            _ => None,
        }
    }

    pub fn literal_id(&self, parent: u32, lit: &Rc<ast::FuncLit>) -> Option<u32> {
        self.lits.get(&(parent, Rc::as_ptr(lit) as usize)).copied()
    }

    /// A static closure `[fi]` for calling `id` as a func value.
    pub fn static_closure(&mut self, id: u32) -> u64 {
        if let Some(&c) = self.t.static_closures.get(&ir::FuncId(id)) {
            return c;
        }
        let fi = self.fi_addr(id);
        let c = self.shared().add_static_words(&[fi]) as u64;
        self.t.static_closures.insert(ir::FuncId(id), c);
        c
    }

    /// Resolves function `id` from what the lowering says it is.
    pub fn resolve(&mut self, id: u32) -> Func {
        let (np, nr) = self.words_of(id);
        let origin = self.t.origins.get(id as usize).cloned().flatten();
        let body = match origin {
            None => Body::Fail(format!("function {} has no origin", self.func_name(id))),
            Some(Origin::Declared { obj, targs }) => {
                let native = self.p.obj(obj).func().is_some_and(|f| f.native);
                if crate::embed::is_host(&self.p, obj) {
                    let name = &self.p.obj(obj).name;
                    // SAFETY: shared outlives the resolver; only read here.
                    let hosts = unsafe { &(*self.shared).hosts };
                    match hosts.iter().position(|h| *h.name == **name) {
                        Some(i) => Body::Host(i as u64),
                        None => Body::Fail(format!("unknown host function {name}")),
                    }
                } else if native {
                    let name = self.func_name(id);
                    match runtime::native::lookup(&name) {
                        Some(f) => Body::Native(f),
                        None => Body::Fail(format!("unknown runtime function {name}")),
                    }
                } else {
                    return self.declared(id, obj, &targs, np, nr);
                }
            }
            Some(Origin::Literal { lit, sig, captures, subst, file, .. }) => {
                return self.literal(id, &lit, sig, &captures, subst, file, np, nr);
            }
            Some(Origin::RangeBody { job, .. }) => return self.range_body(id, &job, np, nr),
            Some(Origin::Glue(Glue::Entry)) => return self.entry(id),
            Some(Origin::Glue(g)) => match self.glue(id, g) {
                Ok((b, frame)) => {
                    return Func { id, np, nr, frame: frame.max(np + nr) + GLUE_SCRATCH, body: Body::Glue(b) }
                }
                Err(e) => Body::Fail(e),
            },
        };
        Func { id, np, nr, frame: np + nr, body }
    }

    fn declared(&mut self, id: u32, obj: ObjId, targs: &[TypeId], np: u32, nr: u32) -> Func {
        let o = self.p.obj(obj);
        let file = o.file;
        let sig_t = o.ty();
        let Some(f) = o.func() else { return fail_func(id, np, nr, "not a function") };
        let Some(decl) = f.decl.clone() else { return fail_func(id, np, nr, "function without declaration") };
        let tparams = f.all_tparams();
        let subst: HashMap<TypeId, TypeId> = tparams.iter().copied().zip(targs.iter().copied()).collect();
        let recv_t = decl.recv.as_ref().map(|_| self.recv_type(obj, targs));
        let mut fx = Fx::new(self, id, Rc::new(subst), file, np, nr);
        let Some(body) = decl.body.as_ref() else { return fail_func(id, np, nr, "function without body") };
        let recv = decl.recv.as_ref().zip(recv_t);
        let tb = fx.body(recv, &decl.sig.params, &decl.sig.results, sig_t, body, 0);
        fx.finish(tb)
    }

    #[allow(clippy::too_many_arguments)]
    fn literal(
        &mut self,
        id: u32,
        lit: &Rc<ast::FuncLit>,
        sig: TypeId,
        captures: &[(ObjId, TypeId)],
        subst: Rc<HashMap<TypeId, TypeId>>,
        file: u32,
        np: u32,
        nr: u32,
    ) -> Func {
        let mut fx = Fx::new(self, id, subst, file, np, nr);
        let mut pro = Vec::new();
        // Captured variables: cells whose addresses the closure holds.
        for (k, &(o, _)) in captures.iter().enumerate() {
            let slot = fx.slots(1);
            let x = X::Load { p: Box::new(X::Slot(0)), off: 8 * (k as i32 + 1), mt: MemType::I64 };
            pro.push(S::Set { slot, x });
            fx.vars.insert(o, Var::Cell(slot));
            fx.captured.insert(o);
        }
        let mut tb = fx.body(None, &lit.sig.params, &lit.sig.results, sig, &lit.body, 1);
        if !pro.is_empty() {
            let mut stmts = pro;
            stmts.extend(std::mem::take(&mut tb.body.stmts).into_vec());
            tb.body = fx.block_of(stmts);
        }
        fx.finish(tb)
    }

    /// The yield function of a range-over-func loop (as
    /// `lower::rangefunc::lower_range_body`): `(env, values...) -> bool`.
    fn range_body(&mut self, id: u32, job: &crate::lower::RangeBody, np: u32, nr: u32) -> Func {
        let mut fx = Fx::new(self, id, job.subst.clone(), job.file, np, nr);
        fx.pos = job.body.pos;
        let mut stmts = Vec::new();
        let env = |off: i32| X::Load { p: Box::new(X::Slot(0)), off, mt: MemType::I64 };
        let mut off = 8;
        for &(o, _) in &job.captures {
            let slot = fx.slots(1);
            stmts.push(S::Set { slot, x: env(off) });
            fx.vars.insert(o, Var::Cell(slot));
            fx.captured.insert(o);
            off += 8;
        }
        let ctl = fx.slots(1);
        stmts.push(S::Set { slot: ctl, x: env(off) });
        off += 8;
        let mut result_cells = Vec::new();
        for _ in &job.results {
            let slot = fx.slots(1);
            stmts.push(S::Set { slot, x: env(off) });
            result_cells.push(slot);
            off += 8;
        }
        if job.has_defer_mark {
            let slot = fx.slots(1);
            stmts.push(S::Set { slot, x: env(off) });
            fx.defer_mark = Some(slot);
        }
        for &t in &job.results {
            let ty = fx.ty(t);
            fx.results.push(ty);
        }
        fx.result_objs = job.result_objs.clone();
        fx.range = Some(RangeCtx { ctl, result_cells, outer: job.outer.clone(), gotos: job.gotos.clone() });
        // Calling yield again after the loop stopped is an error.
        let loc = fx.here();
        stmts.push(S::RangeCheck { ctl, loc });
        // The iteration values.
        let mut k = 1;
        let mut vals = Vec::new();
        for &t in &job.params {
            let n = fx.ty(t).n;
            vals.push((super::rstmt::read_tmp(k, n), t));
            k += n;
        }
        for (e, (v, t)) in [&job.key, &job.value].into_iter().zip(vals) {
            if let Some(e) = e {
                if !matches!(&e.kind, ast::ExprKind::Ident(n) if &**n == "_") {
                    let s = fx.range_assign_one(job.define, e, v, t);
                    stmts.push(s);
                }
            }
        }
        let tid = fx.new_target(job.label, true);
        fx.pos = job.pos;
        let body = fx.block(&job.body.stmts);
        fx.targets.pop();
        stmts.push(S::RangeYield { id: tid, body: Box::new(body), ctl, res: np });
        let end_loc = fx.here();
        let body = fx.block_of(stmts);
        fx.finish(TreeBody { body, defers: None, end_loc })
    }

    /// A method's receiver type for an instance (as `Lowerer::recv_type`).
    pub fn recv_type(&mut self, obj: ObjId, targs: &[TypeId]) -> TypeId {
        let Some(f) = self.p.obj(obj).func() else { return ids::INVALID };
        let (Some(base), ptr, tparams) = (f.recv_base, f.ptr_recv, f.tparams.clone()) else { return ids::INVALID };
        // The receiver's type arguments come first (then a generic
        // method's own).
        let t = if tparams.is_empty() { base } else { self.p.instantiate_named(base, &targs[..tparams.len()]) };
        if ptr {
            self.p.tt.pointer(t)
        } else {
            t
        }
    }

    /// `main$entry`: package variables in initialization order, `init`
    /// functions, then main.main (as `FnLower::lower_entry`).
    fn entry(&mut self, id: u32) -> Func {
        let mut fx = Fx::new(self, id, Rc::new(HashMap::new()), 0, 0, 0);
        let mut stmts = Vec::new();
        for pkg in fx.r.p.package_order().to_vec() {
            let init = fx.r.p.packages[pkg.0 as usize].init.clone();
            for entry in init {
                let Some(rhs) = &entry.rhs else { continue };
                fx.file = fx.r.p.obj(entry.lhs[0]).file;
                fx.pos = rhs.pos;
                let target = (entry.lhs.len() == 1).then(|| fx.r.p.obj(entry.lhs[0]).ty());
                let points = crate::order::expr_points(&mut fx, rhs, target);
                let (evals, keys) = fx.hoist(&points);
                for (x, tmp, n) in evals {
                    stmts.push(S::Eval { x, n, tmp });
                }
                if entry.lhs.len() > 1 {
                    let mut pls = Vec::new();
                    let mut tos = Vec::new();
                    for &o in &entry.lhs {
                        if &*fx.r.p.obj(o).name == "_" {
                            pls.push(Pl::Blank);
                            tos.push(None);
                            continue;
                        }
                        let pl = fx.var_place(o);
                        tos.push(pl.ty().map(|t| t.id));
                        pls.push(pl);
                    }
                    stmts.push(fx.multi_store(pls, tos, rhs));
                } else {
                    let o = entry.lhs[0];
                    let ot = fx.r.p.obj(o).ty();
                    let t = fx.t(ot);
                    let v = fx.expr_to(rhs, t);
                    if &*fx.r.p.obj(o).name == "_" {
                        let ty = fx.ty(t);
                        stmts.push(fx.discard(v, ty.n));
                    } else {
                        let pl = fx.var_place(o);
                        let tmp = fx.tmp_for(&pl);
                        stmts.push(S::Store { pl, x: v, tmp });
                    }
                }
                fx.forget(keys);
            }
            for f in fx.r.p.packages[pkg.0 as usize].init_funcs.clone() {
                if let Some(fid) = fx.r.func_id(f, &[]) {
                    stmts.push(fx.call_stmt(fid));
                }
            }
        }
        let main = fx.r.p.main_pkg();
        if let Some(m) = fx.r.p.pkg_member(main, "main") {
            if let Some(fid) = fx.r.func_id(m, &[]) {
                stmts.push(fx.call_stmt(fid));
            }
        }
        let end_loc = fx.r.loc(0, 0);
        let body = fx.block_of(stmts);
        fx.finish(TreeBody { body, defers: None, end_loc })
    }

    pub fn func_id(&self, obj: ObjId, targs: &[TypeId]) -> Option<u32> {
        self.t.funcs.get(&(obj, targs.to_vec())).map(|f| f.0)
    }

    pub fn generated(&self, key: &str) -> Option<u32> {
        self.t.generated.get(key).map(|f| f.0)
    }

    pub fn td(&self, t: TypeId) -> Option<u64> {
        self.t.tdescs.get(&t).map(|&p| p as u64)
    }

    pub fn itab(&mut self, iface: TypeId, t: TypeId) -> Option<u64> {
        if let Some(&p) = self.t.itabs.get(&(iface, t)) {
            return Some(p);
        }
        let (i, c) = (self.td(iface)?, self.td(t)?);
        // SAFETY: both are descriptors of this program; the runtime builds
        // the same itab the lowering would have (from the method tables).
        let mut ctx = runtime::Ctx::new(self.shared);
        let p = unsafe { runtime::iface::get_itab(&mut ctx, i as *const _, c as *const _) };
        if p.is_null() {
            return None;
        }
        self.t.itabs.insert((iface, t), p as u64);
        Some(p as u64)
    }

    /// The glue of generated functions.
    fn glue(&mut self, id: u32, g: Glue) -> Result<(GlueBody, u32), String> {
        let (np, nr) = self.words_of(id);
        Ok((
            match g {
                Glue::Entry => return Err("entry".into()),
                Glue::FuncValue { target } => GlueBody::FuncValue(target.0),
                Glue::IfaceMethod { recv, name, obj, path } => {
                    let wrap = crate::lower::origin::panicwrap_message(&self.p, recv, &path, obj, &name);
                    GlueBody::IfaceMethod(self.method_plan(recv, &path, obj, &name), wrap.map(Rc::from))
                }
                Glue::BoundMethod { target: Some(t), recv_words, .. } => {
                    GlueBody::Bound { target: t.0, recv_words: recv_words as u32 }
                }
                Glue::BoundMethod { target: None, iface_index: Some(i), .. } => {
                    GlueBody::BoundIface { index: i as u32 }
                }
                Glue::BoundMethod { .. } => return Err("bound method without target".into()),
                Glue::MethodExpr { recv, obj, name, path } => {
                    GlueBody::MethodExpr(self.method_plan(recv, &path, obj, &name))
                }
                Glue::DeferCall { arg_words, .. } => GlueBody::DeferCall { arg_words: arg_words as u32 },
                Glue::DeferBuiltin { builtin, arg_types } => {
                    let mut fx = Fx::new(self, id, Rc::new(HashMap::new()), 0, 1, 0);
                    // The operands are the closure's words after the FuncInfo.
                    let mut ops = Vec::new();
                    let mut k = 0i32;
                    for &t in &arg_types {
                        let ty = fx.ty(t);
                        let words: Vec<X> = (0..ty.n)
                            .map(|j| X::Load { p: Box::new(X::Slot(0)), off: 8 * (k + j as i32 + 1), mt: MemType::I64 })
                            .collect();
                        k += ty.n as i32;
                        let x =
                            if ty.n == 1 { words.into_iter().next().unwrap_or(X::K(0)) } else { fx.cat_words(words) };
                        ops.push((x, t));
                    }
                    let x = fx.builtin_values(builtin, ops);
                    if let Some(e) = fx.err.take() {
                        return Err(e);
                    }
                    let frame = fx.nslots;
                    return Ok((GlueBody::DeferBuiltin(x), frame));
                }
            },
            np + nr,
        ))
    }

    /// The way to call method `name` on a receiver of type `recv` through
    /// the embedded fields `path` (as `FnLower::call_method_on`).
    fn method_plan(&mut self, recv: TypeId, path: &[usize], obj: ObjId, name: &str) -> MethodPlan {
        let recv_ty = self.ty(recv);
        let mut steps = Vec::new();
        let mut cur = recv;
        let mut off: i64 = 0;
        for &i in path {
            let st = match self.p.tt.under(cur).clone() {
                TypeKind::Pointer(b) => {
                    steps.push(Step::Deref(off as i32));
                    off = 0;
                    b
                }
                _ => cur,
            };
            let ft = match self.p.tt.under(st) {
                TypeKind::Struct(fs) => fs.get(i).map(|f| f.ty).unwrap_or(ids::INVALID),
                _ => ids::INVALID,
            };
            off += crate::layout::Layout::new(&self.p.tt).field_offsets(st).get(i).copied().unwrap_or(0) as i64;
            cur = ft;
        }
        if off != 0 {
            steps.push(Step::Off(off as i32));
        }
        let holder = self.ty(cur);
        let how = if self.p.tt.is_interface(cur) {
            let index = self.p.tt.iface(cur).and_then(|i| i.methods.iter().position(|m| &*m.name == name)).unwrap_or(0);
            MethodHow::Iface(index as u32)
        } else {
            match self.resolve_method(cur, obj, name) {
                (Some(m), named) => {
                    let ptr_recv = self.p.obj(m).func().is_some_and(|f| f.ptr_recv);
                    match self.method_func(m, named) {
                        None => MethodHow::Missing,
                        Some(id) => {
                            let is_ptr = matches!(self.p.tt.under(cur), TypeKind::Pointer(_));
                            match (ptr_recv, is_ptr) {
                                (true, true) | (false, false) => MethodHow::Value(id),
                                (true, false) => MethodHow::PtrOfHolder(id),
                                (false, true) => {
                                    let et = self.p.tt.elem(cur);
                                    MethodHow::Deref(id, self.ty(et))
                                }
                            }
                        }
                    }
                }
                (None, _) => MethodHow::Missing,
            }
        };
        MethodPlan { recv: recv_ty, steps: steps.into_boxed_slice(), holder, how }
    }

    /// The concrete method object for `obj` called on `holder` (resolving
    /// constraint methods of type parameters), and the named receiver type
    /// (as `FnLower::resolve_method`).
    pub fn resolve_method(&mut self, holder: TypeId, obj: ObjId, name: &str) -> (Option<ObjId>, TypeId) {
        let abstract_m = self.p.obj(obj).func().is_some_and(|f| f.abstract_method);
        let base = match self.p.tt.kind(holder) {
            TypeKind::Pointer(b) => *b,
            _ => holder,
        };
        if !abstract_m && self.p.obj(obj).func().and_then(|f| f.recv_base).is_some() {
            return (Some(obj), base);
        }
        match self.p.lookup_field_or_method(holder, name) {
            crate::check::lookup::Lookup::Found(r) if r.is_method => {
                let named = match self.p.tt.kind(r.recv_named) {
                    TypeKind::Pointer(b) => *b,
                    _ => r.recv_named,
                };
                (Some(r.obj), named)
            }
            _ => (None, base),
        }
    }

    /// The function of method `m` on named receiver type `named`.
    pub fn method_func(&self, m: ObjId, named: TypeId) -> Option<u32> {
        self.generic_method_func(m, named, &[])
    }

    /// A method instance: the receiver's type arguments, then a generic
    /// method's own (Go 1.27).
    pub fn generic_method_func(&self, m: ObjId, named: TypeId, mtargs: &[TypeId]) -> Option<u32> {
        let mut targs = self.p.tt.named_info(named).map(|n| n.targs.clone()).unwrap_or_default();
        targs.extend_from_slice(mtargs);
        self.func_id(m, &targs)
    }
}

/// Scratch words every glue frame has (a receiver spilled for a method call).
pub(crate) const GLUE_SCRATCH: u32 = 2;

fn fail_func(id: u32, np: u32, nr: u32, msg: &str) -> Func {
    Func { id, np, nr, frame: np + nr, body: Body::Fail(msg.to_string()) }
}

impl<'r> Fx<'r> {
    pub fn new(r: &'r mut Resolver, id: u32, subst: Rc<HashMap<TypeId, TypeId>>, file: u32, np: u32, nr: u32) -> Self {
        Fx {
            r,
            id,
            subst,
            file,
            vars: HashMap::new(),
            nslots: np + nr,
            np,
            results: vec![],
            result_offs: vec![],
            result_cells: None,
            result_objs: vec![],
            defer_mark: None,
            targets: vec![],
            next_target: 0,
            labels: HashMap::new(),
            pending_label: None,
            err: None,
            pos: 0,
            range: None,
            order: HashMap::new(),
            captured: HashSet::new(),
        }
    }

    fn finish(self, tb: TreeBody) -> Func {
        let (np, nr) = self.r.words_of(self.id);
        let body = match self.err {
            Some(e) => Body::Fail(e),
            None => Body::Tree(tb),
        };
        Func { id: self.id, np, nr, frame: self.nslots.max(np + nr), body }
    }

    /// Records a resolution failure; the function will not run.
    pub fn fail(&mut self, msg: impl Into<String>) -> X {
        let m = msg.into();
        if self.err.is_none() {
            let f = self.r.p.fs.files.get(self.file as usize);
            let at = f.map(|f| format!("{}:{}: ", f.name, f.line_col(self.pos).0)).unwrap_or_default();
            self.err = Some(format!("{at}{m}"));
        }
        X::Fail(m.into())
    }

    pub fn slots(&mut self, n: u32) -> u32 {
        let s = self.nslots;
        self.nslots += n;
        s
    }

    /// Scratch words for a value of `n` words.
    pub fn tmp(&mut self, n: u32) -> u32 {
        self.slots(n.max(1))
    }

    pub fn new_target(&mut self, label: Option<ObjId>, is_loop: bool) -> u16 {
        let id = self.next_target;
        self.next_target += 1;
        self.targets.push(Tgt { label, id, is_loop });
        id
    }

    pub fn label_id(&mut self, o: ObjId) -> u16 {
        if let Some(&l) = self.labels.get(&o) {
            return l;
        }
        let l = self.labels.len() as u16;
        self.labels.insert(o, l);
        l
    }

    pub fn loc(&mut self, pos: Pos) -> u32 {
        let f = self.file;
        self.r.loc(f, pos)
    }

    pub fn here(&mut self) -> u32 {
        let p = self.pos;
        self.loc(p)
    }

    // ---- types ----

    /// A type with the instance's type arguments substituted.
    pub fn t(&mut self, t: TypeId) -> TypeId {
        if self.subst.is_empty() {
            return t;
        }
        let s = self.subst.clone();
        self.r.p.subst_map(t, &s, 0)
    }

    pub fn ty(&mut self, t: TypeId) -> Ty {
        self.r.ty(t)
    }

    pub fn node_type(&mut self, id: ast::NodeId) -> TypeId {
        let t = self.r.p.info.types.get(&id).map(|t| t.ty).unwrap_or(ids::INVALID);
        self.t(t)
    }

    /// The (final, substituted) type of an expression.
    pub fn tid(&mut self, e: &ast::Expr) -> TypeId {
        let t = self.r.p.info.types.get(&e.id).map(|t| t.ty).unwrap_or(ids::INVALID);
        let t = self.untyped_default(t);
        self.t(t)
    }

    pub fn untyped_default(&self, t: TypeId) -> TypeId {
        use crate::types::Basic;
        match self.r.p.tt.basic(t) {
            Some(Basic::UntypedBool) => ids::BOOL,
            Some(Basic::UntypedInt) => ids::INT,
            Some(Basic::UntypedRune) => ids::INT32,
            Some(Basic::UntypedFloat) => ids::FLOAT64,
            Some(Basic::UntypedComplex) => ids::COMPLEX128,
            Some(Basic::UntypedString) => ids::STRING,
            _ => t,
        }
    }

    /// The descriptor of `t` (substituted), which the lowering made.
    pub fn td(&mut self, t: TypeId) -> u64 {
        let t = self.t(t);
        match self.r.td(t) {
            Some(d) => d,
            None => {
                let n = self.r.p.tt.runtime_name(t);
                self.fail(format!("no type descriptor for {n}"));
                0
            }
        }
    }

    pub fn is_iface(&self, t: TypeId) -> bool {
        self.r.p.tt.is_interface(t)
    }

    pub fn iface_is_empty(&self, t: TypeId) -> bool {
        self.r.p.tt.iface(t).is_some_and(|i| i.methods.is_empty())
    }

    pub fn size_of(&self, t: TypeId) -> u64 {
        crate::layout::Layout::new(&self.r.p.tt).size(t)
    }

    /// Byte offset and type of the field at `path` in struct type `t`.
    pub fn field_path(&mut self, t: TypeId, path: &[usize]) -> (u64, TypeId) {
        let (mut off, mut cur) = (0, t);
        for &i in path {
            off += self.field_offset(cur, i);
            cur = match self.r.p.tt.under(cur) {
                TypeKind::Struct(fs) => fs[i].ty,
                _ => return (off, crate::types::ids::INVALID),
            };
            cur = self.t(cur);
        }
        (off, cur)
    }

    pub fn field_offset(&self, st: TypeId, i: usize) -> u64 {
        crate::layout::Layout::new(&self.r.p.tt).field_offsets(st).get(i).copied().unwrap_or(0)
    }

    /// Index of the first word of struct field `i`.
    pub fn field_words(&mut self, st: TypeId, i: usize) -> u32 {
        let TypeKind::Struct(fields) = self.r.p.tt.under(st).clone() else { return 0 };
        let mut start = 0;
        for (k, f) in fields.iter().enumerate() {
            if k == i {
                return start;
            }
            start += self.ty(f.ty).n;
        }
        start
    }

    // ---- nodes ----

    pub fn block_of(&mut self, stmts: Vec<S>) -> Block {
        let labels: Vec<(u16, u32)> = stmts
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match s {
                S::Label(l, _) => Some((*l, i as u32)),
                _ => None,
            })
            .collect();
        Block { stmts: stmts.into_boxed_slice(), labels: labels.into_boxed_slice() }
    }

    /// The words of one-word parts, in order.
    pub fn cat_words(&mut self, parts: Vec<X>) -> X {
        let ns: Vec<u32> = parts.iter().map(|_| 1).collect();
        X::Cat(parts.into_boxed_slice(), ns.into_boxed_slice())
    }

    pub fn cat_n(&mut self, parts: Vec<(X, u32)>) -> X {
        let (xs, ns): (Vec<X>, Vec<u32>) = parts.into_iter().unzip();
        X::Cat(xs.into_boxed_slice(), ns.into_boxed_slice())
    }

    /// Evaluates `x` (of `n` words) for its effects.
    pub fn discard(&mut self, x: X, n: u32) -> S {
        let tmp = self.tmp(n);
        S::Expr { x, n, tmp }
    }

    /// A statement calling function `fid` without arguments.
    pub fn call_stmt(&mut self, fid: u32) -> S {
        let (np, nr) = self.r.words_of(fid);
        let loc = self.here();
        let c = CallX { target: Target::Static(fid), args: Box::new([]), nargs: np, nres: nr, loc };
        self.discard(X::Call(Box::new(c)), nr)
    }

    /// Scratch for the value stored into a place.
    pub fn tmp_for(&mut self, pl: &Pl) -> u32 {
        let n = pl.ty().map(|t| t.n).unwrap_or(0);
        self.tmp(n)
    }

    /// A value of type `ty` at `p + off` (memory-form: the address).
    pub fn load(&mut self, p: X, off: i32, ty: &Ty) -> X {
        if ty.mem {
            return add_off(p, off as i64);
        }
        if ty.n == 1 {
            return X::Load { p: Box::new(p), off, mt: ty.mt() };
        }
        X::LoadM { p: Box::new(p), off, ty: ty.clone() }
    }

    /// A memory-form value copied so the caller owns it.
    pub fn own(&mut self, x: X, t: TypeId) -> X {
        let ty = self.ty(t);
        if ty.mem {
            X::Own { x: Box::new(x), size: ty.size, noscan: ty.noscan }
        } else {
            x
        }
    }

    pub fn own_unless_fresh(&mut self, x: X, t: TypeId, fresh: bool) -> X {
        if fresh {
            x
        } else {
            self.own(x, t)
        }
    }

    /// Zero value words of a type (memory-form: fresh zeroed memory).
    pub fn zero(&mut self, t: TypeId) -> X {
        let ty = self.ty(t);
        if ty.mem {
            return X::Alloc { size: ty.size, noscan: ty.noscan };
        }
        if ty.n == 1 {
            X::K(0)
        } else {
            X::Zero(ty.n)
        }
    }

    /// A fresh heap cell holding `x` (a value of `t`).
    pub fn spill(&mut self, x: X, t: TypeId) -> X {
        let ty = self.ty(t);
        let tmp = self.tmp(ty.n);
        X::NewBox { x: Box::new(x), ty, tmp }
    }

    // ---- variables ----

    /// Declares a local variable with an initial value (zero if None).
    pub fn declare_var(&mut self, obj: ObjId, init: Option<X>) -> S {
        let ot = self.r.p.obj(obj).ty();
        let t = self.t(ot);
        let ty = self.ty(t);
        let escapes = self.r.p.obj(obj).var().is_some_and(|v| v.escapes.get());
        if escapes {
            let slot = self.slots(1);
            self.vars.insert(obj, Var::Cell(slot));
            let tmp = self.tmp(ty.n);
            return S::NewCell { slot, ty, x: init, tmp };
        }
        let x = match init {
            Some(x) => x,
            None => self.zero(t),
        };
        let slot = self.slots(ty.n.max(1));
        self.vars.insert(obj, Var::Slots(slot));
        self.set_slots(slot, ty.n, x)
    }

    pub fn set_slots(&mut self, slot: u32, n: u32, x: X) -> S {
        if n == 1 {
            S::Set { slot, x }
        } else {
            let tmp = self.tmp(n);
            S::SetM { slot, n, x, tmp }
        }
    }

    pub fn var_of(&self, obj: ObjId) -> Option<Var> {
        if let Some(&v) = self.vars.get(&obj) {
            return Some(v);
        }
        self.r.t.globals.get(&obj).map(|&off| Var::Global(self.r.t.globals_base + off as u64))
    }

    pub fn mem_pl(&mut self, addr: X, off: i32, ty: Ty) -> Pl {
        let aslot = self.slots(1);
        Pl::Mem { addr, off, ty, aslot }
    }

    pub fn var_place(&mut self, obj: ObjId) -> Pl {
        let ot = self.r.p.obj(obj).ty();
        let t = self.t(ot);
        let ty = self.ty(t);
        match self.var_of(obj) {
            Some(Var::Slots(slot)) => Pl::Slots { slot, ty },
            Some(Var::Cell(c)) => self.mem_pl(X::Slot(c), 0, ty),
            Some(Var::Global(a)) => self.mem_pl(X::K(a), 0, ty),
            None => {
                let n = self.r.p.obj(obj).name.clone();
                self.fail(format!("variable {n} has no storage"));
                Pl::Blank
            }
        }
    }

    /// The value of a place (memory-form values: their address).
    pub fn read_place(&mut self, p: Pl) -> X {
        match p {
            Pl::Blank => X::Zero(0),
            Pl::Slots { slot, ty } => {
                if ty.n == 1 {
                    X::Slot(slot)
                } else {
                    X::SlotsM { slot, n: ty.n }
                }
            }
            Pl::Mem { addr, off, ty, .. } => {
                if let (X::Slot(c), 0, false, 1) = (&addr, off, ty.mem, ty.n) {
                    return X::CellW { slot: *c, mt: ty.mt() };
                }
                self.load(addr, off, &ty)
            }
            m @ Pl::Map(_) => X::ReadPl(Box::new(m)),
        }
    }

    /// The address of a memory place (for &x, method calls, slicing).
    pub fn place_addr(&mut self, p: Pl) -> Result<X, Pl> {
        match p {
            Pl::Mem { addr, off, .. } => Ok(add_off(addr, off as i64)),
            Pl::Slots { slot, ty } if ty.mem => Ok(X::Slot(slot)),
            p => Err(p),
        }
    }

    // ---- function structure ----

    /// Resolves a function body given its signature and parameter lists
    /// (as `FnLower::body`); parameters start at word `first`.
    #[allow(clippy::too_many_arguments)]
    pub fn body(
        &mut self,
        recv: Option<(&ast::Field, TypeId)>,
        params: &[ast::Field],
        results: &[ast::Field],
        sig_t: TypeId,
        body: &ast::Block,
        first: u32,
    ) -> TreeBody {
        let Some(sig) = self.r.p.tt.sig(sig_t).cloned() else {
            self.fail("function without signature");
            return TreeBody { body: self.block_of(vec![]), defers: None, end_loc: 0 };
        };
        let ptypes: Vec<TypeId> = sig.params.iter().map(|&t| self.t(t)).collect();
        let rtypes: Vec<TypeId> = sig.results.iter().map(|&t| self.t(t)).collect();
        let mut off = 0;
        for &t in &rtypes {
            let ty = self.ty(t);
            self.result_offs.push(off);
            off += ty.n;
            self.results.push(ty);
        }
        self.pos = body.pos;
        let mut pro = Vec::new();
        let mut defers = None;
        if contains_defer(&body.stmts) {
            let mark = self.slots(1);
            self.defer_mark = Some(mark);
            pro.push(S::Set { slot: mark, x: X::DeferMark });
            let mut cells = Vec::new();
            let mut cell_slots = Vec::new();
            for (i, ty) in self.results.clone().into_iter().enumerate() {
                let slot = self.slots(1);
                pro.push(S::NewCell { slot, ty: ty.clone(), x: None, tmp: 0 });
                cells.push((slot, ty, self.np + self.result_offs[i]));
                cell_slots.push(slot);
            }
            self.result_cells = Some(cell_slots);
            defers = Some(DeferInfo { mark, cells: cells.into_boxed_slice() });
        }
        let mut k = first;
        if let Some((r, rt)) = recv {
            let n = self.ty(rt).n;
            let objs = self.param_objs(std::slice::from_ref(r), &[rt]);
            for (o, t) in objs {
                if o.0 != u32::MAX {
                    self.bind_param(o, t, k, &mut pro);
                }
            }
            k += n;
        }
        let pobjs = self.param_objs(params, &ptypes);
        for (o, t) in pobjs {
            let n = self.ty(t).n;
            if o.0 != u32::MAX {
                self.bind_param(o, t, k, &mut pro);
            }
            k += n;
        }
        // Named results are variables initialized to zero; with defers
        // they live in the result cells.
        let robjs = self.param_objs(results, &rtypes);
        for (i, &(o, _)) in robjs.iter().enumerate() {
            if o.0 == u32::MAX {
                continue;
            }
            self.result_objs.push(o);
            if let Some(cells) = &self.result_cells {
                let c = cells[i];
                self.vars.insert(o, Var::Cell(c));
            } else {
                let s = self.declare_var(o, None);
                pro.push(s);
            }
        }
        let mut stmts = pro;
        self.block_stmts(&body.stmts, &mut stmts);
        self.pos = body.end;
        let ret = self.emit_return(vec![]);
        stmts.push(ret);
        let end_loc = self.here();
        TreeBody { body: self.block_of(stmts), defers, end_loc }
    }

    fn bind_param(&mut self, o: ObjId, t: TypeId, k: u32, pro: &mut Vec<S>) {
        if &*self.r.p.obj(o).name == "_" {
            return;
        }
        let ty = self.ty(t);
        let escapes = self.r.p.obj(o).var().is_some_and(|v| v.escapes.get());
        if escapes {
            let src = if ty.n == 1 { X::Slot(k) } else { X::SlotsM { slot: k, n: ty.n } };
            let s = self.declare_var(o, Some(src));
            pro.push(s);
        } else {
            self.vars.insert(o, Var::Slots(k));
        }
    }

    /// Parameter objects of a declaration, in order, with types (anonymous
    /// parameters get a placeholder object).
    fn param_objs(&mut self, fields: &[ast::Field], types: &[TypeId]) -> Vec<(ObjId, TypeId)> {
        let mut out = Vec::new();
        let mut k = 0;
        for f in fields {
            if f.names.is_empty() {
                let t = types.get(k).copied().unwrap_or(ids::INVALID);
                out.push((ObjId(u32::MAX), t));
                k += 1;
                continue;
            }
            for n in &f.names {
                let t = types.get(k).copied().unwrap_or(ids::INVALID);
                let o = self.r.p.info.defs.get(&n.id).copied().unwrap_or(ObjId(u32::MAX));
                out.push((o, t));
                k += 1;
            }
        }
        out
    }

    /// Returns `vals` (already converted to the result types), through the
    /// result cells when the function has defers (as `FnLower::emit_return`).
    pub fn emit_return(&mut self, vals: Vec<X>) -> S {
        if self.range.is_some() {
            return self.range_return(vals);
        }
        if let Some(cells) = self.result_cells.clone() {
            let mut parts = Vec::new();
            for (i, v) in vals.into_iter().enumerate() {
                let ty = self.results[i].clone();
                let tmp = self.tmp(ty.n);
                parts.push((v, cells[i], ty, tmp));
            }
            return S::RetCells(parts.into_boxed_slice());
        }
        let mut parts = Vec::new();
        if vals.is_empty() && !self.results.is_empty() {
            // Naked return (named results) or falling off the end.
            for (i, o) in self.result_objs.clone().into_iter().enumerate() {
                let pl = self.var_place(o);
                let t = pl.ty().map(|t| t.id).unwrap_or(ids::INVALID);
                let v = self.read_place(pl);
                let v = self.own(v, t);
                let ty = self.ty(t);
                parts.push((v, self.np + self.result_offs.get(i).copied().unwrap_or(0), ty.n));
            }
            if parts.is_empty() {
                for (i, ty) in self.results.clone().into_iter().enumerate() {
                    let z = self.zero(ty.id);
                    parts.push((z, self.np + self.result_offs[i], ty.n));
                }
            }
        } else {
            for (i, v) in vals.into_iter().enumerate() {
                let n = self.results.get(i).map(|t| t.n).unwrap_or(0);
                parts.push((v, self.np + self.result_offs.get(i).copied().unwrap_or(0), n));
            }
        }
        S::Ret(parts.into_boxed_slice())
    }
}

/// `p + off`, folding constant offsets.
pub(crate) fn add_off(p: X, off: i64) -> X {
    if off == 0 {
        return p;
    }
    match p {
        X::K(a) => X::K(a.wrapping_add(off as u64)),
        X::AddOff { p, off: o } => X::AddOff { p, off: o + off },
        p => X::AddOff { p: Box::new(p), off },
    }
}

/// Does a function body (not nested literals) contain a defer statement?
pub(crate) fn contains_defer(stmts: &[ast::Stmt]) -> bool {
    use ast::StmtKind::*;
    stmts.iter().any(|s| match &s.kind {
        Defer(_) => true,
        Labeled(_, x) => contains_defer(std::slice::from_ref(x)),
        Block(b) => contains_defer(&b.stmts),
        If { then, els, .. } => {
            contains_defer(&then.stmts) || els.as_ref().is_some_and(|e| contains_defer(std::slice::from_ref(e)))
        }
        For { body, .. } | Range { body, .. } => contains_defer(&body.stmts),
        Switch { body, .. } => body.iter().any(|c| contains_defer(&c.body)),
        TypeSwitch { body, .. } => body.iter().any(|c| contains_defer(&c.body)),
        Select(cl) => cl.iter().any(|c| contains_defer(&c.body)),
        _ => false,
    })
}
