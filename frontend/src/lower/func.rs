//! Lowering one function: variables and their storage, places (lvalues),
//! memory access of flat values, and function prologues/epilogues.

use super::repr::Flat;
use super::Lowerer;
use crate::ast::{self, Expr, NodeId, Pos};
use crate::objects::*;
use crate::types::{ids, TypeId, TypeKind};
use ir::{Block, FuncId, Function, FunctionBuilder, MemType, Type, Value, Variable};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub(crate) type Vals = Vec<Value>;

/// Where a variable lives.
#[derive(Clone)]
pub(crate) enum Store {
    /// In SSA variables, one per word (memory-form types: one pointer to
    /// storage the variable owns).
    Ssa(Vec<Variable>),
    /// In a heap cell (address taken or captured by a closure).
    Cell(Value),
    /// In a heap cell that changes per loop iteration (Go 1.22 loop
    /// variables that escape), held in an SSA variable.
    CellVar(Variable),
    /// A package-level variable at an offset of the globals block.
    Global(u32),
}

/// An assignable location.
#[derive(Clone)]
pub(crate) enum Place {
    /// Words `first..first+n` of an SSA variable.
    Var {
        obj: ObjId,
        first: usize,
        ty: TypeId,
    },
    Mem {
        addr: Value,
        off: i32,
        ty: TypeId,
    },
    Map {
        mt: TypeId,
        m: Value,
        key: Vals,
    },
    Blank,
}

/// Targets of break/continue for an enclosing statement.
pub(crate) struct Target {
    pub label: Option<ObjId>,
    pub brk: Block,
    pub cont: Option<Block>,
}

pub(crate) struct FnLower<'a, 'p> {
    pub l: &'a mut Lowerer<'p>,
    pub b: FunctionBuilder<'a>,
    pub id: FuncId,
    pub vars: HashMap<ObjId, Store>,
    pub subst: Rc<HashMap<TypeId, TypeId>>,
    pub file: u32,
    pub env: Option<Value>,
    /// Result types, and cells holding them in functions with defers.
    pub results: Vec<TypeId>,
    pub result_cells: Option<Vec<Value>>,
    /// Named result variables.
    pub result_objs: Vec<ObjId>,
    pub defer_mark: Option<Value>,
    pub targets: Vec<Target>,
    pub labels: HashMap<ObjId, Block>,
    /// Label to attach to the next breakable statement.
    pub pending_label: Option<ObjId>,
    pub name: String,
    /// Next case body for `fallthrough`, per enclosing switch clause.
    pub fallthrough: Vec<Option<Block>>,
    /// Set in the yield function of a range-over-func loop.
    pub range_ctx: Option<super::rangefunc::RangeCtx>,
    /// Values of the ordered points evaluated ahead of the rest of their
    /// statement (`crate::order`): the words and the result types.
    pub order: HashMap<NodeId, (Vals, Vec<TypeId>)>,
    /// Variables of enclosing functions this one captures.
    pub captured: HashSet<ObjId>,
}

impl<'a, 'p> FnLower<'a, 'p> {
    pub(super) fn new(
        l: &'a mut Lowerer<'p>,
        func: &'a mut Function,
        id: FuncId,
        file: u32,
        subst: Rc<HashMap<TypeId, TypeId>>,
    ) -> Self {
        let name = func.name.clone();
        FnLower {
            l,
            b: FunctionBuilder::new(func),
            id,
            vars: HashMap::new(),
            subst,
            file,
            env: None,
            results: vec![],
            result_cells: None,
            result_objs: vec![],
            defer_mark: None,
            targets: vec![],
            labels: HashMap::new(),
            pending_label: None,
            name,
            fallthrough: vec![],
            range_ctx: None,
            order: HashMap::new(),
            captured: HashSet::new(),
        }
    }

    // ---- types ----

    /// A type with the instance's type arguments substituted.
    pub fn t(&mut self, t: TypeId) -> TypeId {
        if self.subst.is_empty() {
            return t;
        }
        let s = self.subst.clone();
        self.l.p.subst_map(t, &s, 0)
    }

    /// The (final, substituted) type of an expression.
    pub fn ty(&mut self, e: &Expr) -> TypeId {
        let t = self.l.node_type(e.id);
        let t = self.l.untyped_default(t);
        self.t(t)
    }

    pub fn flat(&mut self, t: TypeId) -> Rc<Flat> {
        self.l.flat(t)
    }

    pub fn set_pos(&mut self, pos: Pos) {
        let loc = self.l.loc(self.file, pos);
        self.b.set_loc(loc);
    }

    pub fn err(&mut self, pos: Pos, msg: impl Into<String>) {
        let f = self.file;
        self.l.error(f, pos, msg);
    }

    // ---- emission helpers ----

    pub fn iconst(&mut self, c: i64) -> Value {
        self.b.iconst(c)
    }

    /// Zero value words of a type (memory-form types: fresh zeroed memory).
    pub fn zero(&mut self, t: TypeId) -> Vals {
        let f = self.flat(t);
        if f.mem {
            return vec![self.alloc_type(t)];
        }
        f.words
            .iter()
            .map(|w| match w.ty {
                Type::I64 => self.b.iconst(0),
                Type::F64 => self.b.fconst(0.0),
            })
            .collect()
    }

    /// Calls a runtime native; the name's `#` suffix encodes the signature
    /// so one runtime function can serve several arities.
    pub fn native(&mut self, name: &str, args: &[Value], results: &[Type]) -> Vals {
        let params: Vec<Type> = args.iter().map(|&a| self.b.func.value_type(a)).collect();
        let key: String = params
            .iter()
            .map(|t| if *t == Type::I64 { 'i' } else { 'f' })
            .chain(std::iter::once('_'))
            .chain(results.iter().map(|t| if *t == Type::I64 { 'i' } else { 'f' }))
            .collect();
        let noreturn = name.starts_with("panic_") || name == "exit";
        let nid = self.l.m.native(&format!("{name}#{key}"), ir::Signature::new(params, results.to_vec()), noreturn);
        let r = self.b.call_native(nid, results, args.to_vec());
        if noreturn {
            self.b.unreachable();
            let dead = self.b.create_block();
            self.b.switch_to_block(dead);
            self.b.seal_block(dead);
        }
        r
    }

    /// New zeroed heap object of type `t`.
    pub fn alloc_type(&mut self, t: TypeId) -> Value {
        let size = self.l.size_of(t);
        let noscan = self.l.noscan(t);
        let s = self.iconst(size as i64);
        let n = self.iconst(noscan as i64);
        self.native("alloc", &[s, n], &[Type::I64])[0]
    }

    pub fn memmove(&mut self, dst: Value, src: Value, size: u64) {
        if size == 0 {
            return;
        }
        let n = self.iconst(size as i64);
        self.native("mem_move", &[dst, src, n], &[]);
    }

    /// A fresh copy of a memory-form value.
    pub fn copy_mem(&mut self, src: Value, t: TypeId) -> Value {
        let p = self.alloc_type(t);
        let size = self.l.size_of(t);
        self.memmove(p, src, size);
        p
    }

    /// Loads a value of type `t` from memory at `addr + off`. Memory-form
    /// values are returned as a (borrowed) pointer to the location.
    pub fn load(&mut self, addr: Value, off: i32, t: TypeId) -> Vals {
        let f = self.flat(t);
        if f.mem {
            return vec![self.addr_add(addr, off as i64)];
        }
        f.words.iter().map(|w| self.b.load(w.mem, addr, off + w.off as i32)).collect()
    }

    pub fn store(&mut self, addr: Value, off: i32, t: TypeId, vals: &[Value]) {
        let f = self.flat(t);
        if f.mem {
            let dst = self.addr_add(addr, off as i64);
            self.memmove(dst, vals[0], f.size);
            return;
        }
        for (w, &v) in f.words.iter().zip(vals) {
            self.b.store(w.mem, addr, off + w.off as i32, v);
        }
    }

    pub fn addr_add(&mut self, addr: Value, off: i64) -> Value {
        if off == 0 {
            return addr;
        }
        let o = self.iconst(off);
        self.b.binary(ir::BinOp::Iadd, addr, o)
    }

    pub fn globals_base(&mut self) -> Value {
        let s = self.l.globals_sym;
        self.b.sym_addr(s)
    }

    // ---- variables ----

    /// Declares a local variable with an initial value (zero if None).
    pub fn declare_var(&mut self, obj: ObjId, init: Option<Vals>) {
        let t = self.t(self.l.p.obj(obj).ty());
        let escapes = self.l.p.obj(obj).var().is_some_and(|v| v.escapes.get());
        let vals = match init {
            Some(v) => v,
            None => {
                if escapes {
                    // The cell is zeroed already.
                    let cell = self.alloc_type(t);
                    self.vars.insert(obj, Store::Cell(cell));
                    return;
                }
                self.zero(t)
            }
        };
        if escapes {
            let cell = self.alloc_type(t);
            self.store(cell, 0, t, &vals);
            self.vars.insert(obj, Store::Cell(cell));
            return;
        }
        let f = self.flat(t);
        let vars: Vec<Variable> = f.words.iter().map(|w| self.b.declare_var(w.ty)).collect();
        for (&v, &x) in vars.iter().zip(&vals) {
            self.b.def_var(v, x);
        }
        self.vars.insert(obj, Store::Ssa(vars));
    }

    /// The storage of a variable (package-level ones by offset).
    pub fn store_of(&mut self, obj: ObjId) -> Option<Store> {
        if let Some(s) = self.vars.get(&obj) {
            return Some(s.clone());
        }
        self.l.global_offset(obj).map(Store::Global)
    }

    pub fn var_place(&mut self, obj: ObjId, pos: Pos) -> Place {
        let t = self.t(self.l.p.obj(obj).ty());
        match self.store_of(obj) {
            Some(Store::Ssa(_)) => Place::Var { obj, first: 0, ty: t },
            Some(Store::Cell(c)) => Place::Mem { addr: c, off: 0, ty: t },
            Some(Store::CellVar(v)) => {
                let c = self.b.use_var(v);
                Place::Mem { addr: c, off: 0, ty: t }
            }
            Some(Store::Global(off)) => {
                let g = self.globals_base();
                Place::Mem { addr: g, off: off as i32, ty: t }
            }
            None => {
                let n = self.l.p.obj(obj).name.clone();
                self.err(pos, format!("mvm: internal error: variable {n} has no storage"));
                Place::Blank
            }
        }
    }

    pub fn read_place(&mut self, p: &Place) -> Vals {
        match p {
            Place::Var { obj, first, ty } => {
                let Some(Store::Ssa(vars)) = self.vars.get(obj).cloned() else { return vec![] };
                let n = self.flat(*ty).len();
                vars[*first..*first + n].iter().map(|&v| self.b.use_var(v)).collect()
            }
            Place::Mem { addr, off, ty } => self.load(*addr, *off, *ty),
            Place::Map { mt, m, key } => {
                let v = self.map_get(*mt, *m, key);
                let n = v.len() - 1;
                v[..n].to_vec()
            }
            Place::Blank => vec![],
        }
    }

    /// Writes a value to a place. Memory-form values must be owned when
    /// they are bound to an SSA variable (the variable takes ownership).
    pub fn write_place(&mut self, p: &Place, vals: &[Value]) {
        match p {
            Place::Var { obj, first, ty } => {
                let Some(Store::Ssa(vars)) = self.vars.get(obj).cloned() else { return };
                let n = self.flat(*ty).len();
                for (k, &v) in vars[*first..*first + n].iter().enumerate() {
                    self.b.def_var(v, vals[k]);
                }
            }
            Place::Mem { addr, off, ty } => self.store(*addr, *off, *ty, vals),
            Place::Map { mt, m, key } => self.map_set(*mt, *m, key, vals),
            Place::Blank => {}
        }
    }

    pub fn place_type(&self, p: &Place) -> TypeId {
        match p {
            Place::Var { ty, .. } | Place::Mem { ty, .. } => *ty,
            Place::Map { mt, .. } => self.l.p.tt.elem(*mt),
            Place::Blank => ids::INVALID,
        }
    }

    /// The address of a memory place (for &x, method calls, slicing).
    pub fn place_addr(&mut self, p: &Place) -> Option<Value> {
        match p {
            Place::Mem { addr, off, .. } => Some(self.addr_add(*addr, *off as i64)),
            Place::Var { obj, ty, first } => {
                // Memory-form variables hold a pointer to their storage.
                if *first == 0 && self.flat(*ty).mem {
                    if let Some(Store::Ssa(vars)) = self.vars.get(obj).cloned() {
                        return Some(self.b.use_var(vars[0]));
                    }
                }
                None
            }
            _ => None,
        }
    }

    // ---- function structure ----

    /// Sets up defer support: the defer mark and result cells.
    fn setup_defers(&mut self, body_has_defer: bool) {
        if !body_has_defer {
            return;
        }
        let mark = self.native("defer_mark", &[], &[Type::I64])[0];
        self.defer_mark = Some(mark);
        let cells: Vec<Value> = self.results.clone().iter().map(|&t| self.alloc_type(t)).collect();
        self.result_cells = Some(cells);
        let recover = self.b.create_block();
        self.b.func.unwind = Some(ir::Unwind { marker: mark, recover });
    }

    /// Emits the recover block: after a deferred call recovered, run the
    /// remaining deferred calls and return the current results.
    fn finish_defers(&mut self) {
        let Some(u) = self.b.func.unwind else { return };
        let cur = self.b.current_block();
        let terminated = self.b.is_terminated();
        self.b.switch_to_block(u.recover);
        self.b.seal_block(u.recover);
        self.emit_return_from_cells();
        if !terminated {
            self.b.switch_to_block(cur);
        }
    }

    /// Runs deferred calls and returns the values in the result cells.
    pub fn emit_return_from_cells(&mut self) {
        let mark = self.defer_mark.unwrap();
        self.native("defer_return", &[mark], &[]);
        let cells = self.result_cells.clone().unwrap();
        let mut out = Vec::new();
        for (i, &c) in cells.iter().enumerate() {
            let t = self.results[i];
            let v = self.load(c, 0, t);
            let v = self.own(v, t);
            out.extend(v);
        }
        self.b.ret(out);
    }

    /// A memory-form value copied if needed so the caller owns it.
    pub fn own(&mut self, v: Vals, t: TypeId) -> Vals {
        if self.flat(t).mem {
            vec![self.copy_mem(v[0], t)]
        } else {
            v
        }
    }

    /// Declares parameters from the entry block's values.
    fn bind_params(&mut self, objs: &[(ObjId, TypeId)], mut vals: std::vec::IntoIter<Value>) {
        for &(o, t) in objs {
            let n = self.flat(t).len();
            let v: Vals = (&mut vals).take(n).collect();
            if &*self.l.p.obj(o).name == "_" {
                continue;
            }
            self.declare_var(o, Some(v));
        }
    }

    /// Parameter objects of a function declaration, in order, with types.
    fn param_objs(&mut self, fields: &[ast::Field], types: &[TypeId]) -> Vec<(ObjId, TypeId)> {
        let mut out = Vec::new();
        let mut k = 0;
        for f in fields {
            if f.names.is_empty() {
                let t = types.get(k).copied().unwrap_or(ids::INVALID);
                // An anonymous parameter: a placeholder object that is never read.
                out.push((ObjId(u32::MAX), t));
                k += 1;
                continue;
            }
            for n in &f.names {
                let t = types.get(k).copied().unwrap_or(ids::INVALID);
                let o = self.l.p.info.defs.get(&n.id).copied().unwrap_or(ObjId(u32::MAX));
                out.push((o, t));
                k += 1;
            }
        }
        out
    }

    /// Lowers a function body given its signature and parameter lists.
    #[allow(clippy::too_many_arguments)]
    fn body(
        &mut self,
        recv: Option<(&ast::Field, TypeId)>,
        params: &[ast::Field],
        results: &[ast::Field],
        sig_t: TypeId,
        body: &ast::Block,
        mut entry_vals: impl Iterator<Item = Value>,
    ) {
        let sig = self.l.p.tt.sig(sig_t).cloned().unwrap();
        let ptypes: Vec<TypeId> = sig.params.iter().map(|&t| self.t(t)).collect();
        let rtypes: Vec<TypeId> = sig.results.iter().map(|&t| self.t(t)).collect();
        self.results = rtypes.clone();
        self.set_pos(body.pos);
        let has_defer = contains_defer(&body.stmts);
        self.setup_defers(has_defer);
        if let Some((r, rt)) = recv {
            let objs = self.param_objs(std::slice::from_ref(r), &[rt]);
            let objs: Vec<_> = objs.into_iter().filter(|(o, _)| o.0 != u32::MAX).collect();
            let n = self.flat(rt).len();
            if objs.is_empty() {
                for _ in 0..n {
                    entry_vals.next();
                }
            } else {
                let v: Vec<Value> = (&mut entry_vals).take(n).collect();
                self.bind_params(&objs, v.into_iter());
            }
        }
        let pobjs = self.param_objs(params, &ptypes);
        let mut rest: Vec<Value> = entry_vals.collect();
        let mut vals = Vec::new();
        for &(o, t) in &pobjs {
            let n = self.flat(t).len();
            let v: Vals = rest.drain(..n).collect();
            if o.0 == u32::MAX {
                continue;
            }
            vals.push((o, t, v));
        }
        for (o, _t, v) in vals {
            if &*self.l.p.obj(o).name == "_" {
                continue;
            }
            self.declare_var(o, Some(v));
        }
        // Named results are variables initialized to zero; with defers
        // they live in the result cells.
        let robjs = self.param_objs(results, &rtypes);
        for (i, &(o, t)) in robjs.iter().enumerate() {
            if o.0 == u32::MAX {
                continue;
            }
            self.result_objs.push(o);
            if let Some(cells) = &self.result_cells {
                self.vars.insert(o, Store::Cell(cells[i]));
            } else {
                let _ = t;
                self.declare_var(o, None);
            }
        }
        self.block_stmts(&body.stmts);
        if !self.b.is_terminated() {
            self.set_pos(body.end);
            self.emit_return(vec![]);
        }
        self.finish_defers();
    }

    /// Returns `vals` (already converted to the result types), running
    /// deferred calls first when the function has any.
    pub fn emit_return(&mut self, vals: Vec<Vals>) {
        if self.range_ctx.is_some() {
            self.range_return(vals);
            return;
        }
        if self.result_cells.is_some() {
            let cells = self.result_cells.clone().unwrap();
            for (i, v) in vals.iter().enumerate() {
                let t = self.results[i];
                self.store(cells[i], 0, t, v);
            }
            self.emit_return_from_cells();
            return;
        }
        let mut out = Vec::new();
        if vals.is_empty() && !self.results.is_empty() {
            // Naked return (named results) or falling off the end.
            for &o in &self.result_objs.clone() {
                let pl = self.var_place(o, 0);
                let t = self.place_type(&pl);
                let v = self.read_place(&pl);
                out.extend(self.own(v, t));
            }
            if out.is_empty() {
                for t in self.results.clone() {
                    out.extend(self.zero(t));
                }
            }
        } else {
            for v in vals {
                out.extend(v);
            }
        }
        self.b.ret(out);
    }

    /// Starts an unreachable block after a terminator, so that lowering can
    /// continue emitting (dead) code.
    pub fn dead_block(&mut self) {
        let d = self.b.create_block();
        self.b.switch_to_block(d);
        self.b.seal_block(d);
    }

    // ---- entry ----

    pub fn lower_entry(&mut self) {
        for pkg in self.l.p.package_order().to_vec() {
            let init = self.l.p.packages[pkg.0 as usize].init.clone();
            let file = self.l.p.packages[pkg.0 as usize].files.first().map(|f| f.file).unwrap_or(0);
            for entry in init {
                let Some(rhs) = &entry.rhs else { continue };
                self.file = self.l.p.obj(entry.lhs[0]).file;
                self.set_pos(rhs.pos);
                let target = (entry.lhs.len() == 1).then(|| self.l.p.obj(entry.lhs[0]).ty());
                let points = crate::order::expr_points(self, rhs, target);
                let keys = self.hoist(&points);
                self.init_entry(&entry.lhs, rhs);
                self.forget(keys);
            }
            let _ = file;
            for f in self.l.p.packages[pkg.0 as usize].init_funcs.clone() {
                let id = self.l.func_id(f, &[]);
                self.b.call(id, &[], vec![]);
            }
        }
        if let Some(main) = self.l.main_func() {
            self.b.call(main, &[], vec![]);
        }
        self.b.ret(vec![]);
    }

    /// Initializes package variables `lhs` from `rhs`.
    fn init_entry(&mut self, lhs: &[ObjId], rhs: &Expr) {
        if lhs.len() > 1 {
            let vals = self.multi_values(rhs, lhs.len());
            for (k, &o) in lhs.iter().enumerate() {
                if &*self.l.p.obj(o).name == "_" {
                    continue;
                }
                let pl = self.var_place(o, rhs.pos);
                let t = self.place_type(&pl);
                let v = self.convert_to(vals[k].0.clone(), vals[k].1, t);
                self.write_place(&pl, &v);
            }
            return;
        }
        let o = lhs[0];
        let t = self.t(self.l.p.obj(o).ty());
        let v = self.expr_to(rhs, t);
        if &*self.l.p.obj(o).name == "_" {
            return;
        }
        let pl = self.var_place(o, rhs.pos);
        self.write_place(&pl, &v);
    }
}

pub(super) fn lower_declared(l: &mut Lowerer, id: FuncId, obj: ObjId, targs: &[TypeId]) {
    let mut func = l.m.funcs[id.index()].clone();
    let f = l.p.obj(obj).func().unwrap();
    let decl = f.decl.clone().unwrap();
    let native = f.native;
    let tparams = f.all_tparams();
    let file = l.p.obj(obj).file;
    let subst: HashMap<TypeId, TypeId> = tparams.iter().copied().zip(targs.iter().copied()).collect();
    let sig_t = l.p.obj(obj).ty();
    {
        let loc = l.loc(file, decl.name.pos);
        func.loc = loc;
        let entry_vals = func.blocks[0].params.clone();
        let mut fl = FnLower::new(l, &mut func, id, file, Rc::new(subst));
        if native && crate::embed::is_host(fl.l.p, obj) {
            fl.host_body(obj, decl.name.pos, entry_vals);
        } else if native {
            fl.native_body(&decl, entry_vals);
        } else {
            let recv = decl.recv.as_ref().map(|r| {
                let rt = fl.l.recv_type(obj, targs);
                (r, rt)
            });
            let body = decl.body.as_ref().unwrap();
            fl.body(recv, &decl.sig.params, &decl.sig.results, sig_t, body, entry_vals.into_iter());
        }
        fl.b.seal_all_blocks();
    }
    l.m.funcs[id.index()] = func;
}

pub(super) fn lower_literal(
    l: &mut Lowerer,
    id: FuncId,
    lit: &ast::FuncLit,
    sig_t: TypeId,
    captures: &[(ObjId, TypeId)],
    subst: Rc<HashMap<TypeId, TypeId>>,
    file: u32,
) {
    let mut func = l.m.funcs[id.index()].clone();
    {
        let entry_vals = func.blocks[0].params.clone();
        let mut fl = FnLower::new(l, &mut func, id, file, subst);
        let env = entry_vals[0];
        fl.env = Some(env);
        fl.set_pos(lit.body.pos);
        // Captured variables: cells whose addresses the closure holds.
        for (k, &(o, _)) in captures.iter().enumerate() {
            let cell = fl.b.load(MemType::I64, env, 8 * (k as i32 + 1));
            fl.vars.insert(o, Store::Cell(cell));
            fl.captured.insert(o);
        }
        fl.body(None, &lit.sig.params, &lit.sig.results, sig_t, &lit.body, entry_vals[1..].iter().copied());
        fl.b.seal_all_blocks();
    }
    l.m.funcs[id.index()] = func;
}

pub(super) fn lower_generated(l: &mut Lowerer, id: FuncId, gen: Rc<dyn Fn(&mut FnLower)>) {
    let mut func = l.m.funcs[id.index()].clone();
    {
        let mut fl = FnLower::new(l, &mut func, id, 0, Rc::new(HashMap::new()));
        gen(&mut fl);
        if !fl.b.is_terminated() {
            fl.b.ret(vec![]);
        }
        fl.b.seal_all_blocks();
    }
    l.m.funcs[id.index()] = func;
}

impl FnLower<'_, '_> {
    /// A bodiless library function: forwards to the runtime native
    /// `pkg.Name` (or `pkg.Type.Method`).
    fn native_body(&mut self, decl: &ast::FuncDecl, entry: Vec<Value>) {
        let results = self.b.func.sig.results.clone();
        let name = self.name.clone();
        let r = self.native(&name, &entry, &results);
        let _ = decl;
        self.b.ret(r);
    }

    /// A host function (crate::embed): forwards to `host_call` with its
    /// index in `Shared::hosts`, whose kinds it fills in.
    fn host_body(&mut self, obj: ObjId, pos: crate::ast::Pos, entry: Vec<Value>) {
        let name = self.l.p.obj(obj).name.to_string();
        let results = self.b.func.sig.results.clone();
        let idx = self.l.shared.hosts.iter().position(|h| h.name == name).unwrap_or(0);
        match crate::embed::sig_kinds(self.l.p, obj) {
            Ok((params, res)) => {
                let h = &mut self.l.shared.hosts[idx];
                (h.params, h.results) = (params, res);
            }
            Err(e) => self.err(pos, format!("mvm: host function {name}: {e}")),
        }
        let mut args = vec![self.iconst(idx as i64)];
        args.extend(entry);
        let r = self.native("host_call", &args, &results);
        self.b.ret(r);
    }

    pub fn node_type(&mut self, id: NodeId) -> TypeId {
        let t = self.l.node_type(id);
        self.t(t)
    }

    pub fn is_const(&self, e: &Expr) -> bool {
        self.l.p.info.types.get(&e.id).is_some_and(|t| t.val.is_some())
    }
}

/// Does a function body (not nested literals) contain a defer statement?
fn contains_defer(stmts: &[ast::Stmt]) -> bool {
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

#[allow(dead_code)]
fn unused(_: TypeKind) {}
