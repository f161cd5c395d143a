//! Resolution of statements and control flow (mirrors lower/stmt.rs).

use super::resolve::{Fx, Var};
use super::tree::*;
use crate::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Stmt, StmtKind};
use crate::objects::*;
use crate::types::{ids, TypeId, TypeKind};

impl Fx<'_> {
    /// Resolves statements, appending to `out`.
    pub fn block_stmts(&mut self, stmts: &[Stmt], out: &mut Vec<S>) {
        for s in stmts {
            self.stmt(s, out);
        }
    }

    pub fn block(&mut self, stmts: &[Stmt]) -> Block {
        let mut out = Vec::new();
        self.block_stmts(stmts, &mut out);
        self.block_of(out)
    }

    /// One statement as a single node.
    fn stmt1(&mut self, s: &Stmt) -> S {
        let mut out = Vec::new();
        self.stmt(s, &mut out);
        if out.len() == 1 {
            if let Some(x) = out.pop() {
                return x;
            }
        }
        S::Block(Box::new(self.block_of(out)))
    }

    fn stmt(&mut self, s: &Stmt, out: &mut Vec<S>) {
        self.pos = s.pos;
        let keys = self.hoist_stmt(s, out);
        self.pos = s.pos;
        self.stmt_kind(s, out);
        self.forget(keys);
    }

    fn stmt_kind(&mut self, s: &Stmt, out: &mut Vec<S>) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(g) => self.local_decl(g, out),
            StmtKind::Labeled(l, inner) => {
                let Some(&o) = self.r.p.info.defs.get(&l.id) else {
                    self.stmt(inner, out);
                    return;
                };
                let id = self.label_id(o);
                self.pending_label = Some(o);
                let inner = self.stmt1(inner);
                self.pending_label = None;
                out.push(S::Label(id, Box::new(inner)));
            }
            StmtKind::Expr(e) => {
                let (x, n) = self.expr_discard(e);
                out.push(self.discard(x, n));
            }
            StmtKind::IncDec(x, inc) => {
                let p = self.place(x);
                let Some(ty) = p.ty().cloned() else { return };
                let cur = self.cur_slot(&p, ty.n);
                let curx = read_tmp(cur, ty.n);
                let one = self.const_of_type(1, ty.id);
                let op = if *inc { ast::BinOp::Add } else { ast::BinOp::Sub };
                let r = self.arith(op, ty.id, curx, one);
                out.push(self.update(p, r, cur));
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs, out),
            StmtKind::Go(e) => {
                let g = self.go_stmt(e);
                out.push(g);
            }
            StmtKind::Send(ch, v) => {
                let ct = self.tid(ch);
                let et = self.chan_elem(ct);
                let en = self.ty(et).n;
                let c = self.expr(ch);
                let v = self.expr_owned_to(v, et);
                let x = self.native("chan_send", vec![(c, 1), (v, en)], 0);
                out.push(self.discard(x, 0));
            }
            StmtKind::Select(clauses) => {
                let s = self.select_stmt(clauses);
                out.push(s);
            }
            StmtKind::Defer(e) => {
                let d = self.defer_stmt(e);
                out.push(d);
            }
            StmtKind::Return(results) => self.return_stmt(results, out),
            StmtKind::Branch(kind, label) => {
                let b = self.branch(*kind, label.as_ref());
                out.push(b);
            }
            StmtKind::Block(b) => {
                let b = self.block(&b.stmts);
                out.push(S::Block(Box::new(b)));
            }
            StmtKind::If { init, cond, then, els } => {
                let mut pre = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut pre);
                }
                let c = self.ordered_expr(cond, None);
                let tb = self.block(&then.stmts);
                let eb = els.as_ref().map(|e| Box::new(self.stmt1(e)));
                let ifs = S::If { cond: c, then: Box::new(tb), els: eb };
                if pre.is_empty() {
                    out.push(ifs);
                } else {
                    pre.push(ifs);
                    out.push(S::Block(Box::new(self.block_of(pre))));
                }
            }
            StmtKind::Switch { init, tag, body, .. } => {
                let s = self.switch_stmt(init.as_deref(), tag.as_ref(), body);
                out.push(s);
            }
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                let s = self.type_switch(init.as_deref(), bind.as_ref(), x, body);
                out.push(s);
            }
            StmtKind::For { init, cond, post, body } => {
                let s = self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body);
                out.push(s);
            }
            StmtKind::Range { key, value, define, x, body } => {
                let s = self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body);
                out.push(s);
            }
        }
    }

    /// An expression evaluated for its effects: the node and its words.
    pub fn expr_discard(&mut self, e: &Expr) -> (X, u32) {
        let inner = crate::check::strip_parens_pub(e);
        if let ExprKind::Call { .. } = &inner.kind {
            let (x, ts) = self.call_expr(inner);
            let n = self.words_of_types(&ts);
            return (x, n);
        }
        let t = self.tid(e);
        let n = self.ty(t).n;
        (self.expr(e), n)
    }

    fn local_decl(&mut self, g: &ast::GenDecl, out: &mut Vec<S>) {
        if g.kind != ast::GenKind::Var {
            return;
        }
        for spec in &g.specs {
            let ast::Spec::Value(vs) = spec else { continue };
            let objs: Vec<Option<ObjId>> = vs.names.iter().map(|n| self.r.p.info.defs.get(&n.id).copied()).collect();
            if vs.values.is_empty() {
                for o in objs.into_iter().flatten() {
                    let s = self.declare_var(o, None);
                    out.push(s);
                }
                continue;
            }
            if vs.values.len() == 1 && objs.len() > 1 {
                let (x, types) = self.multi_values(&vs.values[0]);
                let total = self.words_of_types(&types);
                let tmp = self.tmp(total);
                out.push(S::Eval { x, n: total, tmp });
                let parts = self.parts_of(tmp, &types);
                for (k, o) in objs.iter().enumerate() {
                    let (Some(o), Some((v, vt))) = (o, parts.get(k)) else { continue };
                    let ot = self.r.p.obj(*o).ty();
                    let t = self.t(ot);
                    let v = self.convert_to(clone_read(v), *vt, t);
                    let v = self.own(v, t);
                    let s = self.declare_var(*o, Some(v));
                    out.push(s);
                }
                continue;
            }
            // Evaluate all values first, then declare.
            let mut vals = Vec::new();
            for (k, o) in objs.iter().enumerate() {
                let Some(o) = o else { continue };
                let ot = self.r.p.obj(*o).ty();
                let t = self.t(ot);
                let Some(e) = vs.values.get(k) else { continue };
                let v = self.expr_owned_to(e, t);
                vals.push((*o, v, t));
            }
            if vals.len() == 1 {
                if let Some((o, v, _)) = vals.pop() {
                    let s = self.declare_var(o, Some(v));
                    out.push(s);
                }
                continue;
            }
            let mut decls = Vec::new();
            for (o, v, t) in vals {
                let n = self.ty(t).n;
                let tmp = self.tmp(n);
                out.push(S::Eval { x: v, n, tmp });
                decls.push((o, read_tmp(tmp, n)));
            }
            for (o, v) in decls {
                let s = self.declare_var(o, Some(v));
                out.push(s);
            }
        }
    }

    // ---- assignment ----

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr], out: &mut Vec<S>) {
        match op {
            AssignOp::Op(bop) => {
                let p = self.place(&lhs[0]);
                let Some(ty) = p.ty().cloned() else { return };
                let cur = self.cur_slot(&p, ty.n);
                let curx = read_tmp(cur, ty.n);
                let r = if matches!(bop, ast::BinOp::Shl | ast::BinOp::Shr) {
                    let ct = self.tid(&rhs[0]);
                    let c = self.expr(&rhs[0]);
                    self.shift(bop, ty.id, curx, c, ct)
                } else {
                    let v = self.expr_to(&rhs[0], ty.id);
                    self.arith(bop, ty.id, curx, v)
                };
                out.push(self.update(p, r, cur));
            }
            AssignOp::Define => {
                let objs: Vec<Option<ObjId>> = lhs
                    .iter()
                    .map(|l| self.r.p.info.defs.get(&l.id).copied().or_else(|| self.r.p.info.uses.get(&l.id).copied()))
                    .collect();
                let values: Vec<(X, TypeId)> = if rhs.len() == 1 && lhs.len() > 1 {
                    let (x, types) = self.multi_values(&rhs[0]);
                    let total = self.words_of_types(&types);
                    let tmp = self.tmp(total);
                    out.push(S::Eval { x, n: total, tmp });
                    self.parts_of(tmp, &types)
                } else {
                    let mut vals = Vec::new();
                    for (k, r) in rhs.iter().enumerate() {
                        // Target type: the variable's (new or existing).
                        let t = match objs.get(k).copied().flatten() {
                            Some(o) if &*self.r.p.obj(o).name != "_" => {
                                let ot = self.r.p.obj(o).ty();
                                self.t(ot)
                            }
                            _ => self.tid(r),
                        };
                        let v = self.expr_owned_to(r, t);
                        vals.push((v, t));
                    }
                    if vals.len() == 1 {
                        vals
                    } else {
                        // Every value is evaluated before any variable is set.
                        let mut read = Vec::new();
                        for (v, t) in vals {
                            let n = self.ty(t).n;
                            let tmp = self.tmp(n);
                            out.push(S::Eval { x: v, n, tmp });
                            read.push((read_tmp(tmp, n), t));
                        }
                        read
                    }
                };
                let mut values: Vec<Option<(X, TypeId)>> = values.into_iter().map(Some).collect();
                for (k, l) in lhs.iter().enumerate() {
                    let Some(o) = objs.get(k).copied().flatten() else {
                        if let Some(Some((v, t))) = values.get_mut(k).map(|v| v.take()) {
                            let n = self.ty(t).n;
                            out.push(self.discard(v, n));
                        }
                        continue;
                    };
                    let Some(Some((v, vt))) = values.get_mut(k).map(|v| v.take()) else { continue };
                    if &*self.r.p.obj(o).name == "_" {
                        let n = self.ty(vt).n;
                        out.push(self.discard(v, n));
                        continue;
                    }
                    let ot = self.r.p.obj(o).ty();
                    let t = self.t(ot);
                    let v = self.convert_to(v, vt, t);
                    let is_new = self.r.p.info.defs.get(&l.id) == Some(&o) && !self.vars.contains_key(&o);
                    if is_new {
                        let s = self.declare_var(o, Some(v));
                        out.push(s);
                    } else {
                        let p = self.var_place(o);
                        out.push(self.store(p, v));
                    }
                }
            }
            AssignOp::Assign => {
                if rhs.len() == 1 && lhs.len() > 1 {
                    let pls: Vec<Pl> = lhs.iter().map(|l| self.place(l)).collect();
                    let tos: Vec<Option<TypeId>> = pls.iter().map(|p| p.ty().map(|t| t.id)).collect();
                    let s = self.multi_store_pls(pls, tos, &rhs[0]);
                    out.push(s);
                    return;
                }
                if lhs.len() == 1 {
                    let p = self.place(&lhs[0]);
                    let Some(t) = p.ty().map(|t| t.id) else {
                        let (x, n) = self.expr_discard(&rhs[0]);
                        out.push(self.discard(x, n));
                        return;
                    };
                    let v = self.expr_owned_to(&rhs[0], t);
                    out.push(self.store(p, v));
                    return;
                }
                // Parallel assignment: places, then values, then stores.
                let pls: Vec<Pl> = lhs.iter().map(|l| self.place(l)).collect();
                let mut xs = Vec::new();
                for (p, r) in pls.iter().zip(rhs) {
                    let Some(t) = p.ty().map(|t| t.id) else {
                        let (v, n) = self.expr_discard(r);
                        let tmp = self.tmp(n);
                        xs.push((v, tmp));
                        continue;
                    };
                    // Memory-form values are copied now: a later store in
                    // this statement could change their source.
                    let v = self.expr_to(r, t);
                    let v = self.own(v, t);
                    let n = self.ty(t).n;
                    let tmp = self.tmp(n);
                    xs.push((v, tmp));
                }
                out.push(S::Parallel { pls: pls.into_boxed_slice(), xs: xs.into_boxed_slice() });
            }
        }
    }

    /// Where a read-modify-write finds the current value: a variable in
    /// slots is read in place (evaluating its place has no effects).
    fn cur_slot(&mut self, p: &Pl, n: u32) -> u32 {
        match p {
            Pl::Slots { slot, .. } => *slot,
            _ => self.tmp(n),
        }
    }

    /// `pl = x(cur)`, where x reads the place's current value at `cur`.
    fn update(&mut self, p: Pl, x: X, cur: u32) -> S {
        match p {
            Pl::Slots { slot, ty } => self.set_slots(slot, ty.n, x),
            Pl::Mem { addr, off, ty, .. } if ty.n == 1 && !ty.mem => S::UpdateW { addr, off, mt: ty.mt(), x, cur },
            p => {
                let tmp = self.tmp_for(&p);
                S::Update { pl: p, x, cur, tmp }
            }
        }
    }

    /// `pl = x` with fast forms for frame slots and one-word memory.
    pub fn store(&mut self, p: Pl, x: X) -> S {
        match p {
            Pl::Slots { slot, ty } => self.set_slots(slot, ty.n, x),
            Pl::Mem { addr, off, ty, .. } if ty.n == 1 && !ty.mem => S::StoreW { addr, off, mt: ty.mt(), x },
            Pl::Blank => self.discard(x, 0),
            p => {
                let tmp = self.tmp_for(&p);
                S::Store { pl: p, x, tmp }
            }
        }
    }

    /// `a, b = f()` into already evaluated places (as
    /// `FnLower::assign`/`lower_entry`).
    fn multi_store_pls(&mut self, pls: Vec<Pl>, tos: Vec<Option<TypeId>>, rhs: &Expr) -> S {
        let (x, types) = self.multi_values(rhs);
        let total = self.words_of_types(&types);
        let tmp = self.tmp(total);
        let parts = self.parts_of(tmp, &types);
        let mut conv = Vec::new();
        for (k, (v, vt)) in parts.into_iter().enumerate() {
            let to = tos.get(k).copied().flatten();
            match to {
                Some(t) => {
                    let n = self.ty(t).n;
                    let v = self.convert_to(v, vt, t);
                    let ctmp = self.tmp(n);
                    conv.push((v, ctmp));
                }
                None => conv.push((X::Zero(0), 0)),
            }
        }
        S::MultiStore { pls: pls.into_boxed_slice(), x, tmp, parts: conv.into_boxed_slice() }
    }

    pub fn multi_store(&mut self, pls: Vec<Pl>, tos: Vec<Option<TypeId>>, rhs: &Expr) -> S {
        self.multi_store_pls(pls, tos, rhs)
    }

    // ---- return and branches ----

    fn return_stmt(&mut self, results: &[Expr], out: &mut Vec<S>) {
        let rtypes: Vec<TypeId> = self.results.iter().map(|t| t.id).collect();
        if results.is_empty() {
            let r = self.emit_return(vec![]);
            out.push(r);
            return;
        }
        let vals: Vec<X> = if results.len() == 1 && rtypes.len() > 1 {
            let (x, types) = self.multi_values(&results[0]);
            let total = self.words_of_types(&types);
            let tmp = self.tmp(total);
            out.push(S::Eval { x, n: total, tmp });
            let parts = self.parts_of(tmp, &types);
            parts.into_iter().zip(&rtypes).map(|((v, vt), &t)| self.convert_to(v, vt, t)).collect()
        } else {
            results.iter().zip(&rtypes).map(|(r, &t)| self.expr_owned_to(r, t)).collect()
        };
        let r = self.emit_return(vals);
        out.push(r);
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&ast::Ident>) -> S {
        match kind {
            BranchKind::Goto => {
                let Some(o) = label.and_then(|l| self.r.p.info.uses.get(&l.id).copied()) else {
                    return S::Fail("goto without label".into());
                };
                self.goto_label(o)
            }
            BranchKind::Break | BranchKind::Continue => {
                let lo = label.and_then(|l| self.r.p.info.uses.get(&l.id).copied());
                let t = self.targets.iter().rev().find(|t| match lo {
                    Some(o) => t.label == Some(o),
                    None => kind == BranchKind::Break || t.is_loop,
                });
                match (t, kind) {
                    (Some(t), BranchKind::Break) => S::Branch(Flow::Break(t.id)),
                    (Some(t), _) if t.is_loop => S::Branch(Flow::Continue(t.id)),
                    _ => {
                        // In a yield body: a target outside the loop body.
                        let is_continue = kind == BranchKind::Continue;
                        let k = self.range.as_ref().and_then(|r| {
                            r.outer.iter().rposition(|t| lo.is_some() && t.0 == lo && (!is_continue || t.1))
                        });
                        match k {
                            Some(k) => self.stop_body(CODE_FIRST_TARGET + 2 * k as i64 + is_continue as i64),
                            None => S::Fail("branch target not found".into()),
                        }
                    }
                }
            }
            BranchKind::Fallthrough => S::Branch(Flow::Fallthrough),
        }
    }

    // ---- switch ----

    fn switch_stmt(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, body: &[ast::CaseClause]) -> S {
        let label = self.pending_label.take();
        let mut pre = Vec::new();
        if let Some(i) = init {
            self.stmt(i, &mut pre);
        }
        let (tag_x, tag_t) = match tag {
            Some(t) => {
                let ty = self.tid(t);
                let n = self.ty(ty).n;
                let tmp = self.tmp(n);
                (Some((self.ordered_expr(t, None), tmp, n)), ty)
            }
            None => (None, ids::BOOL),
        };
        let mut default = None;
        let mut tests_of = Vec::new();
        for (i, cl) in body.iter().enumerate() {
            let mut tests = Vec::new();
            if cl.is_default {
                default = Some(i as u32);
            }
            for e in &cl.exprs {
                self.pos = e.pos;
                let c = match &tag_x {
                    Some((_, tmp, n)) => {
                        let et = self.tid(e);
                        let to_iface = self.is_iface(tag_t) && !self.is_iface(et);
                        let ev = self.ordered_expr(e, to_iface.then_some(tag_t));
                        self.compare_mixed(ast::BinOp::Eq, read_tmp(*tmp, *n), tag_t, ev, et)
                    }
                    None => self.ordered_expr(e, None),
                };
                tests.push(c);
            }
            tests_of.push(tests);
        }
        let id = self.new_target(label, false);
        let mut clauses = Vec::new();
        for (cl, tests) in body.iter().zip(tests_of) {
            let b = self.block(&cl.body);
            clauses.push(Clause { tests: tests.into_boxed_slice(), body: b });
        }
        self.targets.pop();
        let sw = S::Switch(Box::new(SwitchS { id, tag: tag_x, clauses: clauses.into_boxed_slice(), default }));
        wrap(self, pre, sw)
    }

    fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        body: &[ast::TypeCaseClause],
    ) -> S {
        let label = self.pending_label.take();
        let mut pre = Vec::new();
        if let Some(i) = init {
            self.stmt(i, &mut pre);
        }
        let xt = self.tid(x);
        let xv = self.ordered_expr(x, None);
        let empty = self.iface_is_empty(xt);
        let tmp = self.tmp(2);
        let dyn_slot = self.slots(1);
        let mut default = None;
        let mut tests_of = Vec::new();
        let mut itab_slots: Vec<Option<u32>> = vec![None; body.len()];
        for (i, cl) in body.iter().enumerate() {
            if cl.is_default {
                default = Some(i as u32);
            }
            let mut tests = Vec::new();
            for te in &cl.types {
                let t = self.node_type(te.id);
                if t == ids::UNTYPED_NIL {
                    tests.push(TTest::Nil);
                } else if self.is_iface(t) {
                    let slot = if cl.types.len() == 1 {
                        let s = self.slots(1);
                        itab_slots[i] = Some(s);
                        Some(s)
                    } else {
                        None
                    };
                    let empty = self.iface_is_empty(t);
                    let td = if empty { 0 } else { self.td(t) };
                    tests.push(TTest::Iface { td, empty, slot });
                } else {
                    let td = self.td(t);
                    tests.push(TTest::Concrete { td });
                }
            }
            tests_of.push(tests);
        }
        let id = self.new_target(label, false);
        let mut clauses = Vec::new();
        for (i, (cl, tests)) in body.iter().zip(tests_of).enumerate() {
            let mut bind_s = None;
            if bind.is_some() {
                if let Some(&o) = self.r.p.info.implicits.get(&cl.implicit_id) {
                    let ot = self.r.p.obj(o).ty();
                    let vt = self.t(ot);
                    let used = self.r.p.obj(o).var().is_some_and(|v| v.used.get());
                    if used {
                        let xval = X::SlotsM { slot: tmp, n: 2 };
                        let val = if vt == xt || self.is_iface(vt) && cl.types.len() != 1 {
                            xval
                        } else if self.is_iface(vt) {
                            let w0 = match itab_slots[i] {
                                Some(s) if !self.iface_is_empty(vt) => X::Slot(s),
                                _ => X::Slot(dyn_slot),
                            };
                            self.cat_words(vec![w0, X::Slot(tmp + 1)])
                        } else {
                            self.unbox(X::Slot(tmp + 1), vt)
                        };
                        bind_s = Some(self.declare_var(o, Some(val)));
                    }
                }
            }
            let b = self.block(&cl.body);
            clauses.push(TClause { tests: tests.into_boxed_slice(), bind: bind_s, body: b });
        }
        self.targets.pop();
        let ts = S::TypeSwitch(Box::new(TypeSwitchS {
            id,
            x: xv,
            tmp,
            empty,
            dyn_slot,
            clauses: clauses.into_boxed_slice(),
            default,
        }));
        wrap(self, pre, ts)
    }

    /// The value of type `t` an interface data word holds; memory-form
    /// values are copied (the caller owns the result).
    pub fn unbox(&mut self, data: X, t: TypeId) -> X {
        let ty = self.ty(t);
        if ty.direct {
            return data;
        }
        let v = self.load(data, 0, &ty);
        self.own(v, t)
    }

    // ---- loops ----

    fn for_stmt(&mut self, init: Option<&Stmt>, cond: Option<&Expr>, post: Option<&Stmt>, body: &ast::Block) -> S {
        let label = self.pending_label.take();
        let mut pre = Vec::new();
        if let Some(i) = init {
            self.stmt(i, &mut pre);
        }
        // Loop variables declared by init that escape get a fresh cell per
        // iteration (Go 1.22 semantics).
        let mut cells = Vec::new();
        if let Some(StmtKind::Assign { lhs, op: AssignOp::Define, .. }) = init.map(|s| &s.kind) {
            for l in lhs {
                let Some(&o) = self.r.p.info.defs.get(&l.id) else { continue };
                if !self.r.p.obj(o).var().is_some_and(|v| v.escapes.get()) {
                    continue;
                }
                if let Some(Var::Cell(slot)) = self.vars.get(&o).copied() {
                    let ot = self.r.p.obj(o).ty();
                    let t = self.t(ot);
                    let ty = self.ty(t);
                    cells.push((slot, ty));
                }
            }
        }
        let c = cond.map(|c| {
            self.pos = c.pos;
            self.ordered_expr(c, None)
        });
        let id = self.new_target(label, true);
        let b = self.block(&body.stmts);
        self.targets.pop();
        let p = post.map(|p| self.stmt1(p));
        let f = S::For(Box::new(ForS { id, cond: c, body: b, post: p, cells: cells.into_boxed_slice() }));
        wrap(self, pre, f)
    }

    fn range_stmt(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &ast::Block) -> S {
        let mut pre = Vec::new();
        let pos = self.pos;
        let keys = self.hoist_expr(x, &mut pre);
        self.pos = pos;
        let r = self.range_of(key, value, define, x, body);
        self.forget(keys);
        wrap(self, pre, r)
    }

    fn range_of(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &ast::Block) -> S {
        let label = self.pending_label.take();
        let spos = self.pos;
        let xt = self.tid(x);
        let under = self.r.p.tt.under(xt).clone();
        let is_blank = |e: Option<&Expr>| e.is_none_or(|e| matches!(&e.kind, ExprKind::Ident(n) if &**n == "_"));
        let key = if is_blank(key) { None } else { key };
        let value = if is_blank(value) { None } else { value };
        match under {
            TypeKind::Basic(b) if b.is_integer() => {
                let n = self.expr(x);
                let tmp = self.tmp(1);
                let islot = self.slots(1);
                let id = self.new_target(label, true);
                let mut assign = Vec::new();
                if let Some(k) = key {
                    assign.push(self.range_assign_one(define, k, X::Slot(islot), xt));
                }
                let b = self.block(&body.stmts);
                self.targets.pop();
                S::RangeInt(Box::new(RangeS {
                    id,
                    x: n,
                    tmp,
                    kind: ElemKind::Slice,
                    len: 0,
                    esize: 0,
                    islot,
                    eslot: 0,
                    assign: assign.into_boxed_slice(),
                    body: b,
                }))
            }
            TypeKind::Slice(_) | TypeKind::Array(..) | TypeKind::Pointer(_) => {
                let (kind, e, len, xv) = match under {
                    TypeKind::Slice(e) => (ElemKind::Slice, e, 0, self.expr(x)),
                    TypeKind::Array(n, e) => {
                        // The range expression is evaluated once; arrays are
                        // copied unless only keys are used.
                        let xv = self.expr(x);
                        let base = if value.is_some() { self.own(xv, xt) } else { xv };
                        (ElemKind::Array, e, n, base)
                    }
                    TypeKind::Pointer(p) => {
                        let TypeKind::Array(n, e) = self.r.p.tt.under(p).clone() else {
                            return S::Fail("range over a pointer to a non-array".into());
                        };
                        let xv = self.expr(x);
                        let base = if value.is_some() {
                            let loc = self.here();
                            X::NilChk { p: Box::new(xv), loc }
                        } else {
                            xv
                        };
                        (ElemKind::PtrArray, e, n, base)
                    }
                    _ => return S::Fail("range".into()),
                };
                let e = self.t(e);
                let ety = self.ty(e);
                let esize = self.size_of(e);
                let tmp = self.tmp(3);
                let islot = self.slots(1);
                let eslot = self.slots(1);
                let id = self.new_target(label, true);
                let mut assign = Vec::new();
                if let Some(k) = key {
                    assign.push(self.range_assign_one(define, k, X::Slot(islot), ids::INT));
                }
                if let Some(v) = value {
                    let ev = self.load(X::Slot(eslot), 0, &ety);
                    assign.push(self.range_assign_one(define, v, ev, e));
                }
                let b = self.block(&body.stmts);
                self.targets.pop();
                S::RangeSlice(Box::new(RangeS {
                    id,
                    x: xv,
                    tmp,
                    kind,
                    len,
                    esize,
                    islot,
                    eslot,
                    assign: assign.into_boxed_slice(),
                    body: b,
                }))
            }
            TypeKind::Basic(b) if b.is_string() => {
                let s = self.expr(x);
                let tmp = self.tmp(2);
                let islot = self.slots(1);
                let eslot = self.slots(1);
                let id = self.new_target(label, true);
                let mut assign = Vec::new();
                if let Some(k) = key {
                    assign.push(self.range_assign_one(define, k, X::Slot(islot), ids::INT));
                }
                if let Some(v) = value {
                    assign.push(self.range_assign_one(define, v, X::Slot(eslot), ids::INT32));
                }
                let b = self.block(&body.stmts);
                self.targets.pop();
                S::RangeStr(Box::new(RangeS {
                    id,
                    x: s,
                    tmp,
                    kind: ElemKind::Slice,
                    len: 0,
                    esize: 0,
                    islot,
                    eslot,
                    assign: assign.into_boxed_slice(),
                    body: b,
                }))
            }
            TypeKind::Map(kt, vt) => {
                let m = self.expr(x);
                let mtd = self.td(xt);
                let (kt, vt) = (self.t(kt), self.t(vt));
                let (kty, vty) = (self.ty(kt), self.ty(vt));
                let nbuf = (1 + kty.n + vty.n).max(2);
                let buf = self.tmp(nbuf + 1);
                let id = self.new_target(label, true);
                let mut assign = Vec::new();
                // Results of map_iter_next: (ok, key..., value...) at buf.
                let kx = read_tmp(buf + 1, kty.n);
                let vx = read_tmp(buf + 1 + kty.n, vty.n);
                if let Some(k) = key {
                    assign.push(self.range_assign_one(define, k, kx, kt));
                }
                if let Some(v) = value {
                    assign.push(self.range_assign_one(define, v, vx, vt));
                }
                let b = self.block(&body.stmts);
                self.targets.pop();
                let loc = self.here();
                S::RangeMap(Box::new(RangeMapS {
                    id,
                    mtd,
                    m,
                    buf,
                    nbuf,
                    assign: assign.into_boxed_slice(),
                    body: b,
                    loc,
                }))
            }
            TypeKind::Func(_) => self.range_func(spos, x),
            TypeKind::Chan(..) => {
                // Receive until the channel is closed.
                let et = self.chan_elem(xt);
                let ety = self.ty(et);
                let c = self.expr(x);
                let tmp = self.tmp(1);
                let vtmp = self.tmp(ety.n + 1);
                let recv = self.native("chan_recv", vec![(X::Slot(tmp), 1)], ety.n + 1);
                let id = self.new_target(label, true);
                let mut assign = Vec::new();
                if let Some(k) = key {
                    assign.push(self.range_assign_one(define, k, read_tmp(vtmp, ety.n), et));
                }
                let b = self.block(&body.stmts);
                self.targets.pop();
                S::RangeChan(Box::new(RangeChanS {
                    id,
                    x: c,
                    tmp,
                    recv,
                    vtmp,
                    n: ety.n,
                    assign: assign.into_boxed_slice(),
                    body: b,
                }))
            }
            _ => S::Fail("range over this type".into()),
        }
    }

    /// Assigns (or declares, fresh per iteration) a range variable.
    pub fn range_assign_one(&mut self, define: bool, e: &Expr, v: X, t: TypeId) -> S {
        if define {
            let Some(&o) = self.r.p.info.defs.get(&e.id) else { return S::Expr { x: X::Zero(0), n: 0, tmp: 0 } };
            let ot = self.r.p.obj(o).ty();
            let vt = self.t(ot);
            let v = self.convert_to(v, t, vt);
            let v = self.own(v, vt);
            self.declare_var(o, Some(v))
        } else {
            let p = self.place(e);
            let Some(pt) = p.ty().map(|t| t.id) else { return S::Expr { x: X::Zero(0), n: 0, tmp: 0 } };
            let v = self.convert_to(v, t, pt);
            let v = self.own(v, pt);
            self.store(p, v)
        }
    }

    // ---- channels (as lower/chan.rs) ----

    pub fn chan_elem(&mut self, ct: TypeId) -> TypeId {
        let e = match self.r.p.tt.under(ct) {
            TypeKind::Chan(_, e) => *e,
            _ => ids::INVALID,
        };
        self.t(e)
    }

    /// `select`: the cases are laid out as `[chan, dir, elem]` triples; the
    /// runtime picks one.
    fn select_stmt(&mut self, clauses: &[ast::CommClause]) -> S {
        let label = self.pending_label.take();
        let mut cases = Vec::new();
        let mut default = None;
        let mut kinds = Vec::new();
        // Channel operands and sent values are evaluated once, in order.
        for (i, cl) in clauses.iter().enumerate() {
            let Some(comm) = &cl.comm else {
                default = Some(i);
                continue;
            };
            match &comm.kind {
                StmtKind::Send(ch, v) => {
                    let ct = self.tid(ch);
                    let et = self.chan_elem(ct);
                    let c = self.ordered_expr(ch, None);
                    let vv = self.ordered_owned_to(v, et);
                    let cell = self.spill(vv, et);
                    cases.push(SelCase { chan: c, elem: cell, send: true });
                    kinds.push((i, None));
                }
                _ => {
                    let Some(rx) = recv_operand(comm) else { return S::Fail("select case".into()) };
                    let ct = self.tid(rx);
                    let et = self.chan_elem(ct);
                    let ety = self.ty(et);
                    let c = self.ordered_expr(rx, None);
                    let cell = X::Alloc { size: ety.size, noscan: ety.noscan };
                    cases.push(SelCase { chan: c, elem: cell, send: false });
                    kinds.push((i, Some(et)));
                }
            }
        }
        let n = cases.len() as u32;
        // Slots: the array of cases, then (chan, elem) per case, then the
        // select_go buffer (chosen, ok).
        let slots = self.slots(1 + 2 * n + 3);
        let (arr, buf) = (slots, slots + 1 + 2 * n);
        let id = self.new_target(label, false);
        let mut arms = Vec::new();
        for (k, (clause, recv)) in kinds.into_iter().enumerate() {
            let cl = &clauses[clause];
            let mut bind = None;
            if let (Some(et), Some(comm)) = (recv, &cl.comm) {
                let ety = self.ty(et);
                let eslot = arr + 2 + 2 * k as u32;
                let v = self.load(X::Slot(eslot), 0, &ety);
                bind = self.bind_received(comm, v, et, X::Slot(buf + 1));
            }
            let body = self.block(&cl.body);
            arms.push((k as i64, bind, body));
        }
        if let Some(d) = default {
            let body = self.block(&clauses[d].body);
            arms.push((-1, None, body));
        }
        self.targets.pop();
        let loc = self.here();
        let Some(f) = runtime::native::lookup("select_go") else { return S::Fail("no select_go".into()) };
        S::Select(Box::new(SelectS {
            f,
            id,
            cases: cases.into_boxed_slice(),
            has_default: default.is_some(),
            arr,
            buf,
            arms: arms.into_boxed_slice(),
            loc,
        }))
    }

    /// The assignment part of `case v, ok := <-ch` / `case x = <-ch`.
    fn bind_received(&mut self, comm: &Stmt, v: X, et: TypeId, ok: X) -> Option<S> {
        let StmtKind::Assign { lhs, op, .. } = &comm.kind else { return None };
        let define = *op == AssignOp::Define;
        let blank = |e: &Expr| matches!(&e.kind, ExprKind::Ident(n) if &**n == "_");
        let v = self.own(v, et);
        let mut out = Vec::new();
        if let Some(l) = lhs.first().filter(|l| !blank(l)) {
            out.push(self.range_assign_one(define, l, v, et));
        }
        if let Some(l) = lhs.get(1).filter(|l| !blank(l)) {
            out.push(self.range_assign_one(define, l, ok, ids::BOOL));
        }
        Some(S::Block(Box::new(self.block_of(out))))
    }

    // ---- range over functions (as lower/rangefunc.rs) ----

    /// The loop statement, in the function that owns it: calls the
    /// iterator with the yield closure, then acts on why the body stopped.
    fn range_func(&mut self, spos: ast::Pos, x: &Expr) -> S {
        let Some((yid, job)) = self.r.range_id(self.id, spos) else {
            return S::Fail("range over a function was not lowered".into());
        };
        let mut out = Vec::new();
        // The iterator is evaluated first.
        let fv = self.slots(1);
        let fx = self.expr(x);
        out.push(S::Set { slot: fv, x: fx });
        let mut caps = Vec::new();
        for &(o, _) in &job.captures {
            caps.push(self.capture_cell(o));
        }
        let ctl = self.slots(1);
        out.push(S::Set { slot: ctl, x: X::Alloc { size: 16, noscan: true } });
        caps.push(CapSrc::Cell(ctl));
        let results = self.results.clone();
        let mut cells = Vec::new();
        for ty in &results {
            let slot = self.slots(1);
            out.push(S::Set { slot, x: X::Alloc { size: ty.size, noscan: ty.noscan } });
            caps.push(CapSrc::Cell(slot));
            cells.push((slot, ty.clone()));
        }
        if let Some(m) = self.defer_mark {
            caps.push(CapSrc::Cell(m));
        }
        let n = caps.iter().map(|c| if let CapSrc::Spill(_, t) = c { t.n } else { 1 }).max().unwrap_or(1);
        let tmp = self.tmp(caps.len() as u32 + n);
        let loc = self.here();
        let fi = self.r.fi_addr(yid);
        let clo =
            X::Closure(Box::new(ClosureX { fi, caps: caps.into_boxed_slice(), recv: None, nilchk: false, tmp, loc }));
        let call = CallX {
            target: Target::Closure(X::Slot(fv)),
            args: Box::new([Arg { x: clo, off: 1, n: 1 }]),
            nargs: 2,
            nres: 0,
            loc,
        };
        out.push(self.discard(X::Call(Box::new(call)), 0));
        let state = self.ty(ids::INT);
        let pl = self.mem_pl(X::Slot(ctl), 0, state);
        out.push(S::Store { pl, x: X::K(EXITED as u64), tmp: 0 });
        // Why the body stopped.
        let mut cases = Vec::new();
        let mut vals = Vec::new();
        for (slot, ty) in &cells {
            let v = self.load(X::Slot(*slot), 0, ty);
            vals.push(self.own(v, ty.id));
        }
        let ret = self.emit_return(vals);
        cases.push((CODE_RETURN, ret));
        let outer_len = self.range.as_ref().map_or(0, |r| r.outer.len());
        let ntargets = outer_len + self.targets.len();
        for t in 0..ntargets {
            for cont in [false, true] {
                let c = CODE_FIRST_TARGET + 2 * t as i64 + cont as i64;
                let s = if t < outer_len {
                    self.stop_body(c)
                } else {
                    let target = &self.targets[t - outer_len];
                    match (cont, target.is_loop) {
                        (false, _) => S::Branch(Flow::Break(target.id)),
                        (true, true) => S::Branch(Flow::Continue(target.id)),
                        (true, false) => continue,
                    }
                };
                cases.push((c, s));
            }
        }
        for (j, &l) in job.gotos.iter().enumerate() {
            let s = self.goto_label(l);
            cases.push((-1 - j as i64, s));
        }
        out.push(S::RangeDispatch { ctl, cases: cases.into_boxed_slice() });
        S::Block(Box::new(self.block_of(out)))
    }

    /// The cell holding an outer variable, for capture by reference.
    fn capture_cell(&mut self, o: ObjId) -> CapSrc {
        match self.vars.get(&o).copied() {
            Some(Var::Cell(c)) => CapSrc::Cell(c),
            Some(Var::Slots(_)) => {
                let pl = self.var_place(o);
                let t = pl.ty().map(|t| t.id).unwrap_or(ids::INVALID);
                let v = self.read_place(pl);
                let ty = self.ty(t);
                CapSrc::Spill(v, ty)
            }
            _ => CapSrc::Val(X::K(0)),
        }
    }

    /// A goto: inside a yield body, to a label outside it, stops the loop.
    fn goto_label(&mut self, l: ObjId) -> S {
        if let Some(j) = self.range.as_ref().and_then(|r| r.gotos.iter().position(|&g| g == l)) {
            return self.stop_body(-1 - j as i64);
        }
        S::Branch(Flow::Goto(self.label_id(l)))
    }

    /// In a yield body: stop the loop with `code` (returns false).
    fn stop_body(&mut self, code: i64) -> S {
        match &self.range {
            Some(r) => S::StopBody { ctl: r.ctl, code, res: self.np },
            None => S::Fail("stop outside a range-over-func body".into()),
        }
    }

    /// In a yield body: `return vals` stores them for the owner.
    pub fn range_return(&mut self, vals: Vec<X>) -> S {
        let Some(cells) = self.range.as_ref().map(|r| r.result_cells.clone()) else {
            return S::Fail("return outside a range-over-func body".into());
        };
        let vals = if vals.is_empty() && !self.results.is_empty() {
            // A bare return: the named results, as they are now.
            let mut out = Vec::new();
            for o in self.result_objs.clone() {
                let pl = self.var_place(o);
                out.push(self.read_place(pl));
            }
            out
        } else {
            vals
        };
        let mut parts = Vec::new();
        for (i, v) in vals.into_iter().enumerate() {
            let (Some(ty), Some(&c)) = (self.results.get(i).cloned(), cells.get(i)) else { continue };
            let tmp = self.tmp(ty.n);
            parts.push((v, c, ty, tmp));
        }
        let stop = self.stop_body(CODE_RETURN);
        S::Block(Box::new(self.block_of(vec![S::StoreCells(parts.into_boxed_slice()), stop])))
    }

    pub fn const_of_type(&mut self, c: i64, t: TypeId) -> X {
        match self.r.p.tt.basic(t) {
            Some(b) if b.is_float() => X::K((c as f64).to_bits()),
            Some(b) if b.is_complex() => X::KM(Box::new([(c as f64).to_bits(), 0])),
            _ => X::K(c as u64),
        }
    }
}

const EXITED: i64 = 2;
const CODE_RETURN: i64 = 1;
const CODE_FIRST_TARGET: i64 = 2;

/// Reads `n` words of a temp.
pub(crate) fn read_tmp(tmp: u32, n: u32) -> X {
    if n == 1 {
        X::Slot(tmp)
    } else {
        X::SlotsM { slot: tmp, n }
    }
}

/// Another reader of the same temp words.
fn clone_read(x: &X) -> X {
    match x {
        X::Slot(s) => X::Slot(*s),
        X::SlotsM { slot, n } => X::SlotsM { slot: *slot, n: *n },
        _ => X::Zero(0),
    }
}

/// The channel operand of a select case's receive.
fn recv_operand(s: &Stmt) -> Option<&Expr> {
    let e = match &s.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { rhs, .. } => rhs.first()?,
        _ => return None,
    };
    match &crate::check::strip_parens_pub(e).kind {
        ExprKind::Unary(ast::UnOp::Recv, x) => Some(x),
        _ => None,
    }
}

/// `init; stmt` as one statement.
fn wrap(f: &mut Fx, mut pre: Vec<S>, s: S) -> S {
    if pre.is_empty() {
        return s;
    }
    pre.push(s);
    S::Block(Box::new(f.block_of(pre)))
}
