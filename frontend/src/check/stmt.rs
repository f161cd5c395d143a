//! Statements: declarations, assignments, control flow, labels, returns,
//! and the "declared and not used" / "missing return" checks.

use super::assign::plural;
use super::expr::Operand;
use super::{Checker, Mode};
use crate::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Stmt, StmtKind};
use crate::constant::Const;
use crate::objects::*;
use crate::types::{ids, Basic, ChanDirKey, TypeId, TypeKind};

#[derive(Clone, Copy, Default)]
struct Ctx {
    in_loop: bool,
    breakable: bool,
    /// The statement is the last of a switch case body, fallthrough allowed.
    fallthrough_ok: bool,
    final_case: bool,
}

impl Checker {
    pub(crate) fn func_body(&mut self, body: &ast::Block, has_results: bool) {
        self.collect_labels(&body.stmts);
        self.stmt_list(&body.stmts, Ctx::default());
        if has_results && !self.is_terminating_list(&body.stmts) {
            self.error(body.end, "missing return");
        }
    }

    /// Reports unused variables and labels of the function just checked.
    pub(crate) fn finish_function(&mut self) {
        let Some(f) = &self.fctx else { return };
        let mut unused: Vec<(ast::Pos, u32, String)> = Vec::new();
        for &o in &f.locals {
            let obj = self.obj(o);
            if let ObjKind::Var(v) = &obj.kind {
                if !v.used.get() && &*obj.name != "_" {
                    unused.push((obj.pos, obj.file, format!("declared and not used: {}", obj.name)));
                }
            }
        }
        let labels: Vec<ObjId> = self.labels.values().copied().collect();
        for o in labels {
            let obj = self.obj(o);
            if let ObjKind::Label { used } = &obj.kind {
                if !used.get() {
                    unused.push((obj.pos, obj.file, format!("label {} defined and not used", obj.name)));
                }
            }
        }
        unused.sort();
        for (p, _, m) in unused {
            self.error_independent(p, m);
        }
    }

    fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.collect_labels_stmt(s);
        }
    }

    fn collect_labels_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                if &*l.name != "_" {
                    if let Some(&prev) = self.labels.get(&l.name) {
                        let other = self.fs.position(self.obj(prev).file, self.obj(prev).pos);
                        self.error(l.pos, format!("label {} already defined at {other}", l.name));
                    } else {
                        let o = self.new_obj(
                            l.name.clone(),
                            ObjKind::Label { used: Default::default() },
                            ids::INVALID,
                            l.pos,
                        );
                        self.record_def(l.id, o);
                        self.labels.insert(l.name.clone(), o);
                    }
                }
                self.collect_labels_stmt(inner);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts);
                if let Some(e) = els {
                    self.collect_labels_stmt(e);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.collect_labels(&body.stmts),
            StmtKind::Switch { body, .. } => body.iter().for_each(|c| self.collect_labels(&c.body)),
            StmtKind::TypeSwitch { body, .. } => body.iter().for_each(|c| self.collect_labels(&c.body)),
            StmtKind::Select(cl) => cl.iter().for_each(|c| self.collect_labels(&c.body)),
            _ => {}
        }
    }

    fn stmt_list(&mut self, stmts: &[Stmt], ctx: Ctx) {
        let n = stmts.len();
        for (i, s) in stmts.iter().enumerate() {
            // Only the last (non-empty) statement of a case may fall through.
            let last = stmts[i + 1..].iter().all(|s| matches!(s.kind, StmtKind::Empty));
            let c = Ctx { fallthrough_ok: ctx.fallthrough_ok && last, ..ctx };
            self.stmt(s, c);
            let _ = n;
        }
    }

    fn declare_local(&mut self, ident: &ast::Ident, t: TypeId) -> ObjId {
        let depth = self.lit_depth;
        let o = self.new_obj(
            ident.name.clone(),
            ObjKind::Var(VarInfo {
                used: Default::default(),
                is_param: false,
                is_global: false,
                is_field: false,
                embedded: false,
                escapes: Default::default(),
                addr_taken: Default::default(),
                func_depth: depth,
            }),
            t,
            ident.pos,
        );
        self.record_def(ident.id, o);
        if let Some(f) = &mut self.fctx {
            f.locals.push(o);
        }
        o
    }

    fn stmt(&mut self, s: &Stmt, ctx: Ctx) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled(l, inner) => {
                // break/continue L need the labeled statement to be a loop
                // (or, for break, a switch or select) that encloses them.
                let is_loop = match inner.kind {
                    StmtKind::For { .. } | StmtKind::Range { .. } => Some(true),
                    StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select(_) => Some(false),
                    _ => None,
                };
                let lo = self.labels.get(&l.name).copied();
                let pushed = match (lo, is_loop) {
                    (Some(o), Some(is_loop)) => {
                        self.enclosing_labels.push((o, is_loop));
                        true
                    }
                    _ => false,
                };
                self.stmt(inner, ctx);
                if pushed {
                    self.enclosing_labels.pop();
                }
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(ch, v) => {
                let c = self.expr(ch);
                let mut x = self.expr(v);
                if c.is_invalid() || x.is_invalid() {
                    return;
                }
                match self.core_type(c.ty).map(|t| self.tt.kind(t).clone()) {
                    Some(TypeKind::Chan(dir, el)) => {
                        if dir == ChanDirKey::Recv {
                            // types2's chanElem: "cannot send to <cause> <ch>".
                            let cs = self.operand_str(&c, ch);
                            let ts = self.tstr(c.ty);
                            let msg = if self.tt.is_tparam(c.ty) {
                                format!("invalid operation: cannot send to {cs}: receive-only channel {ts}")
                            } else {
                                format!("invalid operation: cannot send to receive-only channel {ts} {cs}")
                            };
                            self.error(ch.pos, msg);
                            return;
                        }
                        self.assignment(&mut x, v, el, "send");
                    }
                    _ => {
                        let cs = self.operand_str(&c, ch);
                        let ts = self.tstr(c.ty);
                        let msg = if self.tt.is_tparam(c.ty) {
                            format!("invalid operation: cannot send to {cs}: non-channel {ts}")
                        } else {
                            format!("invalid operation: cannot send to non-channel {ts} {cs}")
                        };
                        self.error(ch.pos, msg);
                    }
                }
            }
            StmtKind::IncDec(x, inc) => {
                let o = self.expr(x);
                if o.is_invalid() {
                    return;
                }
                if !self.all_basic(o.ty, |b| b.is_numeric()) {
                    let os = self.operand_str(&o, x);
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        x.pos,
                        format!("invalid operation: {}{op} (non-numeric type {})", self.expr_str(x), self.tstr(o.ty)),
                    );
                    let _ = os;
                    return;
                }
                self.check_assignable_lhs(x, &o);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign_stmt(s, lhs, *op, rhs),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let what = if matches!(s.kind, StmtKind::Go(_)) { "go" } else { "defer" };
                let inner = super::expr::strip_parens(e);
                let ExprKind::Call { fun, .. } = &inner.kind else {
                    self.raw_expr(e, None);
                    self.error(e.pos, format!("expression in {what} must be function call"));
                    return;
                };
                let x = self.raw_expr(e, None);
                if x.is_invalid() {
                    return;
                }
                let f = self.info.types.get(&fun.id).map(|t| t.mode);
                if f == Some(Mode::TypeExpr) {
                    self.error(e.pos, format!("{what} requires function call, not conversion"));
                    return;
                }
                if f == Some(Mode::Builtin) {
                    let b = self.builtin_of(fun);
                    if !matches!(
                        b,
                        Some(
                            Builtin::Close
                                | Builtin::Copy
                                | Builtin::Delete
                                | Builtin::Panic
                                | Builtin::Print
                                | Builtin::Println
                                | Builtin::Recover
                                | Builtin::Clear
                        )
                    ) {
                        let es = self.expr_str(e);
                        let t = self.type_of(e);
                        let ts = if t == ids::INVALID {
                            String::new()
                        } else {
                            format!(" (value of type {})", self.tstr(t))
                        };
                        self.error(e.pos, format!("{what} discards result of {es}{ts}"));
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch(kind, label) => self.branch(s, *kind, label.as_ref(), ctx),
            StmtKind::Block(b) => {
                self.push_scope(ScopeKind::Block);
                self.stmt_list(&b.stmts, Ctx { fallthrough_ok: false, ..ctx });
                self.pop_scope();
            }
            StmtKind::If { init, cond, then, els } => {
                self.push_scope(ScopeKind::Block);
                if let Some(i) = init {
                    self.simple_stmt(i);
                }
                let mut c = self.expr(cond);
                if !c.is_invalid() {
                    if !self.all_basic(c.ty, |b| b.is_boolean()) {
                        self.error(cond.pos, "non-boolean condition in if statement");
                    } else if self.tt.is_untyped(c.ty) {
                        self.convert_untyped(&mut c, cond, ids::BOOL);
                    }
                }
                let inner = Ctx { fallthrough_ok: false, ..ctx };
                self.push_scope(ScopeKind::Block);
                self.stmt_list(&then.stmts, inner);
                self.pop_scope();
                if let Some(e) = els {
                    self.stmt(e, inner);
                }
                self.pop_scope();
            }
            StmtKind::Switch { init, tag, body, .. } => self.switch_stmt(init.as_deref(), tag.as_ref(), body, ctx),
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                self.type_switch(s, init.as_deref(), bind.as_ref(), x, body, ctx)
            }
            StmtKind::Select(clauses) => {
                for cl in clauses {
                    self.push_scope(ScopeKind::Block);
                    if let Some(c) = &cl.comm {
                        let ok = match &c.kind {
                            StmtKind::Send(..) => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, .. } => rhs.len() == 1 && is_recv(&rhs[0]),
                            _ => false,
                        };
                        if !ok {
                            self.error(c.pos, "select case must be receive, send or assign recv");
                        }
                        self.stmt(c, Ctx::default());
                    }
                    self.stmt_list(&cl.body, Ctx { breakable: true, fallthrough_ok: false, ..ctx });
                    self.pop_scope();
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.push_scope(ScopeKind::Block);
                if let Some(i) = init {
                    self.simple_stmt(i);
                }
                if let Some(c) = cond {
                    let mut x = self.expr(c);
                    if !x.is_invalid() {
                        if !self.all_basic(x.ty, |b| b.is_boolean()) {
                            let s = self.operand_str(&x, c);
                            self.error(c.pos, "non-boolean condition in for statement".to_string());
                            let _ = s;
                        } else if self.tt.is_untyped(x.ty) {
                            self.convert_untyped(&mut x, c, ids::BOOL);
                        }
                    }
                }
                if let Some(p) = post {
                    if let StmtKind::Assign { op: AssignOp::Define, .. } = p.kind {
                        self.error(p.pos, "cannot declare in post statement of for loop");
                    } else {
                        self.simple_stmt(p);
                    }
                }
                self.push_scope(ScopeKind::Block);
                self.stmt_list(
                    &body.stmts,
                    Ctx { in_loop: true, breakable: true, fallthrough_ok: false, final_case: false },
                );
                self.pop_scope();
                self.pop_scope();
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body)
            }
        }
    }

    fn builtin_of(&self, fun: &Expr) -> Option<Builtin> {
        let f = super::expr::strip_parens(fun);
        let id = match &f.kind {
            ExprKind::Ident(_) => f.id,
            ExprKind::Selector(_, s) => s.id,
            _ => return None,
        };
        match &self.obj(*self.info.uses.get(&id)?).kind {
            ObjKind::Builtin(b) => Some(*b),
            _ => None,
        }
    }

    fn simple_stmt(&mut self, s: &Stmt) {
        self.stmt(s, Ctx::default());
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let inner = super::expr::strip_parens(e);
        let used = match &inner.kind {
            ExprKind::Call { fun, .. } => {
                let fm = self.info.types.get(&fun.id).map(|t| t.mode);
                if fm == Some(Mode::TypeExpr) {
                    false
                } else if fm == Some(Mode::Builtin) {
                    matches!(
                        self.builtin_of(fun),
                        Some(
                            Builtin::Close
                                | Builtin::Copy
                                | Builtin::Delete
                                | Builtin::Panic
                                | Builtin::Print
                                | Builtin::Println
                                | Builtin::Recover
                                | Builtin::Clear
                        )
                    )
                } else {
                    true
                }
            }
            ExprKind::Unary(ast::UnOp::Recv, _) => true,
            _ => false,
        };
        if !used {
            let s =
                if x.mode == Mode::TypeExpr { format!("{} (type)", self.expr_str(e)) } else { self.operand_str(&x, e) };
            if x.mode == Mode::TypeExpr {
                self.error(e.pos, format!("{s} is not an expression"));
            } else {
                self.error(e.pos, format!("{s} is not used"));
            }
        }
    }

    fn local_decl(&mut self, g: &ast::GenDecl) {
        for spec in &g.specs {
            match spec {
                ast::Spec::Type(ts) => {
                    let o = self.new_obj(
                        ts.name.name.clone(),
                        ObjKind::TypeName { alias: ts.alias },
                        ids::INVALID,
                        ts.name.pos,
                    );
                    self.record_def(ts.name.id, o);
                    // The type is in scope within its own declaration.
                    let scope = self.scope;
                    self.declare(scope, ts.name.pos, &ts.name.name, o);
                    super::decl::type_decl(self, o, ts);
                }
                ast::Spec::Value(vs) => {
                    if g.kind == ast::GenKind::Const {
                        let typ = vs.ty.as_ref().map(|t| self.typ(t));
                        self.iota = Some(vs.iota as i64);
                        let mut objs = Vec::new();
                        for (i, n) in vs.names.iter().enumerate() {
                            let (t, v) = match vs.values.get(i) {
                                Some(e) => self.const_init(e, typ),
                                None => {
                                    if i == vs.values.len() {
                                        self.error(n.pos, format!("missing init expr for {}", n.name));
                                    }
                                    (ids::INVALID, None)
                                }
                            };
                            let o = self.new_obj(n.name.clone(), ObjKind::Const(v), t, n.pos);
                            self.record_def(n.id, o);
                            objs.push((n, o));
                        }
                        if vs.values.len() > vs.names.len() {
                            self.extra_init_expr(vs);
                        }
                        self.iota = None;
                        for (n, o) in objs {
                            let scope = self.scope;
                            self.declare(scope, n.pos, &n.name, o);
                        }
                    } else {
                        let typ = vs.ty.as_ref().map(|t| self.var_type(t));
                        let objs: Vec<ObjId> = vs.names.iter().map(|n| self.declare_local(n, ids::INVALID)).collect();
                        self.var_spec(vs, &objs, typ);
                        for (n, &o) in vs.names.iter().zip(&objs) {
                            let scope = self.scope;
                            self.declare(scope, n.pos, &n.name, o);
                        }
                    }
                }
            }
        }
    }

    // ---- assignments ----

    fn check_assignable_lhs(&mut self, e: &Expr, x: &Operand) -> bool {
        match x.mode {
            Mode::Variable | Mode::MapIndex => true,
            Mode::Invalid => false,
            _ => {
                let s = self.expr_str(e);
                let inner = super::expr::strip_parens(e);
                let why = match &inner.kind {
                    ExprKind::Selector(b, _)
                        if matches!(self.info.types.get(&b.id).map(|t| t.mode), Some(Mode::MapIndex)) =>
                    {
                        format!("cannot assign to struct field {s} in map")
                    }
                    _ => {
                        let os = self.operand_str(x, e);
                        if x.mode == Mode::Constant || x.mode == Mode::Value || x.mode == Mode::CommaOk {
                            format!("cannot assign to {s} (neither addressable nor a map index expression)")
                        } else {
                            format!("cannot assign to {os}")
                        }
                    }
                };
                self.error(e.pos, why);
                false
            }
        }
    }

    /// Checks an assignment target; returns its type (None for `_`).
    fn lhs_expr(&mut self, e: &Expr) -> Option<Operand> {
        if let ExprKind::Ident(n) = &e.kind {
            if &**n == "_" {
                self.record(e.id, Mode::Variable, ids::INVALID, None);
                return None;
            }
            // Assigning to a variable does not count as using it.
            if let Some(o) = self.lookup(n) {
                if let ObjKind::Var(v) = &self.obj(o).kind {
                    let was = v.used.get();
                    let x = self.expr(e);
                    if let ObjKind::Var(v) = &self.obj(o).kind {
                        v.used.set(was);
                    }
                    if !x.is_invalid() {
                        self.check_assignable_lhs(e, &x);
                    }
                    return Some(x);
                }
            }
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return Some(x);
        }
        self.check_assignable_lhs(e, &x);
        Some(x)
    }

    fn assign_stmt(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        s.pos,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            super::expr::binop_str(bop)
                        ),
                    );
                    return;
                }
                if matches!(&lhs[0].kind, ExprKind::Ident(n) if &**n == "_") {
                    self.record(lhs[0].id, Mode::Variable, ids::INVALID, None);
                    self.error(lhs[0].pos, "cannot use _ as value");
                    self.expr(&rhs[0]);
                    return;
                }
                // Unlike `=`, `x op= y` reads x: it counts as a use.
                let x = self.expr(&lhs[0]);
                if !x.is_invalid() {
                    self.check_assignable_lhs(&lhs[0], &x);
                }
                if x.is_invalid() {
                    self.expr(&rhs[0]);
                    return;
                }
                // `lhs op= rhs` type-checks as `lhs op rhs` assigned to lhs.
                let y = self.expr(&rhs[0]);
                let mut r = self.binary_operands(&lhs[0], bop, x.clone(), &lhs[0], y, &rhs[0]);
                // The combined operand was recorded under the lhs id: keep
                // the lhs's own record.
                self.record_op(&x);
                if !r.is_invalid() {
                    self.assignment(&mut r, &rhs[0], x.ty, "assignment");
                }
            }
            AssignOp::Assign => {
                let nl = lhs.len();
                let nr = rhs.len();
                if nr == 1 && nl > 1 {
                    let targets: Vec<Option<Operand>> = lhs.iter().map(|l| self.lhs_expr(l)).collect();
                    if let Some(ts) = self.multi_value(&rhs[0], nl, "assignment") {
                        for (i, t) in targets.iter().enumerate() {
                            if let Some(t) = t {
                                if t.is_invalid() {
                                    continue;
                                }
                                let v = Operand { mode: Mode::Value, ty: ts[i], val: None, id: rhs[0].id };
                                if !self.assignable_to(&v, t.ty) {
                                    let (vs, tts) = (self.tstr(ts[i]), self.tstr(t.ty));
                                    let es = self.expr_str(&rhs[0]);
                                    self.error(
                                        rhs[0].pos,
                                        format!("cannot use {es} (value of type {vs}) as {tts} value in assignment"),
                                    );
                                }
                            }
                        }
                    }
                    return;
                }
                if nl != nr {
                    for l in lhs {
                        self.lhs_expr(l);
                    }
                    for r in rhs {
                        self.raw_expr(r, None);
                    }
                    self.error(
                        rhs[0].pos,
                        format!("assignment mismatch: {nl} variable{} but {nr} value{}", plural(nl), plural(nr)),
                    );
                    return;
                }
                for (l, r) in lhs.iter().zip(rhs) {
                    let t = self.lhs_expr(l);
                    let hint = t.as_ref().map(|t| t.ty);
                    let mut x = if nl == 1 { self.single_assign_rhs(r, hint) } else { self.expr_hint(r, hint) };
                    match t {
                        Some(t) if !t.is_invalid() => {
                            self.assignment(&mut x, r, t.ty, "assignment");
                        }
                        Some(_) => {}
                        None => {
                            self.default_operand(&mut x, r, "assignment to _ identifier");
                        }
                    }
                }
            }
            AssignOp::Define => self.short_var_decl(s, lhs, rhs),
        }
    }

    fn short_var_decl(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        let nl = lhs.len();
        let nr = rhs.len();
        // Determine which names are new (in this scope).
        let mut new_any = false;
        let mut targets: Vec<(Option<ObjId>, bool)> = Vec::new(); // (existing or new obj, is_new)
        let mut idents = Vec::new();
        for l in lhs {
            let ExprKind::Ident(n) = &l.kind else {
                let ls = self.expr_str(l);
                self.error(l.pos, format!("non-name {ls} on left side of :="));
                // types2 still uses every operand (no follow-on errors).
                for x in lhs.iter().chain(rhs) {
                    if !matches!(x.kind, ExprKind::Ident(_)) {
                        self.raw_expr(x, None);
                    }
                }
                return;
            };
            idents.push((l, n.clone()));
        }
        let mut seen = std::collections::HashSet::new();
        for (l, n) in &idents {
            if &**n != "_" && !seen.insert(n.clone()) {
                self.error(l.pos, format!("{n} repeated on left side of :="));
                return;
            }
            if &**n == "_" {
                targets.push((None, false));
                continue;
            }
            let existing = self.scopes[self.scope.0 as usize].names.get(n).copied();
            match existing {
                Some(o) if matches!(self.obj(o).kind, ObjKind::Var(_)) => targets.push((Some(o), false)),
                Some(_) => {
                    targets.push((None, true));
                    new_any = true;
                }
                None => {
                    targets.push((None, true));
                    new_any = true;
                }
            }
        }
        // Types of the values.
        let mut types: Vec<Option<TypeId>> = vec![None; nl];
        if nr == 1 && nl > 1 {
            if let Some(ts) = self.multi_value(&rhs[0], nl, "assignment") {
                for (i, t) in ts.into_iter().enumerate() {
                    types[i] = Some(t);
                }
            }
        } else if nl != nr {
            for r in rhs {
                self.raw_expr(r, None);
            }
            self.error(
                rhs[0].pos,
                format!("assignment mismatch: {nl} variable{} but {nr} value{}", plural(nl), plural(nr)),
            );
        } else {
            for (i, r) in rhs.iter().enumerate() {
                let existing_t = targets[i].0.map(|o| self.obj(o).ty());
                let mut x = if nl == 1 { self.single_assign_rhs(r, existing_t) } else { self.expr_hint(r, existing_t) };
                match existing_t {
                    Some(t) => {
                        if self.assignment(&mut x, r, t, "assignment") {
                            types[i] = Some(t);
                        }
                    }
                    None => {
                        if self.default_operand(&mut x, r, "assignment") {
                            types[i] = Some(x.ty);
                        }
                    }
                }
            }
        }
        if nr == 1 && nl > 1 {
            // Check assignability to existing variables.
            for (i, (o, _)) in targets.iter().enumerate() {
                if let (Some(o), Some(t)) = (o, types[i]) {
                    let ot = self.obj(*o).ty();
                    let v = Operand { mode: Mode::Value, ty: t, val: None, id: rhs[0].id };
                    if !self.assignable_to(&v, ot) {
                        let (vs, ots) = (self.tstr(t), self.tstr(ot));
                        let es = self.expr_str(&rhs[0]);
                        self.error(
                            rhs[0].pos,
                            format!("cannot use {es} (value of type {vs}) as {ots} value in assignment"),
                        );
                    }
                }
            }
        }
        if !new_any {
            self.error(s.pos, "no new variables on left side of :=");
        }
        // Declare the new variables after the values are checked.
        for (i, (l, n)) in idents.iter().enumerate() {
            let id = match &l.kind {
                ExprKind::Ident(_) => l.id,
                _ => continue,
            };
            if &**n == "_" {
                let ident = ast::Ident { id, pos: l.pos, name: n.clone() };
                let o = self.declare_local(&ident, types[i].unwrap_or(ids::INVALID));
                if let ObjKind::Var(v) = &self.obj(o).kind {
                    v.used.set(true);
                }
                continue;
            }
            match targets[i] {
                (Some(o), false) => {
                    self.record_use(id, o);
                    self.record(id, Mode::Variable, self.obj(o).ty(), None);
                }
                _ => {
                    let ident = ast::Ident { id, pos: l.pos, name: n.clone() };
                    let o = self.declare_local(&ident, types[i].unwrap_or(ids::INVALID));
                    self.record(id, Mode::Variable, self.obj(o).ty(), None);
                    let scope = self.scope;
                    self.declare(scope, l.pos, n, o);
                }
            }
        }
    }

    // ---- returns and branches ----

    fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let Some(f) = self.fctx.clone() else { return };
        let want: Vec<TypeId> = self.tt.sig(f.sig).map(|s| s.results.clone()).unwrap_or_default();
        if results.is_empty() {
            if !want.is_empty() && !f.named_results {
                let w = self.types_summary(&want, false);
                self.error(s.pos, format!("not enough return values\n\thave ()\n\twant {w}"));
            }
            if f.named_results {
                // Named results must not be shadowed at a naked return.
                for &r in &f.results {
                    let name = self.obj(r).name.clone();
                    if &*name == "_" {
                        continue;
                    }
                    if let Some(o) = self.lookup(&name) {
                        if o != r {
                            let pos = self.obj(o).pos;
                            let other = self.fs.position(self.obj(o).file, pos);
                            self.error(s.pos, format!("result parameter {name} not in scope at return\n\t{other}: inner declaration of {name}"));
                        }
                    }
                }
            }
            return;
        }
        if results.len() == 1 && want.len() > 1 {
            let x = self.raw_expr(&results[0], None);
            if let TypeKind::Tuple(ts) = self.tt.kind(x.ty).clone() {
                if ts.len() == want.len() {
                    for (t, w) in ts.iter().zip(&want) {
                        let v = Operand { mode: Mode::Value, ty: *t, val: None, id: x.id };
                        if !self.assignable_to(&v, *w) {
                            let (ts_, ws) = (self.tstr(*t), self.tstr(*w));
                            let es = self.expr_str(&results[0]);
                            self.error(
                                results[0].pos,
                                format!("cannot use {es} (value of type {ts_}) as {ws} value in return statement"),
                            );
                        }
                    }
                    return;
                }
            }
            if x.is_invalid() {
                return;
            }
            let have = self.types_summary(&self.tt.tuple_types(x.ty), false);
            let w = self.types_summary(&want, false);
            let msg = if self.tt.tuple_types(x.ty).len() < want.len() {
                "not enough return values"
            } else {
                "too many return values"
            };
            self.error(results[0].pos, format!("{msg}\n\thave {have}\n\twant {w}"));
            return;
        }
        let mut ops = Vec::new();
        for r in results {
            let hint = want.get(ops.len()).copied();
            ops.push(self.expr_hint(r, hint));
        }
        if ops.len() != want.len() {
            if ops.iter().any(|o| o.is_invalid()) {
                return;
            }
            let have = self.types_summary(&ops.iter().map(|o| o.ty).collect::<Vec<_>>(), false);
            let w = self.types_summary(&want, false);
            let (msg, pos) = if ops.len() < want.len() {
                ("not enough return values", results[0].pos)
            } else {
                ("too many return values", results[want.len().min(results.len() - 1)].pos)
            };
            let pos = if want.is_empty() { results[0].pos } else { pos };
            self.error(pos, format!("{msg}\n\thave {have}\n\twant {w}"));
            return;
        }
        for ((x, r), w) in ops.iter_mut().zip(results).zip(&want) {
            self.assignment(x, r, *w, "return statement");
        }
    }

    fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&ast::Ident>, ctx: Ctx) {
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let kw = if kind == BranchKind::Break { "break" } else { "continue" };
                if let Some(l) = label {
                    match self.labels.get(&l.name).copied() {
                        Some(o) => {
                            if let ObjKind::Label { used } = &self.obj(o).kind {
                                used.set(true);
                            }
                            self.record_use(l.id, o);
                            if !self.label_encloses(o, kind == BranchKind::Continue) {
                                self.error(l.pos, format!("invalid {kw} label {}", l.name));
                            }
                        }
                        None => self.error(l.pos, format!("{kw} label not defined: {}", l.name)),
                    }
                    return;
                }
                if kind == BranchKind::Break && !ctx.breakable {
                    self.error(s.pos, "break is not in a loop, switch, or select");
                } else if kind == BranchKind::Continue && !ctx.in_loop {
                    self.error(s.pos, "continue is not in a loop");
                }
            }
            BranchKind::Goto => {
                let Some(l) = label else { return };
                match self.labels.get(&l.name).copied() {
                    Some(o) => {
                        if let ObjKind::Label { used } = &self.obj(o).kind {
                            used.set(true);
                        }
                        self.record_use(l.id, o);
                    }
                    None => self.error(l.pos, format!("label {} not defined", l.name)),
                }
            }
            BranchKind::Fallthrough => {
                // The parser has said "cannot fallthrough in type switch".
                let reported = self.errors.iter().any(|d| d.file == self.file && d.pos == s.pos);
                if !ctx.fallthrough_ok && !reported {
                    self.error(s.pos, "fallthrough statement out of place");
                } else if ctx.final_case {
                    self.error(s.pos, "cannot fallthrough final case in switch");
                }
            }
        }
    }

    /// Is label `o` on an enclosing loop (or switch/select for break)?
    /// Tracked by `ENCLOSING` while statements are checked.
    fn label_encloses(&self, o: ObjId, need_loop: bool) -> bool {
        self.enclosing_labels.iter().rev().any(|&(l, is_loop)| l == o && (is_loop || !need_loop))
    }

    // ---- switches ----

    fn switch_stmt(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, body: &[ast::CaseClause], ctx: Ctx) {
        self.push_scope(ScopeKind::Block);
        if let Some(i) = init {
            self.simple_stmt(i);
        }
        let mut tagx = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                if !x.is_invalid() {
                    self.default_operand(&mut x, t, "switch expression");
                }
                Some(x)
            }
            None => None,
        };
        if let (Some(x), Some(t)) = (&tagx, tag) {
            if !x.is_invalid() && !self.comparable(x.ty) && !self.nil_comparable(x.ty) {
                let s = self.operand_str(x, t);
                self.error(t.pos, format!("cannot switch on {s}"));
                tagx = None;
            }
        }
        let mut seen: Vec<(Const, TypeId, ast::Pos)> = Vec::new();
        let mut default_seen: Option<ast::Pos> = None;
        let n = body.len();
        for (ci, cl) in body.iter().enumerate() {
            if cl.is_default {
                if let Some(first) = default_seen {
                    let at = self.fs.position(self.file, first);
                    self.error(cl.pos, format!("multiple defaults (first at {at})"));
                }
                default_seen.get_or_insert(cl.pos);
            }
            for e in &cl.exprs {
                let mut x = self.expr(e);
                if x.is_invalid() {
                    continue;
                }
                match (&tagx, tag) {
                    (Some(t), Some(te)) if !t.is_invalid() => {
                        let mut tt = t.clone();
                        if !self.match_types(&mut x, e, &mut tt, te)
                            && !self.assignable_to(&x, t.ty)
                            && !self.assignable_to(t, x.ty)
                        {
                            let (xs, ts) = (self.operand_str(&x, e), self.tstr(t.ty));
                            if self.tt.is_untyped(x.ty) && !x.is_nil() && !self.tt.is_untyped(t.ty) {
                                // types2 first converts the case value.
                                self.error(e.pos, format!("cannot convert {xs} to type {ts}"));
                                continue;
                            }
                            self.error(
                                e.pos,
                                format!(
                                    "invalid case {} in switch on {} (mismatched types {} and {ts})",
                                    self.expr_str(e),
                                    self.expr_str(te),
                                    self.tstr(x.ty)
                                ),
                            );
                            let _ = xs;
                            continue;
                        }
                        if self.tt.is_untyped(x.ty) {
                            let t = t.ty;
                            self.convert_untyped(&mut x, e, t);
                        }
                    }
                    (None, _) => {
                        if !self.all_basic(x.ty, |b| b.is_boolean()) {
                            let s = self.operand_str(&x, e);
                            if self.tt.is_untyped(x.ty) && !x.is_nil() {
                                self.error(e.pos, format!("cannot convert {s} to type bool"));
                                continue;
                            }
                            self.error(
                                e.pos,
                                format!(
                                    "invalid case {} in switch (mismatched types {} and bool)",
                                    self.expr_str(e),
                                    self.tstr(x.ty)
                                ),
                            );
                            let _ = s;
                            continue;
                        }
                        if self.tt.is_untyped(x.ty) {
                            self.convert_untyped(&mut x, e, ids::BOOL);
                        }
                    }
                    _ => {}
                }
                if let (Mode::Constant, Some(v)) = (x.mode, &x.val) {
                    if let Some((_, _, p)) = seen.iter().find(|(sv, st, _)| sv == v && *st == x.ty) {
                        let other = self.fs.position(self.file, *p);
                        let es = self.operand_str(&x, e);
                        self.error(
                            e.pos,
                            format!("duplicate case {es} in expression switch\n\t{other}: previous case"),
                        );
                    } else {
                        seen.push((v.clone(), x.ty, e.pos));
                    }
                }
            }
            self.push_scope(ScopeKind::Block);
            let c = Ctx { breakable: true, fallthrough_ok: true, final_case: ci == n - 1, in_loop: ctx.in_loop };
            self.stmt_list(&cl.body, c);
            self.pop_scope();
        }
        self.pop_scope();
    }

    fn nil_comparable(&self, t: TypeId) -> bool {
        matches!(self.tt.under(t), TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_))
    }

    fn type_switch(
        &mut self,
        s: &Stmt,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        body: &[ast::TypeCaseClause],
        ctx: Ctx,
    ) {
        self.push_scope(ScopeKind::Block);
        if let Some(i) = init {
            self.simple_stmt(i);
        }
        let xo = self.expr(x);
        let valid = !xo.is_invalid();
        if valid && !self.tt.is_interface(xo.ty) {
            let os = self.operand_str(&xo, x);
            self.error(x.pos, format!("{os} is not an interface"));
        }
        if let Some(b) = bind {
            if &*b.name == "_" {
                self.error(b.pos, "no new variable on left side of :=");
            }
        }
        let mut bind_objs = Vec::new();
        let mut seen: Vec<(TypeId, ast::Pos)> = Vec::new();
        let mut default_seen: Option<ast::Pos> = None;
        for cl in body {
            if cl.is_default {
                if let Some(first) = default_seen {
                    let at = self.fs.position(self.file, first);
                    self.error(cl.pos, format!("multiple defaults (first at {at})"));
                }
                default_seen.get_or_insert(cl.pos);
            }
            let mut single: Option<TypeId> = None;
            for te in &cl.types {
                let t = if let ExprKind::Ident(n) = &te.kind {
                    if &**n == "nil" && self.lookup("nil").is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Nil)) {
                        self.record(te.id, Mode::Value, ids::UNTYPED_NIL, None);
                        ids::UNTYPED_NIL
                    } else {
                        self.typ(te)
                    }
                } else {
                    self.typ(te)
                };
                if t == ids::INVALID {
                    continue;
                }
                if let Some((_, p)) = seen.iter().find(|(st, _)| *st == t) {
                    let other = self.fs.position(self.file, *p);
                    let ts = if t == ids::UNTYPED_NIL { "nil".to_string() } else { self.tstr(t) };
                    self.error(te.pos, format!("duplicate case {ts} in type switch\n\t{other}: previous case"));
                } else {
                    seen.push((t, te.pos));
                }
                if valid && t != ids::UNTYPED_NIL && self.tt.is_interface(xo.ty) && !self.tt.is_interface(t) {
                    if let Some(why) = self.missing_method(t, xo.ty) {
                        let (ts, xs) = (self.tstr(t), self.operand_str(&xo, x));
                        self.error(
                            te.pos,
                            format!("impossible type switch case: {ts}\n\t{xs} cannot have dynamic type {ts} {why}"),
                        );
                    }
                }
                single = Some(t);
            }
            self.push_scope(ScopeKind::Block);
            if let Some(b) = bind {
                let t = if cl.types.len() == 1 && single.is_some_and(|t| t != ids::UNTYPED_NIL) {
                    single.unwrap()
                } else {
                    xo.ty
                };
                let ident = ast::Ident { id: cl.implicit_id, pos: b.pos, name: b.name.clone() };
                let depth = self.lit_depth;
                let o = self.new_obj(
                    ident.name.clone(),
                    ObjKind::Var(VarInfo {
                        used: Default::default(),
                        is_param: false,
                        is_global: false,
                        is_field: false,
                        embedded: false,
                        escapes: Default::default(),
                        addr_taken: Default::default(),
                        func_depth: depth,
                    }),
                    t,
                    b.pos,
                );
                self.info.implicits.insert(cl.implicit_id, o);
                let scope = self.scope;
                self.declare(scope, b.pos, &b.name, o);
                bind_objs.push(o);
            }
            self.stmt_list(
                &cl.body,
                Ctx { breakable: true, fallthrough_ok: false, final_case: false, in_loop: ctx.in_loop },
            );
            self.pop_scope();
        }
        if let Some(b) = bind {
            self.record_def(b.id, bind_objs.first().copied().unwrap_or(ObjId(0)));
            let used = bind_objs.iter().any(|&o| self.obj(o).var().is_some_and(|v| v.used.get()));
            if !used && &*b.name != "_" {
                self.error(b.pos, format!("{} declared and not used", b.name));
            }
        }
        let _ = s;
        self.pop_scope();
    }

    // ---- range ----

    fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
    ) {
        self.push_scope(ScopeKind::Block);
        let mut xo = self.expr(x);
        let mut kt = ids::INVALID;
        let mut vt = None;
        let mut ok = !xo.is_invalid();
        let mut over_func = false;
        let mut untyped_es: Option<String> = None;
        if ok {
            let core = self.core_type(xo.ty);
            match core.map(|c| self.tt.kind(c).clone()) {
                Some(TypeKind::Basic(b)) if b.is_string() => {
                    kt = ids::INT;
                    vt = Some(ids::INT32);
                    if self.tt.is_untyped(xo.ty) {
                        self.convert_untyped(&mut xo, x, ids::STRING);
                    }
                }
                Some(TypeKind::Basic(b)) if b.is_integer() => {
                    if self.tt.is_untyped(xo.ty) {
                        // The message shows the operand before it is typed.
                        untyped_es = Some(self.operand_str(&xo, x));
                        self.default_operand(&mut xo, x, "range clause");
                    }
                    kt = xo.ty;
                    if let Some(v) = value {
                        let es = untyped_es.take().unwrap_or_else(|| self.operand_str(&xo, x));
                        self.error(v.pos, format!("range over {es} permits only one iteration variable"));
                    }
                }
                Some(TypeKind::Array(_, e)) | Some(TypeKind::Slice(e)) => {
                    kt = ids::INT;
                    vt = Some(e);
                }
                Some(TypeKind::Pointer(p)) if matches!(self.tt.under(p), TypeKind::Array(..)) => {
                    kt = ids::INT;
                    vt = Some(self.tt.elem(p));
                }
                Some(TypeKind::Map(k, v)) => {
                    kt = k;
                    vt = Some(v);
                }
                Some(TypeKind::Chan(dir, e)) => {
                    kt = e;
                    if dir == ChanDirKey::Send {
                        let es = self.operand_str(&xo, x);
                        let ts = self.tstr(xo.ty);
                        self.error(x.pos, format!("cannot range over {es}: receive from send-only channel {ts}"));
                    }
                    if let Some(v) = value {
                        let es = self.operand_str(&xo, x);
                        self.error(v.pos, format!("range over {es} permits only one iteration variable"));
                    }
                }
                Some(TypeKind::Func(sig)) if self.is_iterator(&sig) => {
                    over_func = true;
                    let yield_sig = self.tt.sig(sig.params[0]).cloned().unwrap();
                    let n = yield_sig.params.len();
                    if n >= 1 {
                        kt = yield_sig.params[0];
                    }
                    if n >= 2 {
                        vt = Some(yield_sig.params[1]);
                    }
                    if let (0, Some(k)) = (n, key) {
                        let es = self.operand_str(&xo, x);
                        self.error(k.pos, format!("range over {es} permits no iteration variables"));
                    }
                    if let (1, Some(v)) = (n, value) {
                        let es = self.operand_str(&xo, x);
                        self.error(v.pos, format!("range over {es} permits only one iteration variable"));
                    }
                }
                _ => {
                    let es = self.operand_str(&xo, x);
                    self.error(x.pos, format!("cannot range over {es}"));
                    ok = false;
                }
            }
        }
        let vars = [(key, Some(kt)), (value, vt)];
        if define {
            let mut objs = Vec::new();
            for (e, t) in vars {
                let Some(e) = e else { continue };
                let ExprKind::Ident(n) = &e.kind else {
                    let es = self.expr_str(e);
                    self.error(e.pos, format!("non-name {es} on left side of :="));
                    continue;
                };
                let t = if ok { t.unwrap_or(ids::INVALID) } else { ids::INVALID };
                let ident = ast::Ident { id: e.id, pos: e.pos, name: n.clone() };
                let o = self.declare_local(&ident, t);
                self.record(e.id, Mode::Variable, t, None);
                objs.push((e.pos, n.clone(), o));
            }
            for (p, n, o) in objs {
                let scope = self.scope;
                self.declare(scope, p, &n, o);
            }
        } else {
            for (e, t) in vars {
                let Some(e) = e else { continue };
                // Assigned by the yield function when ranging over a func.
                self.lit_depth += over_func as u32;
                let target = self.lhs_expr(e);
                self.lit_depth -= over_func as u32;
                let Some(target) = target else { continue };
                if let (true, Some(t)) = (ok, t) {
                    let v = Operand { mode: Mode::Value, ty: t, val: None, id: e.id };
                    if !target.is_invalid() && !self.assignable_to(&v, target.ty) {
                        let (vs, ts) = (self.tstr(t), self.tstr(target.ty));
                        let es = self.expr_str(e);
                        self.error(e.pos, format!("cannot assign {vs} to {es} (type {ts}) in range"));
                        let _ = ts;
                    }
                }
            }
        }
        // The body of a range over a function becomes the yield function:
        // outer variables it uses are captured, as by a function literal.
        if over_func {
            self.lit_depth += 1;
        }
        self.push_scope(ScopeKind::Block);
        self.stmt_list(&body.stmts, Ctx { in_loop: true, breakable: true, fallthrough_ok: false, final_case: false });
        self.pop_scope();
        if over_func {
            self.lit_depth -= 1;
        }
        self.pop_scope();
        let _ = s;
    }

    /// func(yield func(...) bool) with 0-2 yield parameters.
    pub(crate) fn is_iterator(&self, sig: &crate::types::Sig) -> bool {
        if sig.params.len() != 1 || !sig.results.is_empty() {
            return false;
        }
        match self.tt.sig(sig.params[0]) {
            Some(y) => y.params.len() <= 2 && y.results.len() == 1 && self.tt.basic(y.results[0]) == Some(Basic::Bool),
            None => false,
        }
    }

    // ---- terminating statements ----

    fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        match stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)) {
            Some(s) => self.is_terminating(s, None),
            None => false,
        }
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch(BranchKind::Goto, _) | StmtKind::Branch(BranchKind::Fallthrough, _) => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &super::expr::strip_parens(e).kind {
                    return self.builtin_of(fun) == Some(Builtin::Panic);
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, None)) && self.is_terminating_list(&then.stmts)
            }
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
            StmtKind::Switch { body, .. } => {
                body.iter().any(|c| c.is_default)
                    && body.iter().all(|c| self.is_terminating_list(&c.body) && !has_break(&c.body, label, true))
            }
            StmtKind::TypeSwitch { body, .. } => {
                body.iter().any(|c| c.is_default)
                    && body.iter().all(|c| self.is_terminating_list(&c.body) && !has_break(&c.body, label, true))
            }
            StmtKind::Select(cl) => {
                cl.iter().all(|c| self.is_terminating_list(&c.body) && !has_break(&c.body, label, true))
            }
            _ => false,
        }
    }
}

/// Does the statement list contain a break targeting the enclosing
/// statement (unlabeled at this level, or labeled with `label`)?
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

fn has_break_stmt(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch(BranchKind::Break, l) => match l {
            None => top,
            Some(l) => Some(&*l.name) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top) || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        StmtKind::Labeled(_, inner) => has_break_stmt(inner, label, top),
        // Unlabeled breaks inside nested breakable statements target them.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_break(&body.stmts, label, false),
        StmtKind::Switch { body, .. } => body.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::TypeSwitch { body, .. } => body.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select(cl) => cl.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(&super::expr::strip_parens(e).kind, ExprKind::Unary(ast::UnOp::Recv, _))
}
