//! Lowering statements and control flow.

use super::func::{FnLower, Place, Store, Target, Vals};
use crate::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Stmt, StmtKind};
use crate::objects::*;
use crate::types::{ids, Basic, TypeId, TypeKind};
use ir::{BinOp, Block, IntCC, MemType, Type, Value};

impl FnLower<'_, '_> {
    pub fn block_stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            if self.b.is_terminated() {
                if matches!(s.kind, StmtKind::Empty) {
                    continue;
                }
                self.dead_block();
            }
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.set_pos(s.pos);
        let keys = self.hoist_stmt(s);
        self.set_pos(s.pos);
        self.stmt_kind(s);
        self.forget(keys);
    }

    fn stmt_kind(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled(l, inner) => {
                let Some(&o) = self.l.p.info.defs.get(&l.id) else {
                    self.stmt(inner);
                    return;
                };
                let blk = self.label_block(o);
                if !self.b.is_terminated() {
                    self.b.jump(blk, vec![]);
                }
                self.b.switch_to_block(blk);
                self.pending_label = Some(o);
                self.stmt(inner);
                self.pending_label = None;
            }
            StmtKind::Expr(e) => {
                self.expr_discard(e);
            }
            StmtKind::IncDec(x, inc) => {
                let p = self.place(x);
                let t = self.place_type(&p);
                let v = self.read_place(&p);
                let one = self.const_of_type(1, t);
                let op = if *inc { ast::BinOp::Add } else { ast::BinOp::Sub };
                let r = self.arith(op, t, &v, &one, s.pos);
                self.write_place(&p, &r);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(s, lhs, *op, rhs),
            StmtKind::Go(e) => self.go_stmt(e),
            StmtKind::Send(ch, v) => self.send_stmt(ch, v),
            StmtKind::Select(clauses) => self.select_stmt(clauses),
            StmtKind::Defer(e) => self.defer_stmt(e),
            StmtKind::Return(results) => self.return_stmt(results),
            StmtKind::Branch(kind, label) => self.branch(*kind, label.as_ref(), s.pos),
            StmtKind::Block(b) => self.block_stmts(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let c = self.ordered_expr(cond, None)[0];
                let (tb, eb, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.brif(c, tb, vec![], eb, vec![]);
                self.b.seal_block(tb);
                self.b.seal_block(eb);
                self.b.switch_to_block(tb);
                self.block_stmts(&then.stmts);
                if !self.b.is_terminated() {
                    self.b.jump(done, vec![]);
                }
                self.b.switch_to_block(eb);
                if let Some(e) = els {
                    self.stmt(e);
                }
                if !self.b.is_terminated() {
                    self.b.jump(done, vec![]);
                }
                self.b.seal_block(done);
                self.b.switch_to_block(done);
            }
            StmtKind::Switch { init, tag, body, .. } => self.switch_stmt(init.as_deref(), tag.as_ref(), body),
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                self.type_switch(init.as_deref(), bind.as_ref(), x, body)
            }
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body)
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body)
            }
        }
    }

    pub(super) fn label_block(&mut self, o: ObjId) -> Block {
        if let Some(&b) = self.labels.get(&o) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(o, b);
        b
    }

    fn local_decl(&mut self, g: &ast::GenDecl) {
        if g.kind != ast::GenKind::Var {
            return;
        }
        for spec in &g.specs {
            let ast::Spec::Value(vs) = spec else { continue };
            let objs: Vec<ObjId> = vs.names.iter().map(|n| self.l.p.info.defs[&n.id]).collect();
            if vs.values.is_empty() {
                for &o in &objs {
                    self.declare_var(o, None);
                }
                continue;
            }
            if vs.values.len() == 1 && objs.len() > 1 {
                let vals = self.multi_values(&vs.values[0], objs.len());
                for (k, &o) in objs.iter().enumerate() {
                    let t = self.t(self.l.p.obj(o).ty());
                    let v = self.convert_to(vals[k].0.clone(), vals[k].1, t);
                    let v = self.own_unless_fresh(v, t, false);
                    self.declare_var(o, Some(v));
                }
                continue;
            }
            // Evaluate all values first, then declare.
            let mut vals = Vec::new();
            for (k, &o) in objs.iter().enumerate() {
                let t = self.t(self.l.p.obj(o).ty());
                let v = self.expr_owned_to(&vs.values[k], t);
                vals.push(v);
            }
            for (&o, v) in objs.iter().zip(vals) {
                self.declare_var(o, Some(v));
            }
        }
    }

    // ---- assignment ----

    fn assign(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Op(bop) => {
                let p = self.place(&lhs[0]);
                let t = self.place_type(&p);
                let cur = self.read_place(&p);
                let r = if matches!(bop, ast::BinOp::Shl | ast::BinOp::Shr) {
                    let ct = self.ty(&rhs[0]);
                    let c = self.expr(&rhs[0]);
                    self.shift(bop, t, &cur, c[0], ct, s.pos)
                } else {
                    let v = self.expr_to(&rhs[0], t);
                    self.arith(bop, t, &cur, &v, s.pos)
                };
                self.write_place(&p, &r);
            }
            AssignOp::Define => {
                let objs: Vec<Option<ObjId>> = lhs
                    .iter()
                    .map(|l| self.l.p.info.defs.get(&l.id).copied().or_else(|| self.l.p.info.uses.get(&l.id).copied()))
                    .collect();
                let values: Vec<(Vals, TypeId)> = if rhs.len() == 1 && lhs.len() > 1 {
                    self.multi_values(&rhs[0], lhs.len())
                } else {
                    let mut out = Vec::new();
                    for (k, r) in rhs.iter().enumerate() {
                        // Target type: the variable's (new or existing).
                        let t = match objs[k] {
                            Some(o) if &*self.l.p.obj(o).name != "_" => self.t(self.l.p.obj(o).ty()),
                            _ => self.ty(r),
                        };
                        let v = self.expr_owned_to(r, t);
                        out.push((v, t));
                    }
                    out
                };
                for (k, l) in lhs.iter().enumerate() {
                    let Some(o) = objs[k] else { continue };
                    if &*self.l.p.obj(o).name == "_" {
                        continue;
                    }
                    let t = self.t(self.l.p.obj(o).ty());
                    let (v, vt) = values[k].clone();
                    let v = self.convert_to(v, vt, t);
                    let is_new = self.l.p.info.defs.get(&l.id) == Some(&o) && !self.vars.contains_key(&o);
                    if is_new {
                        self.declare_var(o, Some(v));
                    } else {
                        let p = self.var_place(o, l.pos);
                        self.write_place(&p, &v);
                    }
                }
            }
            AssignOp::Assign => {
                if rhs.len() == 1 && lhs.len() > 1 {
                    let places: Vec<Place> = lhs.iter().map(|l| self.place(l)).collect();
                    let vals = self.multi_values(&rhs[0], lhs.len());
                    for (p, (v, vt)) in places.iter().zip(vals) {
                        let t = self.place_type(p);
                        if matches!(p, Place::Blank) {
                            continue;
                        }
                        let v = self.convert_to(v, vt, t);
                        self.write_place(p, &v);
                    }
                    return;
                }
                if lhs.len() == 1 {
                    let p = self.place(&lhs[0]);
                    let t = self.place_type(&p);
                    if matches!(p, Place::Blank) {
                        self.expr_discard(&rhs[0]);
                        return;
                    }
                    let v = self.expr_owned_to(&rhs[0], t);
                    self.write_place(&p, &v);
                    return;
                }
                // Parallel assignment: evaluate places, then values, then store.
                let places: Vec<Place> = lhs.iter().map(|l| self.place(l)).collect();
                let mut vals = Vec::new();
                for (p, r) in places.iter().zip(rhs) {
                    if matches!(p, Place::Blank) {
                        let v = self.expr(r);
                        vals.push(v);
                        continue;
                    }
                    let t = self.place_type(p);
                    // Memory-form values are copied now: a later store in
                    // this statement could change their source.
                    let v = self.expr_to(r, t);
                    let v = self.own(v, t);
                    vals.push(v);
                }
                for (p, v) in places.iter().zip(vals) {
                    self.write_place(p, &v);
                }
            }
        }
    }

    /// A memory-form value made owned unless it is already fresh.
    pub fn own_unless_fresh(&mut self, v: Vals, t: TypeId, fresh: bool) -> Vals {
        if fresh {
            v
        } else {
            self.own(v, t)
        }
    }

    // ---- return and branches ----

    fn return_stmt(&mut self, results: &[Expr]) {
        let rtypes = self.results.clone();
        if results.is_empty() {
            self.emit_return(vec![]);
            return;
        }
        let vals: Vec<Vals> = if results.len() == 1 && rtypes.len() > 1 {
            let v = self.multi_values(&results[0], rtypes.len());
            v.into_iter().zip(&rtypes).map(|((v, vt), &t)| self.convert_to(v, vt, t)).collect()
        } else {
            results.iter().zip(&rtypes).map(|(r, &t)| self.expr_owned_to(r, t)).collect()
        };
        self.emit_return(vals);
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&ast::Ident>, pos: ast::Pos) {
        match kind {
            BranchKind::Goto => {
                let Some(o) = label.and_then(|l| self.l.p.info.uses.get(&l.id).copied()) else { return };
                self.goto_label(o);
            }
            BranchKind::Break | BranchKind::Continue => {
                let lo = label.and_then(|l| self.l.p.info.uses.get(&l.id).copied());
                let t = self.targets.iter().rev().find(|t| match lo {
                    Some(o) => t.label == Some(o),
                    None => kind == BranchKind::Break || t.cont.is_some(),
                });
                let dest = match (t, kind) {
                    (Some(t), BranchKind::Break) => Some(t.brk),
                    (Some(t), _) => t.cont,
                    _ => None,
                };
                match dest {
                    Some(d) => self.b.jump(d, vec![]),
                    None if lo.is_some_and(|o| self.range_branch_out(o, kind == BranchKind::Continue)) => {}
                    None => self.err(pos, "mvm: internal error: branch target not found"),
                }
            }
            BranchKind::Fallthrough => match self.fallthrough.last().copied().flatten() {
                Some(b) => self.b.jump(b, vec![]),
                None => self.err(pos, "mvm: internal error: fallthrough target"),
            },
        }
    }

    // ---- switch ----

    fn switch_stmt(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, body: &[ast::CaseClause]) {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let (tag_v, tag_t) = match tag {
            Some(t) => {
                let ty = self.ty(t);
                (Some(self.ordered_expr(t, None)), ty)
            }
            None => (None, ids::BOOL),
        };
        let done = self.b.create_block();
        let bodies: Vec<Block> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, cl) in body.iter().enumerate() {
            if cl.is_default {
                default = Some(bodies[i]);
                continue;
            }
            for e in &cl.exprs {
                self.set_pos(e.pos);
                let c = match &tag_v {
                    Some(tv) => {
                        let et = self.ty(e);
                        let to_iface = self.l.p.tt.is_interface(tag_t) && !self.l.p.tt.is_interface(et);
                        let ev = self.ordered_expr(e, to_iface.then_some(tag_t));
                        self.compare_mixed(ast::BinOp::Eq, tv.clone(), tag_t, ev, et)
                    }
                    None => self.ordered_expr(e, None)[0],
                };
                let next = self.b.create_block();
                self.b.brif(c, bodies[i], vec![], next, vec![]);
                self.b.seal_block(next);
                self.b.switch_to_block(next);
            }
        }
        self.b.jump(default.unwrap_or(done), vec![]);
        self.targets.push(Target { label, brk: done, cont: None });
        for (i, cl) in body.iter().enumerate() {
            self.b.seal_block(bodies[i]);
            self.b.switch_to_block(bodies[i]);
            self.fallthrough.push(bodies.get(i + 1).copied());
            self.block_stmts(&cl.body);
            self.fallthrough.pop();
            if !self.b.is_terminated() {
                self.b.jump(done, vec![]);
            }
        }
        self.targets.pop();
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    fn type_switch(&mut self, init: Option<&Stmt>, bind: Option<&ast::Ident>, x: &Expr, body: &[ast::TypeCaseClause]) {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let xt = self.ty(x);
        let xv = self.ordered_expr(x, None);
        let dyn_t = self.iface_dyn_type(&xv, xt);
        let done = self.b.create_block();
        let bodies: Vec<Block> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        // For clauses with a single interface type, the itab found by the test.
        let mut clause_itab: Vec<Option<ir::Variable>> = vec![None; body.len()];
        for (i, cl) in body.iter().enumerate() {
            if cl.is_default {
                default = Some(bodies[i]);
                continue;
            }
            for te in &cl.types {
                let t = self.node_type(te.id);
                let t = if t == ids::UNTYPED_NIL { t } else { self.t(t) };
                let next = self.b.create_block();
                if t == ids::UNTYPED_NIL {
                    let z = self.iconst(0);
                    let c = self.b.icmp(IntCC::Eq, dyn_t, z);
                    self.b.brif(c, bodies[i], vec![], next, vec![]);
                } else if self.l.p.tt.is_interface(t) {
                    let (itab, ok) = self.iface_assert_ok(dyn_t, t);
                    if cl.types.len() == 1 {
                        let v = *clause_itab[i].get_or_insert_with(|| self.b.declare_var(Type::I64));
                        self.b.def_var(v, itab);
                    }
                    self.b.brif(ok, bodies[i], vec![], next, vec![]);
                } else {
                    let td = self.tdesc_val(t);
                    let c = self.b.icmp(IntCC::Eq, dyn_t, td);
                    self.b.brif(c, bodies[i], vec![], next, vec![]);
                }
                self.b.seal_block(next);
                self.b.switch_to_block(next);
            }
        }
        self.b.jump(default.unwrap_or(done), vec![]);
        self.targets.push(Target { label, brk: done, cont: None });
        for (i, cl) in body.iter().enumerate() {
            self.b.seal_block(bodies[i]);
            self.b.switch_to_block(bodies[i]);
            if bind.is_some() {
                if let Some(&o) = self.l.p.info.implicits.get(&cl.implicit_id) {
                    let vt = self.t(self.l.p.obj(o).ty());
                    let used = self.l.p.obj(o).var().is_some_and(|v| v.used.get());
                    if used {
                        let val = if vt == xt || self.l.p.tt.is_interface(vt) && cl.types.len() != 1 {
                            xv.clone()
                        } else if self.l.p.tt.is_interface(vt) {
                            let itab = clause_itab[i].map(|v| self.b.use_var(v)).unwrap_or(dyn_t);
                            let itab = if self.iface_is_empty(vt) { dyn_t } else { itab };
                            vec![itab, xv[1]]
                        } else {
                            self.unbox(xv[1], vt)
                        };
                        self.declare_var(o, Some(val));
                    }
                }
            }
            self.fallthrough.push(None);
            self.block_stmts(&cl.body);
            self.fallthrough.pop();
            if !self.b.is_terminated() {
                self.b.jump(done, vec![]);
            }
        }
        self.targets.pop();
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    // ---- loops ----

    fn for_stmt(&mut self, init: Option<&Stmt>, cond: Option<&Expr>, post: Option<&Stmt>, body: &ast::Block) {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        // Loop variables declared by init that escape get a fresh cell per
        // iteration (Go 1.22 semantics).
        let loop_vars: Vec<ObjId> = match init.map(|s| &s.kind) {
            Some(StmtKind::Assign { lhs, op: AssignOp::Define, .. }) => lhs
                .iter()
                .filter_map(|l| self.l.p.info.defs.get(&l.id).copied())
                .filter(|o| self.l.p.obj(*o).var().is_some_and(|v| v.escapes.get()))
                .collect(),
            _ => vec![],
        };
        // Each iteration's cell is held in an SSA variable.
        let mut cell_vars = Vec::new();
        for &o in &loop_vars {
            if let Some(Store::Cell(c)) = self.vars.get(&o).cloned() {
                let v = self.b.declare_var(Type::I64);
                self.b.def_var(v, c);
                self.vars.insert(o, Store::CellVar(v));
                cell_vars.push((o, v));
            }
        }
        let head = self.b.create_block();
        let bodyb = self.b.create_block();
        let postb = self.b.create_block();
        let exit = self.b.create_block();
        self.b.jump(head, vec![]);
        self.b.switch_to_block(head);
        match cond {
            Some(c) => {
                self.set_pos(c.pos);
                let v = self.ordered_expr(c, None)[0];
                self.b.brif(v, bodyb, vec![], exit, vec![]);
            }
            None => self.b.jump(bodyb, vec![]),
        }
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        self.targets.push(Target { label, brk: exit, cont: Some(postb) });
        self.block_stmts(&body.stmts);
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(postb, vec![]);
        }
        self.b.seal_block(postb);
        self.b.switch_to_block(postb);
        for &(o, var) in &cell_vars {
            let t = self.t(self.l.p.obj(o).ty());
            let old = self.b.use_var(var);
            let v = self.load(old, 0, t);
            let v = self.own(v, t);
            let cell = self.alloc_type(t);
            self.store(cell, 0, t, &v);
            self.b.def_var(var, cell);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.b.jump(head, vec![]);
        self.b.seal_block(head);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
    ) {
        let keys = self.hoist_expr(x);
        self.range_of(s, key, value, define, x, body);
        self.forget(keys);
    }

    fn range_of(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
    ) {
        let label = self.pending_label.take();
        let xt = self.ty(x);
        let under = self.l.p.tt.under(xt).clone();
        let is_blank = |e: Option<&Expr>| e.is_none_or(|e| matches!(&e.kind, ExprKind::Ident(n) if &**n == "_"));
        let key = if is_blank(key) { None } else { key };
        let value = if is_blank(value) { None } else { value };
        match under {
            TypeKind::Basic(b) if b.is_integer() => {
                let n = self.expr(x)[0];
                self.counted_loop(label, n, |f, i| {
                    f.range_assign(define, key, i_vals(i), xt);
                    f.block_stmts(&body.stmts);
                });
            }
            TypeKind::Slice(e) | TypeKind::Array(_, e) => {
                // The range expression is evaluated once; arrays are copied
                // (ranging over an array value) unless only keys are used.
                let is_array = matches!(under, TypeKind::Array(..));
                let xv = self.expr(x);
                let (base, len) = if is_array {
                    let TypeKind::Array(n, _) = under else { unreachable!() };
                    let base = if value.is_some() { self.copy_mem(xv[0], xt) } else { xv[0] };
                    (base, self.iconst(n as i64))
                } else {
                    (xv[0], xv[1])
                };
                let esize = self.l.size_of(e) as i64;
                self.counted_loop(label, len, |f, i| {
                    f.range_assign(define, key, i_vals(i), ids::INT);
                    if let Some(v) = value {
                        let sz = f.iconst(esize);
                        let off = f.b.binary(BinOp::Imul, i, sz);
                        let addr = f.b.binary(BinOp::Iadd, base, off);
                        let ev = f.load(addr, 0, e);
                        f.range_assign_one(define, v, ev, e);
                    }
                    f.block_stmts(&body.stmts);
                });
            }
            TypeKind::Pointer(p) => {
                let TypeKind::Array(n, e) = self.l.p.tt.under(p).clone() else { return };
                let base = self.expr(x)[0];
                if value.is_some() {
                    self.b.nil_check(base);
                }
                let len = self.iconst(n as i64);
                let esize = self.l.size_of(e) as i64;
                self.counted_loop(label, len, |f, i| {
                    f.range_assign(define, key, i_vals(i), ids::INT);
                    if let Some(v) = value {
                        let sz = f.iconst(esize);
                        let off = f.b.binary(BinOp::Imul, i, sz);
                        let addr = f.b.binary(BinOp::Iadd, base, off);
                        let ev = f.load(addr, 0, e);
                        f.range_assign_one(define, v, ev, e);
                    }
                    f.block_stmts(&body.stmts);
                });
            }
            TypeKind::Basic(b) if b.is_string() => self.range_string(label, key, value, define, x, body),
            TypeKind::Map(..) => self.range_map(label, key, value, define, x, xt, body),
            TypeKind::Func(_) => self.range_func(s, label, key, value, define, x, xt, body),
            TypeKind::Chan(..) => self.range_chan(label, key, define, x, body),
            _ => self.err(s.pos, "mvm: internal error: range over this type"),
        }
    }

    /// for i := 0; i < n; i++ { body(i) } with break/continue targets.
    pub fn counted_loop(&mut self, label: Option<ObjId>, n: Value, mut body: impl FnMut(&mut Self, Value)) {
        let head = self.b.create_block();
        let i = self.b.append_block_param(head, Type::I64);
        let bodyb = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        let zero = self.iconst(0);
        self.b.jump(head, vec![zero]);
        self.b.switch_to_block(head);
        let c = self.b.icmp(IntCC::Slt, i, n);
        self.b.brif(c, bodyb, vec![], exit, vec![]);
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        self.targets.push(Target { label, brk: exit, cont: Some(cont) });
        body(self, i);
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(cont, vec![]);
        }
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
        let one = self.iconst(1);
        let next = self.b.binary(BinOp::Iadd, i, one);
        self.b.jump(head, vec![next]);
        self.b.seal_block(head);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    /// Assigns (or declares, fresh per iteration) a range variable.
    pub fn range_assign(&mut self, define: bool, e: Option<&Expr>, v: Vals, t: TypeId) {
        if let Some(e) = e {
            self.range_assign_one(define, e, v, t);
        }
    }

    pub fn range_assign_one(&mut self, define: bool, e: &Expr, v: Vals, t: TypeId) {
        if define {
            let Some(&o) = self.l.p.info.defs.get(&e.id) else { return };
            let vt = self.t(self.l.p.obj(o).ty());
            let v = self.convert_to(v, t, vt);
            let v = self.own(v, vt);
            self.declare_var(o, Some(v));
        } else {
            let p = self.place(e);
            let pt = self.place_type(&p);
            let v = self.convert_to(v, t, pt);
            let v = self.own(v, pt);
            self.write_place(&p, &v);
        }
    }

    fn range_string(
        &mut self,
        label: Option<ObjId>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
    ) {
        let s = self.expr(x);
        let (p, n) = (s[0], s[1]);
        let head = self.b.create_block();
        let i = self.b.append_block_param(head, Type::I64);
        let bodyb = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        let zero = self.iconst(0);
        self.b.jump(head, vec![zero]);
        self.b.switch_to_block(head);
        let c = self.b.icmp(IntCC::Slt, i, n);
        self.b.brif(c, bodyb, vec![], exit, vec![]);
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        // Decode: ASCII inline, the rest through the runtime.
        let addr = self.b.binary(BinOp::Iadd, p, i);
        let byte = self.b.load(MemType::U8, addr, 0);
        let ascii = self.b.create_block();
        let multi = self.b.create_block();
        let join = self.b.create_block();
        let r = self.b.append_block_param(join, Type::I64);
        let w = self.b.append_block_param(join, Type::I64);
        let lim = self.iconst(0x80);
        let isascii = self.b.icmp(IntCC::Ult, byte, lim);
        self.b.brif(isascii, ascii, vec![], multi, vec![]);
        self.b.seal_block(ascii);
        self.b.seal_block(multi);
        self.b.switch_to_block(ascii);
        let one = self.iconst(1);
        self.b.jump(join, vec![byte, one]);
        self.b.switch_to_block(multi);
        let d = self.native("str_decode_rune", &[p, n, i], &[Type::I64, Type::I64]);
        self.b.jump(join, vec![d[0], d[1]]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        self.targets.push(Target { label, brk: exit, cont: Some(cont) });
        self.range_assign(define, key, vec![i], ids::INT);
        if let Some(v) = value {
            self.range_assign_one(define, v, vec![r], ids::INT32);
        }
        self.block_stmts(&body.stmts);
        self.targets.pop();
        // The width is needed at the continue point: pass it along.
        if !self.b.is_terminated() {
            self.b.jump(cont, vec![]);
        }
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
        let next = self.b.binary(BinOp::Iadd, i, w);
        self.b.jump(head, vec![next]);
        self.b.seal_block(head);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    #[allow(clippy::too_many_arguments)]
    fn range_map(
        &mut self,
        label: Option<ObjId>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        mt: TypeId,
        body: &ast::Block,
    ) {
        let m = self.expr(x)[0];
        let mtd = self.tdesc_val(mt);
        let it = self.native("map_iter_init", &[mtd, m], &[Type::I64])[0];
        let (kt, vt) = match self.l.p.tt.under(mt).clone() {
            TypeKind::Map(k, v) => (k, v),
            _ => return,
        };
        let kf = self.flat(kt);
        let vf = self.flat(vt);
        let mut rtypes = vec![Type::I64];
        rtypes.extend(kf.reg_types());
        rtypes.extend(vf.reg_types());
        let head = self.b.create_block();
        let bodyb = self.b.create_block();
        let exit = self.b.create_block();
        self.b.jump(head, vec![]);
        self.b.switch_to_block(head);
        let r = self.native("map_iter_next", &[mtd, it], &rtypes);
        self.b.brif(r[0], bodyb, vec![], exit, vec![]);
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        let kv: Vals = r[1..1 + kf.len()].to_vec();
        let vv: Vals = r[1 + kf.len()..].to_vec();
        self.targets.push(Target { label, brk: exit, cont: Some(head) });
        self.range_assign(define, key, kv, kt);
        if let Some(v) = value {
            self.range_assign_one(define, v, vv, vt);
        }
        self.block_stmts(&body.stmts);
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(head, vec![]);
        }
        self.b.seal_block(head);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    pub fn const_of_type(&mut self, c: i64, t: TypeId) -> Vals {
        match self.l.basic(t) {
            Some(b) if b.is_float() => vec![self.b.fconst(c as f64)],
            Some(b) if b.is_complex() => vec![self.b.fconst(c as f64), self.b.fconst(0.0)],
            _ => vec![self.iconst(c)],
        }
    }
}

fn i_vals(i: Value) -> Vals {
    vec![i]
}

#[allow(dead_code)]
fn unused(_: Basic) {}
