//! Channel operations, select, range over channels and `go` (runtime
//! natives in runtime/src/chan.rs and sched.rs).

use super::func::{FnLower, Target, Vals};
use crate::ast::{self, Expr, Stmt, StmtKind};
use crate::objects::ObjId;
use crate::types::{ids, TypeId, TypeKind};
use ir::{IntCC, MemType, Type, Value};

impl FnLower<'_, '_> {
    fn chan_elem(&self, ct: TypeId) -> TypeId {
        match self.l.p.tt.under(ct) {
            TypeKind::Chan(_, e) => *e,
            _ => ids::INVALID,
        }
    }

    /// `<-ch`: the element's words and the ok flag.
    pub fn chan_recv(&mut self, ch: Value, ct: TypeId) -> (Vals, Value) {
        let et = self.t(self.chan_elem(ct));
        let mut rt = self.flat(et).reg_types();
        rt.push(Type::I64);
        let mut r = self.native("chan_recv", &[ch], &rt);
        let ok = r.pop().unwrap();
        (r, ok)
    }

    /// `ch <- v` (v already converted to the element type).
    pub fn chan_send(&mut self, ch: Value, v: &[Value]) {
        let mut a = vec![ch];
        a.extend_from_slice(v);
        self.native("chan_send", &a, &[]);
    }

    pub fn send_stmt(&mut self, ch: &Expr, v: &Expr) {
        let ct = self.ty(ch);
        let et = self.t(self.chan_elem(ct));
        let c = self.expr(ch)[0];
        let v = self.expr_owned_to(v, et);
        self.chan_send(c, &v);
    }

    /// `for v := range ch`: receive until the channel is closed.
    pub fn range_chan(&mut self, label: Option<ObjId>, key: Option<&Expr>, define: bool, x: &Expr, body: &ast::Block) {
        let ct = self.ty(x);
        let et = self.t(self.chan_elem(ct));
        let c = self.expr(x)[0];
        let head = self.b.create_block();
        let bodyb = self.b.create_block();
        let exit = self.b.create_block();
        self.b.jump(head, vec![]);
        self.b.switch_to_block(head);
        let (v, ok) = self.chan_recv(c, ct);
        self.b.brif(ok, bodyb, vec![], exit, vec![]);
        self.b.seal_block(bodyb);
        self.b.switch_to_block(bodyb);
        self.targets.push(Target { label, brk: exit, cont: Some(head) });
        self.range_assign(define, key, v, et);
        self.block_stmts(&body.stmts);
        self.targets.pop();
        if !self.b.is_terminated() {
            self.b.jump(head, vec![]);
        }
        self.b.seal_block(head);
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    /// `select`: the cases are laid out as `[chan, dir, elem]` triples in
    /// memory; the runtime picks one and the code branches on its index.
    pub fn select_stmt(&mut self, clauses: &[ast::CommClause]) {
        let label = self.pending_label.take();
        // Per clause: (clause index, dir, channel type, received-into slot).
        struct Case {
            clause: usize,
            send: bool,
            ct: TypeId,
            slot: Option<Value>,
        }
        let mut cases: Vec<Case> = Vec::new();
        let mut chans = Vec::new();
        let mut elems = Vec::new();
        let mut default = None;
        // Channel operands and sent values are evaluated once, in order.
        for (i, cl) in clauses.iter().enumerate() {
            let Some(comm) = &cl.comm else {
                default = Some(i);
                continue;
            };
            match &comm.kind {
                StmtKind::Send(ch, v) => {
                    let ct = self.ty(ch);
                    let et = self.t(self.chan_elem(ct));
                    let c = self.ordered_expr(ch, None)[0];
                    let vv = self.ordered_owned_to(v, et);
                    let cell = self.spill(&vv, et);
                    cases.push(Case { clause: i, send: true, ct, slot: None });
                    chans.push(c);
                    elems.push(cell);
                }
                _ => {
                    let Some(rx) = recv_operand(comm) else {
                        self.err(comm.pos, "mvm: internal error: select case");
                        return;
                    };
                    let ct = self.ty(rx);
                    let et = self.t(self.chan_elem(ct));
                    let c = self.ordered_expr(rx, None)[0];
                    let cell = self.alloc_type(et);
                    cases.push(Case { clause: i, send: false, ct, slot: Some(cell) });
                    chans.push(c);
                    elems.push(cell);
                }
            }
        }
        let n = cases.len();
        let size = self.iconst((24 * n.max(1)) as i64);
        let noscan = self.iconst(0);
        let arr = self.native("alloc", &[size, noscan], &[Type::I64])[0];
        for (k, c) in cases.iter().enumerate() {
            let off = 24 * k as i32;
            self.b.store(MemType::I64, arr, off, chans[k]);
            let dir = self.iconst(c.send as i64);
            self.b.store(MemType::I64, arr, off + 8, dir);
            self.b.store(MemType::I64, arr, off + 16, elems[k]);
        }
        let nv = self.iconst(n as i64);
        let hd = self.iconst(default.is_some() as i64);
        let r = self.native("select_go", &[arr, nv, hd], &[Type::I64, Type::I64]);
        let (chosen, ok) = (r[0], r[1]);
        let done = self.b.create_block();
        self.targets.push(Target { label, brk: done, cont: None });
        let mut arms: Vec<(i64, usize, Option<usize>)> =
            cases.iter().enumerate().map(|(k, c)| (k as i64, c.clause, Some(k))).collect();
        if let Some(d) = default {
            arms.push((-1, d, None));
        }
        for (idx, clause, case) in arms {
            let hit = self.b.create_block();
            let miss = self.b.create_block();
            let k = self.iconst(idx);
            let eq = self.b.icmp(IntCC::Eq, chosen, k);
            self.b.brif(eq, hit, vec![], miss, vec![]);
            self.b.seal_block(hit);
            self.b.seal_block(miss);
            self.b.switch_to_block(hit);
            let cl = &clauses[clause];
            if let Some(k) = case {
                if let (false, Some(comm)) = (cases[k].send, &cl.comm) {
                    let et = self.t(self.chan_elem(cases[k].ct));
                    let v = self.load(cases[k].slot.unwrap(), 0, et);
                    self.bind_received(comm, v, et, ok);
                }
            }
            self.block_stmts(&cl.body);
            if !self.b.is_terminated() {
                self.b.jump(done, vec![]);
            }
            self.b.switch_to_block(miss);
        }
        self.b.unreachable();
        self.targets.pop();
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// The assignment part of `case v, ok := <-ch` / `case x = <-ch`.
    fn bind_received(&mut self, comm: &Stmt, v: Vals, et: TypeId, ok: Value) {
        let StmtKind::Assign { lhs, op, .. } = &comm.kind else { return };
        let define = *op == ast::AssignOp::Define;
        let blank = |e: &Expr| matches!(&e.kind, ast::ExprKind::Ident(n) if &**n == "_");
        let v = self.own(v, et);
        if let Some(l) = lhs.first().filter(|l| !blank(l)) {
            self.range_assign_one(define, l, v, et);
        }
        if let Some(l) = lhs.get(1).filter(|l| !blank(l)) {
            self.range_assign_one(define, l, vec![ok], ids::BOOL);
        }
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
        ast::ExprKind::Unary(ast::UnOp::Recv, x) => Some(x),
        _ => None,
    }
}
