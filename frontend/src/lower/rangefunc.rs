//! Range over functions (Go 1.23 iterators): `for k, v := range f { body }`
//! calls `f` with a generated yield function whose body is the loop body.
//!
//! The loop's owner and the yield function share a control cell
//! `[state, code]`. `state` is 0 while the loop runs, 1 once the body has
//! returned false (break, return, or a branch out of the loop) and 2 after
//! `f` returned; calling yield in either of the last two states panics as
//! Go does. `code` says why the body stopped: 0 for a plain break, 1 for a
//! `return` (the values are in result cells shared with the owner), and
//! `2 + 2k` / `3 + 2k` for `break` / `continue` of the k-th enclosing
//! branch target outside the body, or `-1 - j` for a `goto` to the j-th
//! label outside it. The owner dispatches on it after `f`
//! returns; an owner that is itself a yield body passes codes of targets
//! further out on to its own owner (outer target lists are prefixes of
//! inner ones, so codes need no renumbering).

use super::func::{FnLower, Store, Target, Vals};
use super::Lowerer;
use crate::ast::{self, Expr, Stmt};
use crate::objects::ObjId;
use crate::types::TypeId;
use ir::{FuncId, IntCC, MemType, Type, Value};
use std::collections::HashMap;
use std::rc::Rc;

const RUNNING: i64 = 0;
const STOPPED: i64 = 1;
const EXITED: i64 = 2;
const CODE_RETURN: i64 = 1;
const CODE_FIRST_TARGET: i64 = 2;

/// What a yield body knows about the loop that owns it.
#[derive(Clone)]
pub(crate) struct RangeCtx {
    /// The `[state, code]` cell.
    pub ctl: Value,
    /// Cells receiving the owner's results on `return`.
    pub result_cells: Vec<Value>,
    /// Branch targets outside the body: (label, has a continue target).
    pub outer: Vec<(Option<ObjId>, bool)>,
    /// Labels outside the body that gotos in it jump to.
    pub gotos: Vec<ObjId>,
}

/// Everything needed to lower a yield body later, as its own function
/// (also what the tree-walking engine runs it from, `Origin::RangeBody`).
pub struct RangeBody {
    pub body: Rc<ast::Block>,
    pub key: Option<Expr>,
    pub value: Option<Expr>,
    pub define: bool,
    pub label: Option<ObjId>,
    /// The yield function's parameter types.
    pub params: Vec<TypeId>,
    pub captures: Vec<(ObjId, TypeId)>,
    pub results: Vec<TypeId>,
    pub result_objs: Vec<ObjId>,
    pub outer: Vec<(Option<ObjId>, bool)>,
    pub gotos: Vec<ObjId>,
    pub has_defer_mark: bool,
    pub subst: Rc<HashMap<TypeId, TypeId>>,
    pub file: u32,
    pub pos: ast::Pos,
}

impl FnLower<'_, '_> {
    /// The loop statement, in the function that owns it.
    #[allow(clippy::too_many_arguments)]
    pub fn range_func(
        &mut self,
        s: &Stmt,
        label: Option<ObjId>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        xt: TypeId,
        body: &ast::Block,
    ) {
        let Some(iter_sig) = self.l.p.tt.sig(xt).cloned() else { return };
        let yield_t = iter_sig.params[0];
        let params = self.l.p.tt.sig(yield_t).map(|y| y.params.clone()).unwrap_or_default();
        let params: Vec<TypeId> = params.into_iter().map(|t| self.t(t)).collect();
        let gotos = self.gotos_out_of(body);
        // The iterator is evaluated first.
        let fv = self.expr(x)[0];
        // Outer variables the body (or an assigned key/value) uses.
        let mut captures: Vec<(ObjId, TypeId)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut note = |f: &mut Self, id: ast::NodeId| {
            if let Some(&o) = f.l.p.info.uses.get(&id) {
                if f.vars.contains_key(&o) && seen.insert(o) {
                    captures.push((o, f.l.p.obj(o).ty()));
                }
            }
        };
        let mut ids = Vec::new();
        super::call::collect_uses_block(body, &mut |id| ids.push(id));
        if !define {
            for e in [key, value].into_iter().flatten() {
                super::call::collect_uses_expr(e, &mut |id| ids.push(id));
            }
        }
        for id in ids {
            note(self, id);
        }
        // Named results are written by a bare `return` in the body.
        for o in self.result_objs.clone() {
            if self.vars.contains_key(&o) && seen.insert(o) {
                captures.push((o, self.l.p.obj(o).ty()));
            }
        }
        let mut words = Vec::new();
        for &(o, _) in &captures {
            words.push(self.capture_cell(o, x.pos));
        }
        let ctl_size = self.iconst(16);
        let noscan = self.iconst(1);
        let ctl = self.native("alloc", &[ctl_size, noscan], &[Type::I64])[0];
        words.push(ctl);
        let results = self.results.clone();
        let result_cells: Vec<Value> = results.iter().map(|&t| self.alloc_type(t)).collect();
        words.extend(&result_cells);
        if let Some(m) = self.defer_mark {
            words.push(m);
        }
        let mut outer = self.range_ctx.as_ref().map(|r| r.outer.clone()).unwrap_or_default();
        let outer_len = outer.len();
        outer.extend(self.targets.iter().map(|t| (t.label, t.cont.is_some())));
        let job = RangeBody {
            body: Rc::new(body.clone()),
            key: key.cloned(),
            value: value.cloned(),
            define,
            label,
            params,
            captures,
            results: results.clone(),
            result_objs: self.result_objs.clone(),
            outer,
            gotos: gotos.clone(),
            has_defer_mark: self.defer_mark.is_some(),
            subst: self.subst.clone(),
            file: self.file,
            pos: s.pos,
        };
        let id = self.l.range_body(self.id, &self.name, yield_t, job);
        let fi = self.l.fi_addr(id);
        let clo = self.make_closure(fi, &words, words.len());
        self.set_pos(s.pos);
        self.closure_call(fv, xt, vec![clo]);
        let exited = self.iconst(EXITED);
        self.b.store(MemType::I64, ctl, 0, exited);
        self.dispatch_exit(ctl, &result_cells, &results, outer_len, &gotos);
    }

    /// Labels outside `body` that gotos inside it (nested loop bodies
    /// included, function literals not) jump to.
    fn gotos_out_of(&self, body: &ast::Block) -> Vec<ObjId> {
        let (mut defined, mut used) = (Vec::new(), Vec::new());
        walk_labels(&body.stmts, &mut |s| match &s.kind {
            ast::StmtKind::Labeled(l, _) => defined.extend(self.l.p.info.defs.get(&l.id).copied()),
            ast::StmtKind::Branch(ast::BranchKind::Goto, Some(l)) => {
                used.extend(self.l.p.info.uses.get(&l.id).copied())
            }
            _ => {}
        });
        let mut out: Vec<ObjId> = used.into_iter().filter(|o| !defined.contains(o)).collect();
        out.dedup();
        out
    }

    /// The cell holding an outer variable, for capture by reference.
    fn capture_cell(&mut self, o: ObjId, pos: ast::Pos) -> Value {
        match self.vars.get(&o).cloned() {
            Some(Store::Cell(c)) => c,
            Some(Store::CellVar(v)) => self.b.use_var(v),
            Some(Store::Ssa(_)) => {
                // The checker marks captured variables as escaping; one
                // still in registers is copied into a cell.
                let pl = self.var_place(o, pos);
                let t = self.place_type(&pl);
                let v = self.read_place(&pl);
                self.spill(&v, t)
            }
            _ => self.iconst(0),
        }
    }

    /// After the iterator returned: act on why the body stopped.
    fn dispatch_exit(
        &mut self,
        ctl: Value,
        result_cells: &[Value],
        results: &[TypeId],
        outer_len: usize,
        gotos: &[ObjId],
    ) {
        let code = self.b.load(MemType::I64, ctl, 8);
        let done = self.b.create_block();
        // A return from the body returns from here.
        let ret = self.b.create_block();
        let next = self.b.create_block();
        let k = self.iconst(CODE_RETURN);
        let is_ret = self.b.icmp(IntCC::Eq, code, k);
        self.b.brif(is_ret, ret, vec![], next, vec![]);
        self.b.seal_block(ret);
        self.b.seal_block(next);
        self.b.switch_to_block(ret);
        let mut vals = Vec::new();
        for (&c, &t) in result_cells.iter().zip(results) {
            let v = self.load(c, 0, t);
            vals.push(self.own(v, t));
        }
        self.emit_return(vals);
        self.b.switch_to_block(next);
        // Branches to targets outside the body.
        let ntargets = self.range_ctx.as_ref().map_or(0, |r| r.outer.len()) + self.targets.len();
        for t in 0..ntargets {
            for cont in [false, true] {
                let c = CODE_FIRST_TARGET + 2 * t as i64 + cont as i64;
                let hit = self.b.create_block();
                let miss = self.b.create_block();
                let kc = self.iconst(c);
                let eq = self.b.icmp(IntCC::Eq, code, kc);
                self.b.brif(eq, hit, vec![], miss, vec![]);
                self.b.seal_block(hit);
                self.b.seal_block(miss);
                self.b.switch_to_block(hit);
                if t < outer_len {
                    self.stop_body(c);
                } else {
                    let target = &self.targets[t - outer_len];
                    match if cont { target.cont } else { Some(target.brk) } {
                        Some(d) => self.b.jump(d, vec![]),
                        None => self.b.unreachable(),
                    }
                }
                self.b.switch_to_block(miss);
            }
        }
        for (j, &l) in gotos.iter().enumerate() {
            let hit = self.b.create_block();
            let miss = self.b.create_block();
            let kc = self.iconst(-1 - j as i64);
            let eq = self.b.icmp(IntCC::Eq, code, kc);
            self.b.brif(eq, hit, vec![], miss, vec![]);
            self.b.seal_block(hit);
            self.b.seal_block(miss);
            self.b.switch_to_block(hit);
            self.goto_label(l);
            self.b.switch_to_block(miss);
        }
        self.b.jump(done, vec![]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// A goto: inside a yield body, to a label outside it, stops the loop.
    pub fn goto_label(&mut self, l: ObjId) {
        if let Some(j) = self.range_ctx.as_ref().and_then(|r| r.gotos.iter().position(|&g| g == l)) {
            self.stop_body(-1 - j as i64);
            return;
        }
        let b = self.label_block(l);
        self.b.jump(b, vec![]);
    }

    /// In a yield body: stop the loop with `code` (returns false).
    pub fn stop_body(&mut self, code: i64) {
        let Some(r) = self.range_ctx.clone() else { return };
        let stopped = self.iconst(STOPPED);
        self.b.store(MemType::I64, r.ctl, 0, stopped);
        let c = self.iconst(code);
        self.b.store(MemType::I64, r.ctl, 8, c);
        let f = self.iconst(0);
        self.b.ret(vec![f]);
    }

    /// In a yield body: `break`/`continue` to a target outside it. Returns
    /// false when the target is not outside (the caller reports that).
    pub fn range_branch_out(&mut self, label: ObjId, is_continue: bool) -> bool {
        let Some(r) = &self.range_ctx else { return false };
        let Some(k) = r.outer.iter().rposition(|t| t.0 == Some(label) && (!is_continue || t.1)) else {
            return false;
        };
        self.stop_body(CODE_FIRST_TARGET + 2 * k as i64 + is_continue as i64);
        true
    }

    /// In a yield body: `return vals` stores them for the owner.
    pub fn range_return(&mut self, vals: Vec<Vals>) {
        let Some(r) = self.range_ctx.clone() else { return };
        let vals = if vals.is_empty() && !self.results.is_empty() {
            // A bare return: the named results, as they are now.
            let mut out = Vec::new();
            for o in self.result_objs.clone() {
                let pl = self.var_place(o, 0);
                out.push(self.read_place(&pl));
            }
            out
        } else {
            vals
        };
        for (i, v) in vals.iter().enumerate() {
            let t = self.results[i];
            self.store(r.result_cells[i], 0, t, v);
        }
        self.stop_body(CODE_RETURN);
    }
}

impl Lowerer<'_> {
    /// Declares the yield function of a range-over-func loop in `parent`.
    fn range_body(&mut self, parent_id: FuncId, parent: &str, yield_t: TypeId, job: RangeBody) -> FuncId {
        // Go names them after their function: main.main-range1.
        let n = self.lit_counters.entry(format!("{parent}-range")).or_insert(0);
        *n += 1;
        let name = format!("{parent}-range{n}");
        let sig = self.closure_sig(yield_t);
        let id = self.m.declare_func(&name, sig);
        self.fi_addr(id);
        let job = Rc::new(job);
        self.set_origin(id, super::Origin::RangeBody { parent: parent_id, job: job.clone() });
        self.jobs.push_back(super::Job::RangeBody { id, job });
        id
    }
}

/// Lowers a yield body: `(env, params...) -> bool`.
pub(super) fn lower_range_body(l: &mut Lowerer, id: FuncId, job: &RangeBody) {
    let mut func = l.m.funcs[id.index()].clone();
    {
        let entry_vals = func.blocks[0].params.clone();
        let mut fl = FnLower::new(l, &mut func, id, job.file, job.subst.clone());
        let env = entry_vals[0];
        fl.env = Some(env);
        fl.set_pos(job.body.pos);
        let mut off = 8;
        for &(o, _) in &job.captures {
            let cell = fl.b.load(MemType::I64, env, off);
            fl.vars.insert(o, Store::Cell(cell));
            fl.captured.insert(o);
            off += 8;
        }
        let ctl = fl.b.load(MemType::I64, env, off);
        off += 8;
        let mut result_cells = Vec::new();
        for _ in &job.results {
            result_cells.push(fl.b.load(MemType::I64, env, off));
            off += 8;
        }
        if job.has_defer_mark {
            fl.defer_mark = Some(fl.b.load(MemType::I64, env, off));
        }
        fl.results = job.results.clone();
        fl.result_objs = job.result_objs.clone();
        fl.range_ctx = Some(RangeCtx { ctl, result_cells, outer: job.outer.clone(), gotos: job.gotos.clone() });
        // Calling yield again after the loop stopped is an error.
        let state = fl.b.load(MemType::I64, ctl, 0);
        let running = fl.iconst(RUNNING);
        let bad = fl.b.icmp(IntCC::Ne, state, running);
        let (panic_b, ok_b) = (fl.b.create_block(), fl.b.create_block());
        fl.b.brif(bad, panic_b, vec![], ok_b, vec![]);
        fl.b.seal_block(panic_b);
        fl.b.seal_block(ok_b);
        fl.b.switch_to_block(panic_b);
        let exited = fl.iconst(EXITED);
        let after_exit = fl.b.icmp(IntCC::Eq, state, exited);
        let m1 = fl.string_const(b"range function continued iteration after whole loop exit");
        let m2 = fl.string_const(b"range function continued iteration after function for loop body returned false");
        let p = fl.b.select(after_exit, m1[0], m2[0]);
        let n = fl.b.select(after_exit, m1[1], m2[1]);
        let kind = fl.iconst(0);
        fl.native("panic_msg", &[p, n, kind], &[]);
        fl.b.switch_to_block(ok_b);
        // The iteration values.
        let mut params = entry_vals[1..].iter().copied();
        let mut vals: Vec<(Vals, TypeId)> = Vec::new();
        for &t in &job.params {
            let n = fl.flat(t).len();
            vals.push(((&mut params).take(n).collect(), t));
        }
        for (e, (v, t)) in [&job.key, &job.value].into_iter().zip(vals) {
            if let Some(e) = e {
                if !is_blank(e) {
                    fl.range_assign_one(job.define, e, v, t);
                }
            }
        }
        let (yes, no) = (fl.b.create_block(), fl.b.create_block());
        fl.targets.push(Target { label: job.label, brk: no, cont: Some(yes) });
        fl.set_pos(job.pos);
        fl.block_stmts(&job.body.stmts);
        if !fl.b.is_terminated() {
            fl.b.jump(yes, vec![]);
        }
        fl.targets.pop();
        fl.b.seal_block(yes);
        fl.b.switch_to_block(yes);
        let t = fl.iconst(1);
        fl.b.ret(vec![t]);
        fl.b.seal_block(no);
        fl.b.switch_to_block(no);
        fl.stop_body(0);
        fl.b.seal_all_blocks();
    }
    l.m.funcs[id.index()] = func;
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ast::ExprKind::Ident(n) if &**n == "_")
}

/// Calls `f` on every statement of a body, nested statements included
/// (function literals are expressions: not entered).
fn walk_labels(stmts: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    use ast::StmtKind::*;
    for s in stmts {
        f(s);
        match &s.kind {
            Labeled(_, x) => walk_labels(std::slice::from_ref(x), f),
            Block(b) => walk_labels(&b.stmts, f),
            If { then, els, .. } => {
                walk_labels(&then.stmts, f);
                if let Some(e) = els {
                    walk_labels(std::slice::from_ref(e), f);
                }
            }
            For { body, .. } | Range { body, .. } => walk_labels(&body.stmts, f),
            Switch { body, .. } => body.iter().for_each(|c| walk_labels(&c.body, f)),
            TypeSwitch { body, .. } => body.iter().for_each(|c| walk_labels(&c.body, f)),
            Select(cl) => cl.iter().for_each(|c| walk_labels(&c.body, f)),
            _ => {}
        }
    }
}
