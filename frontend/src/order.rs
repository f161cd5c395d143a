//! The order in which gc evaluates the parts of one statement
//! (docs/decisions/0017-evaluation-order.md).
//!
//! The Go spec fixes only the order of calls, receives and `&&`/`||`;
//! gc evaluates the *ordered points* of a statement (calls, most builtins,
//! receives, logical operators, slice expressions, ...) into temporaries
//! first, in post-order, and reads plain operands (variables, fields,
//! elements, dereferences) afterwards. A point also snapshots some operand
//! values where gc copies them (conversions to interfaces of values it
//! converts through their address, slow map keys, struct comparisons).
//!
//! `stmt_points` and `expr_points` list the points of one separately
//! evaluated unit in evaluation order; the lowering and the tree-walker
//! evaluate them first and reuse their values when they reach the nodes.
//! The list is empty when evaluating strictly left to right gives the
//! same result (nothing but a point's own operands is evaluated before any
//! point), so statements whose order does not matter are unchanged.

use crate::ast::{AssignOp, BinOp, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::check::{strip_parens_pub as strip, Mode, Program, SelKind};
use crate::layout::Layout;
use crate::objects::{Builtin, ObjId, ObjKind};
use crate::types::{ids, Basic, TypeId, TypeKind, TypeTable};

/// What evaluating a point yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PointKind {
    /// The node's value (a call's results, a receive, `a && b`, ...).
    Value,
    /// A copy of the operand's current value (memory-form values copied).
    Snapshot,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Point<'e> {
    pub e: &'e Expr,
    pub kind: PointKind,
}

/// What the planner needs from the engine resolving the function.
pub(crate) trait Host {
    fn prog(&self) -> &Program;
    /// The type of `e` with the instance's type arguments substituted
    /// (untyped constants: their default type).
    fn type_of(&mut self, e: &Expr) -> TypeId;
    /// `t` with the instance's type arguments substituted.
    fn subst(&mut self, t: TypeId) -> TypeId;
    /// The result types of the function whose `return` is lowered.
    fn result_types(&self) -> Vec<TypeId>;
    /// A variable of the function being resolved that is neither a
    /// parameter, a result, captured from an enclosing function, nor
    /// address-taken: gc keeps it in SSA registers (or could).
    fn plain_local(&self, o: ObjId) -> bool;
}

/// The points of a simple statement (expression, send, inc/dec,
/// assignment, go, defer, return, var declaration). Control statements
/// evaluate their parts separately (`expr_points`).
pub(crate) fn stmt_points<'e, H: Host>(h: &mut H, s: &'e Stmt) -> Vec<Point<'e>> {
    let mut p = Planner::new(h);
    match &s.kind {
        StmtKind::Expr(e) => {
            p.expr(e);
            p.drop_top(e);
        }
        StmtKind::Send(ch, v) => {
            p.expr(ch);
            let ct = p.h.type_of(ch);
            let et = p.tt().elem(ct);
            p.expr_to(v, et);
        }
        StmtKind::IncDec(x, _) => {
            p.place(x);
        }
        StmtKind::Assign { lhs, op, rhs } => p.assign(lhs, *op, rhs),
        StmtKind::Go(e) | StmtKind::Defer(e) => p.deferred_call(e),
        StmtKind::Return(rs) => {
            let rtypes = p.h.result_types();
            if rs.len() == 1 && rtypes.len() > 1 {
                p.multi(&rs[0]);
            } else {
                for (r, &t) in rs.iter().zip(&rtypes) {
                    p.expr_to(r, t);
                }
            }
        }
        StmtKind::Decl(g) => p.var_decl(g),
        _ => {}
    }
    p.finish()
}

/// The points of an expression evaluated on its own (a condition, a
/// switch tag or case, a range expression, an operand of `&&`/`||`),
/// converted to `target` when given.
pub(crate) fn expr_points<'e, H: Host>(h: &mut H, e: &'e Expr, target: Option<TypeId>) -> Vec<Point<'e>> {
    let mut p = Planner::new(h);
    match target {
        Some(t) => p.expr_to(e, t),
        None => p.expr(e),
    };
    p.drop_top(e);
    p.finish()
}

/// The points of one dynamic entry `k: v` of a map literal of type `mt`,
/// which gc evaluates as the assignment `m[k] = v`.
pub(crate) fn map_entry_points<'e, H: Host>(h: &mut H, mt: TypeId, k: &'e Expr, v: &'e Expr) -> Vec<Point<'e>> {
    let mut p = Planner::new(h);
    p.map_key(k, mt);
    let vt = p.tt().elem(mt);
    p.expr_to(v, vt);
    p.finish()
}

/// Is this map-literal entry built statically (before the dynamic ones)?
pub(crate) fn is_static_entry(p: &Program, kv: &Expr) -> bool {
    match &kv.kind {
        ExprKind::KeyValue(k, v) => is_static(p, k) && is_static(p, v),
        _ => true,
    }
}

/// Does a map literal have entries gc inserts one by one?
fn has_dynamic_entries(p: &Program, elts: &[Expr]) -> bool {
    elts.iter().any(|e| !is_static_entry(p, e))
}

/// gc's static composite literals: constants, nil, and struct or array
/// literals of them.
fn is_static(p: &Program, e: &Expr) -> bool {
    if p.info.types.get(&e.id).is_some_and(|t| t.val.is_some()) {
        return true;
    }
    match &e.kind {
        ExprKind::Paren(x) => is_static(p, x),
        ExprKind::Ident(_) => p.info.uses.get(&e.id).is_some_and(|&o| matches!(p.obj(o).kind, ObjKind::Nil)),
        ExprKind::CompositeLit { elts, .. } => {
            let t = p.info.types.get(&e.id).map(|t| t.ty).unwrap_or(ids::INVALID);
            matches!(p.tt.under(t), TypeKind::Struct(_) | TypeKind::Array(..))
                && elts.iter().all(|el| match &el.kind {
                    ExprKind::KeyValue(_, v) => is_static(p, v),
                    _ => is_static(p, el),
                })
        }
        _ => false,
    }
}

struct Planner<'h, 'e, H: Host> {
    h: &'h mut H,
    points: Vec<Point<'e>>,
    /// Something other than a completed point's own operands has been
    /// evaluated (read, or checked) so far, in left-to-right order.
    dirty: bool,
    /// Some point follows such an evaluation: left-to-right order would
    /// differ from gc's, so the points must be evaluated first.
    needed: bool,
}

impl<'h, 'e, H: Host> Planner<'h, 'e, H> {
    fn new(h: &'h mut H) -> Self {
        Planner { h, points: Vec::new(), dirty: false, needed: false }
    }

    fn finish(self) -> Vec<Point<'e>> {
        if self.needed {
            self.points
        } else {
            Vec::new()
        }
    }

    fn tt(&self) -> &TypeTable {
        &self.h.prog().tt
    }

    fn mode(&self, e: &Expr) -> Option<Mode> {
        self.h.prog().info.types.get(&e.id).map(|t| t.mode)
    }

    fn is_const(&self, e: &Expr) -> bool {
        self.h.prog().info.types.get(&e.id).is_some_and(|t| t.val.is_some())
    }

    /// Records a point whose operands were visited since `entry` (the
    /// dirty state before them): they belong to it.
    fn push(&mut self, e: &'e Expr, kind: PointKind, entry: bool) {
        self.needed |= entry;
        self.dirty = entry;
        self.points.push(Point { e, kind });
    }

    /// The statement's whole expression need not be evaluated first.
    fn drop_top(&mut self, e: &Expr) {
        let top = strip(e);
        if self.points.last().is_some_and(|p| std::ptr::eq(p.e, top) && p.kind == PointKind::Value) {
            self.points.pop();
        }
    }

    // ---- expressions ----

    /// Visits `e` in evaluation order; true if its value is a point's.
    fn expr(&mut self, e: &'e Expr) -> bool {
        if self.is_const(e) || self.mode(e) == Some(Mode::TypeExpr) {
            return false;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => {
                self.dirty |= self.is_var(e);
                false
            }
            ExprKind::CompositeLit { elts, .. } => self.composite(e, elts),
            ExprKind::Selector(x, _) => {
                self.selector(e, x);
                false
            }
            ExprKind::Index(x, idx) => {
                self.index(x, idx);
                false
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let entry = self.dirty;
                self.expr(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.slice_index(i);
                }
                self.push(e, PointKind::Value, entry);
                true
            }
            ExprKind::TypeAssert(x, _) => {
                let entry = self.dirty;
                self.expr(x);
                let t = self.h.type_of(e);
                if gc_direct_iface(self.tt(), t) {
                    self.dirty = true;
                    return false;
                }
                self.push(e, PointKind::Value, entry);
                true
            }
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Unary(UnOp::Recv, x) => {
                let entry = self.dirty;
                self.expr(x);
                self.push(e, PointKind::Value, entry);
                true
            }
            ExprKind::Unary(UnOp::Addr, x) => {
                match &strip(x).kind {
                    ExprKind::CompositeLit { .. } => {
                        self.expr(x);
                    }
                    _ => self.place(x),
                }
                self.dirty = true;
                false
            }
            ExprKind::Star(x) | ExprKind::Unary(_, x) => {
                self.expr(x);
                self.dirty = true;
                false
            }
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b),
            _ => false,
        }
    }

    /// Visits `e` converted (implicitly) to `t`; a conversion to an
    /// interface may copy the value now.
    fn expr_to(&mut self, e: &'e Expr, t: TypeId) -> bool {
        let entry = self.dirty;
        if self.expr(e) || self.is_const(e) {
            return true;
        }
        let et = self.h.type_of(e);
        let to_iface = self.tt().is_interface(t) && !self.tt().is_interface(et) && et != ids::UNTYPED_NIL;
        if to_iface && needs_addr(self.tt(), et) && self.copies_operand(e) {
            self.push(e, PointKind::Snapshot, entry);
            return true;
        }
        false
    }

    fn is_var(&self, e: &Expr) -> bool {
        let p = self.h.prog();
        p.info.uses.get(&e.id).is_some_and(|&o| matches!(p.obj(o).kind, ObjKind::Var(_)))
    }

    fn selector(&mut self, e: &'e Expr, x: &'e Expr) {
        let kind = self.h.prog().info.selections.get(&e.id).map(|s| s.kind);
        match kind {
            // A qualified identifier (a package-level variable or func).
            None => {
                if let ExprKind::Selector(_, s) = &e.kind {
                    let p = self.h.prog();
                    self.dirty |= p.info.uses.get(&s.id).is_some_and(|&o| matches!(p.obj(o).kind, ObjKind::Var(_)));
                }
            }
            Some(SelKind::MethodExpr) => {}
            Some(SelKind::Field | SelKind::Method) => {
                self.expr(x);
                self.dirty = true;
            }
        }
    }

    fn index(&mut self, x: &'e Expr, idx: &'e [Expr]) {
        // An instantiation f[T] (or a bound generic method v.M[T]).
        if self.h.prog().info.instances.contains_key(&x.id) {
            if let ExprKind::Selector(recv, _) = &x.kind {
                self.expr(recv);
                self.dirty = true;
            }
            return;
        }
        let xt = self.h.type_of(x);
        self.expr(x);
        if let Some(i) = idx.first() {
            if matches!(self.tt().under(xt), TypeKind::Map(..)) {
                self.map_key(i, xt);
            } else {
                self.expr(i);
            }
        }
        self.dirty = true;
    }

    /// A slice index that is not a variable or constant is copied at its
    /// position.
    fn slice_index(&mut self, i: &'e Expr) {
        let entry = self.dirty;
        if self.expr(i) || self.is_const(i) || matches!(strip(i).kind, ExprKind::Ident(_)) {
            return;
        }
        self.push(i, PointKind::Snapshot, entry);
    }

    /// A map key, converted to the key type of map type `mt`; copied now
    /// unless gc passes it to the fast map routines as it is.
    fn map_key(&mut self, k: &'e Expr, mt: TypeId) {
        let TypeKind::Map(kt, _) = self.tt().under(mt).clone() else { return };
        let kt = self.h.subst(kt);
        let entry = self.dirty;
        if self.expr_to(k, kt) || self.is_const(k) {
            return;
        }
        let et = self.h.type_of(k);
        let boxed = self.tt().is_interface(kt) && !self.tt().is_interface(et);
        let copy = match key_class(self.tt(), mt) {
            KeyClass::Direct => false,
            KeyClass::Cast => true,
            KeyClass::Slow => boxed || self.copies_operand(k),
        };
        if copy {
            self.push(k, PointKind::Snapshot, entry);
        }
    }

    fn composite(&mut self, e: &'e Expr, elts: &'e [Expr]) -> bool {
        let mut t = self.h.type_of(e);
        if let TypeKind::Pointer(b) = self.tt().under(t).clone() {
            t = self.h.subst(b);
        }
        match self.tt().under(t).clone() {
            TypeKind::Map(..) => {
                if !has_dynamic_entries(self.h.prog(), elts) {
                    return false;
                }
                // Built by its own assignments, at its position.
                let entry = self.dirty;
                self.push(e, PointKind::Value, entry);
                true
            }
            TypeKind::Struct(fields) => {
                let items = crate::lower::struct_paths(self.h.prog(), &fields, elts);
                for (path, v) in items {
                    let ft = self.field_type(t, &path);
                    self.expr_to(v, ft);
                }
                false
            }
            TypeKind::Array(_, et) | TypeKind::Slice(et) => {
                let et = self.h.subst(et);
                for el in elts {
                    let v = match &el.kind {
                        ExprKind::KeyValue(_, v) => &**v,
                        _ => el,
                    };
                    self.expr_to(v, et);
                }
                false
            }
            _ => false,
        }
    }

    fn field_type(&mut self, t: TypeId, path: &[usize]) -> TypeId {
        let mut cur = t;
        for &i in path {
            let ft = match self.tt().under(cur) {
                TypeKind::Struct(fs) => fs.get(i).map(|f| f.ty).unwrap_or(ids::INVALID),
                _ => return ids::INVALID,
            };
            cur = self.h.subst(ft);
        }
        cur
    }

    fn call(&mut self, e: &'e Expr) -> bool {
        let ExprKind::Call { fun, args, ellipsis, .. } = &e.kind else { return false };
        match self.mode(fun) {
            Some(Mode::TypeExpr) => self.conversion(e, args),
            Some(Mode::Builtin) => self.builtin(e, fun, args, ellipsis.is_some()),
            _ => {
                let entry = self.dirty;
                self.expr(fun);
                self.args(fun, args, ellipsis.is_some());
                self.push(strip(e), PointKind::Value, entry);
                true
            }
        }
    }

    /// Call arguments, converted to the parameter types.
    fn args(&mut self, fun: &'e Expr, args: &'e [Expr], spread: bool) {
        let ft = self.h.type_of(fun);
        let Some(sig) = self.tt().sig(ft).cloned() else {
            args.iter().for_each(|a| {
                self.expr(a);
            });
            return;
        };
        let np = sig.params.len();
        for (i, a) in args.iter().enumerate() {
            let pt = match sig.params.get(i.min(np.saturating_sub(1))) {
                Some(&pt) if sig.variadic && i + 1 >= np && !spread => self.tt().elem(pt),
                Some(&pt) if i < np => pt,
                _ => {
                    self.expr(a);
                    continue;
                }
            };
            let pt = self.h.subst(pt);
            self.expr_to(a, pt);
        }
    }

    fn conversion(&mut self, e: &'e Expr, args: &'e [Expr]) -> bool {
        let Some(x) = args.first() else { return false };
        let t = self.h.type_of(e);
        if self.tt().is_interface(t) {
            self.expr_to(x, t);
            self.dirty = true;
            return false;
        }
        let entry = self.dirty;
        self.expr(x);
        let xt = self.h.type_of(x);
        let from_string = self.tt().basic(xt).is_some_and(|b| b.is_string());
        if from_string && matches!(self.tt().under(t), TypeKind::Slice(_)) {
            self.push(e, PointKind::Value, entry);
            return true;
        }
        self.dirty = true;
        false
    }

    fn builtin(&mut self, e: &'e Expr, fun: &Expr, args: &'e [Expr], spread: bool) -> bool {
        let b = builtin_of(self.h.prog(), fun);
        let entry = self.dirty;
        match b {
            Some(Builtin::Append) => {
                let st = self.h.type_of(e);
                let et = self.tt().elem(st);
                for (i, a) in args.iter().enumerate() {
                    if i == 0 || spread {
                        self.expr(a);
                    } else {
                        self.expr_to(a, et);
                    }
                }
            }
            Some(
                Builtin::Len
                | Builtin::Cap
                | Builtin::Copy
                | Builtin::Complex
                | Builtin::Real
                | Builtin::Imag
                | Builtin::Min
                | Builtin::Max
                | Builtin::Make
                | Builtin::New
                | Builtin::Recover,
            ) => args.iter().for_each(|a| {
                self.expr(a);
            }),
            Some(Builtin::Panic) => {
                if let Some(a) = args.first() {
                    let any = self.h.prog().any_type();
                    self.expr_to(a, any);
                }
                self.dirty = true;
                return false;
            }
            Some(Builtin::Delete) => {
                if let [m, k] = args {
                    let mt = self.h.type_of(m);
                    self.expr(m);
                    self.map_key(k, mt);
                }
                self.dirty = true;
                return false;
            }
            _ => {
                args.iter().for_each(|a| {
                    self.expr(a);
                });
                self.dirty = true;
                return false;
            }
        }
        self.push(strip(e), PointKind::Value, entry);
        true
    }

    fn binary(&mut self, e: &'e Expr, op: BinOp, a: &'e Expr, b: &'e Expr) -> bool {
        match op {
            BinOp::LAnd | BinOp::LOr => {
                // Evaluated whole at its position, its operands on their own.
                let entry = self.dirty;
                self.push(e, PointKind::Value, entry);
                true
            }
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                let (at, bt) = (self.h.type_of(a), self.h.type_of(b));
                let (ai, bi) = (self.tt().is_interface(at), self.tt().is_interface(bt));
                let ea = self.dirty;
                let ta = if bi && !ai { self.expr_to(a, bt) } else { self.expr(a) };
                let eb = self.dirty;
                let tb = if ai && !bi { self.expr_to(b, at) } else { self.expr(b) };
                // Structs and arrays are compared through their addresses.
                if !ai && !bi && matches!(self.tt().under(at), TypeKind::Struct(_) | TypeKind::Array(..)) {
                    if !ta && self.copies_operand(a) {
                        self.push(a, PointKind::Snapshot, ea);
                    }
                    if !tb && self.copies_operand(b) {
                        self.push(b, PointKind::Snapshot, eb);
                    }
                }
                self.dirty = true;
                false
            }
            _ => {
                self.expr(a);
                self.expr(b);
                self.dirty = true;
                false
            }
        }
    }

    /// Whether gc copies operand `e` when it needs its address: unless it
    /// is a constant or static literal, or addressable memory other than a
    /// register-like local variable.
    fn copies_operand(&mut self, e: &Expr) -> bool {
        if self.is_const(e) || is_static(self.h.prog(), e) {
            return false;
        }
        if self.mode(e) != Some(Mode::Variable) {
            return true;
        }
        match outer_var(self.h.prog(), e) {
            Some(o) if self.h.plain_local(o) => {
                let t = self.h.prog().obj(o).ty();
                let t = self.h.subst(t);
                can_ssa(self.tt(), t)
            }
            _ => false,
        }
    }

    // ---- statements ----

    /// An assignment's left side: its operands, not the location itself.
    fn place(&mut self, e: &'e Expr) {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(_) => {}
            ExprKind::Index(x, idx) if !self.h.prog().info.instances.contains_key(&x.id) => {
                let xt = self.h.type_of(x);
                match self.tt().under(xt) {
                    TypeKind::Map(..) => {
                        self.expr(x);
                        if let Some(k) = idx.first() {
                            self.map_key(k, xt);
                        }
                    }
                    TypeKind::Array(..) => {
                        self.place(x);
                        if let Some(i) = idx.first() {
                            self.expr(i);
                        }
                    }
                    _ => {
                        self.expr(x);
                        if let Some(i) = idx.first() {
                            self.expr(i);
                        }
                    }
                }
                self.dirty = true;
            }
            ExprKind::Selector(x, _) => {
                let sel = self.h.prog().info.selections.get(&e.id).cloned();
                match sel {
                    Some(s) if s.kind == SelKind::Field => {
                        let xt = self.h.type_of(x);
                        if s.indirect || matches!(self.tt().under(xt), TypeKind::Pointer(_)) {
                            self.expr(x);
                        } else {
                            self.place(x);
                        }
                        self.dirty = true;
                    }
                    _ => {
                        self.expr(e);
                    }
                }
            }
            _ => {
                self.expr(e);
                self.dirty = true;
            }
        }
    }

    fn assign(&mut self, lhs: &'e [Expr], op: AssignOp, rhs: &'e [Expr]) {
        match op {
            AssignOp::Op(bop) => {
                let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else { return };
                self.place(l);
                let lt = self.h.type_of(l);
                self.dirty = true;
                if matches!(bop, BinOp::Shl | BinOp::Shr) {
                    self.expr(r);
                } else {
                    self.expr_to(r, lt);
                }
            }
            AssignOp::Define | AssignOp::Assign => {
                let mut targets = Vec::new();
                for l in lhs {
                    if op == AssignOp::Assign {
                        self.place(l);
                    }
                    targets.push(self.target_type(l));
                }
                if rhs.len() == 1 && lhs.len() > 1 {
                    self.multi(&rhs[0]);
                    return;
                }
                for (r, t) in rhs.iter().zip(targets) {
                    match t {
                        Some(t) => self.expr_to(r, t),
                        None => self.expr(r),
                    };
                }
            }
        }
    }

    /// The type a value assigned to `l` is converted to (None for `_`).
    fn target_type(&mut self, l: &Expr) -> Option<TypeId> {
        if let ExprKind::Ident(n) = &l.kind {
            if &**n == "_" {
                return None;
            }
            let p = self.h.prog();
            let o = p.info.defs.get(&l.id).or_else(|| p.info.uses.get(&l.id)).copied()?;
            let t = p.obj(o).ty();
            return Some(self.h.subst(t));
        }
        Some(self.h.type_of(l))
    }

    /// The right side of `a, b = x` with several values.
    fn multi(&mut self, e: &'e Expr) {
        let inner = strip(e);
        match &inner.kind {
            ExprKind::Index(x, idx) => {
                let mt = self.h.type_of(x);
                self.expr(x);
                if let Some(k) = idx.first() {
                    self.map_key(k, mt);
                }
            }
            ExprKind::TypeAssert(x, _) | ExprKind::Unary(UnOp::Recv, x) => {
                self.expr(x);
            }
            _ => {
                self.expr(inner);
            }
        }
    }

    /// `go f(x)` / `defer f(x)`: the function and arguments, not the call.
    fn deferred_call(&mut self, e: &'e Expr) {
        let ExprKind::Call { fun, args, ellipsis, .. } = &strip(e).kind else { return };
        if self.mode(fun) == Some(Mode::Builtin) {
            let b = builtin_of(self.h.prog(), fun);
            for a in args {
                if b == Some(Builtin::Panic) {
                    let any = self.h.prog().any_type();
                    self.expr_to(a, any);
                } else {
                    self.expr(a);
                }
            }
            return;
        }
        self.expr(fun);
        self.args(fun, args, ellipsis.is_some());
    }

    fn var_decl(&mut self, g: &'e crate::ast::GenDecl) {
        if g.kind != crate::ast::GenKind::Var {
            return;
        }
        for spec in &g.specs {
            let crate::ast::Spec::Value(vs) = spec else { continue };
            if vs.values.len() == 1 && vs.names.len() > 1 {
                self.multi(&vs.values[0]);
                continue;
            }
            for (n, v) in vs.names.iter().zip(&vs.values) {
                let p = self.h.prog();
                let t = p.info.defs.get(&n.id).map(|&o| p.obj(o).ty());
                match t {
                    Some(t) => {
                        let t = self.h.subst(t);
                        self.expr_to(v, t);
                    }
                    None => {
                        self.expr(v);
                    }
                }
            }
        }
    }
}

fn builtin_of(p: &Program, fun: &Expr) -> Option<Builtin> {
    let f = strip(fun);
    let id = match &f.kind {
        ExprKind::Selector(_, s) => s.id,
        _ => f.id,
    };
    match p.info.uses.get(&id).map(|&o| &p.obj(o).kind) {
        Some(ObjKind::Builtin(b)) => Some(*b),
        _ => None,
    }
}

/// The variable whose storage an addressable expression is part of (gc's
/// `OuterValue`): through fields and array elements, not pointers.
fn outer_var(p: &Program, e: &Expr) -> Option<ObjId> {
    match &e.kind {
        ExprKind::Paren(x) => outer_var(p, x),
        ExprKind::Ident(_) => {
            let o = *p.info.uses.get(&e.id)?;
            matches!(p.obj(o).kind, ObjKind::Var(_)).then_some(o)
        }
        ExprKind::Selector(x, _) => {
            let s = p.info.selections.get(&e.id)?;
            let through_ptr = s.indirect || matches!(p.tt.under(s.recv), TypeKind::Pointer(_));
            (s.kind == SelKind::Field && !through_ptr).then(|| outer_var(p, x)).flatten()
        }
        ExprKind::Index(x, _) => {
            let xt = p.info.types.get(&x.id).map(|t| t.ty).unwrap_or(ids::INVALID);
            matches!(p.tt.under(xt), TypeKind::Array(..)).then(|| outer_var(p, x)).flatten()
        }
        _ => None,
    }
}

// ---- gc's type predicates ----

fn size_align(tt: &TypeTable, t: TypeId) -> (u64, u64) {
    let l = Layout::new(tt);
    (l.size(t), l.align(t))
}

fn has_pointers(tt: &TypeTable, t: TypeId) -> bool {
    match tt.under(t) {
        TypeKind::Basic(b) => matches!(b, Basic::String | Basic::UntypedString | Basic::UnsafePointer),
        TypeKind::Array(n, e) => *n > 0 && has_pointers(tt, *e),
        TypeKind::Struct(fs) => fs.iter().any(|f| has_pointers(tt, f.ty)),
        _ => true,
    }
}

/// The only scalar component of `t`, if it has exactly one.
fn sole_component(tt: &TypeTable, t: TypeId) -> Option<TypeId> {
    match tt.under(t) {
        TypeKind::Struct(fs) if fs.len() == 1 => sole_component(tt, fs[0].ty),
        TypeKind::Struct(_) => None,
        TypeKind::Array(1, e) => sole_component(tt, *e),
        TypeKind::Array(..) => None,
        _ => Some(t),
    }
}

/// Whether gc converts a value of concrete type `t` to an interface
/// through its address (runtime.convT / convTnoptr), rather than by value
/// (convT16/32/64, convTstring, convTslice).
pub(crate) fn needs_addr(tt: &TypeTable, t: TypeId) -> bool {
    let (size, align) = size_align(tt, t);
    let by_value = match (size, align) {
        (2, 2) => true,
        (4, 4) | (8, 8) => !has_pointers(tt, t),
        _ => false,
    };
    if by_value {
        return false;
    }
    let sole = sole_component(tt, t).map(|c| tt.under(c).clone());
    !matches!(sole, Some(TypeKind::Slice(_) | TypeKind::Basic(Basic::String)))
}

/// gc's `IsDirectIface`: one pointer word, held in the interface itself.
fn gc_direct_iface(tt: &TypeTable, t: TypeId) -> bool {
    size_align(tt, t).0 == 8 && pointer_word(tt, t)
}

fn pointer_word(tt: &TypeTable, t: TypeId) -> bool {
    match tt.under(t) {
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => true,
        TypeKind::Basic(b) => *b == Basic::UnsafePointer,
        TypeKind::Array(1, e) => pointer_word(tt, *e),
        TypeKind::Struct(fs) => {
            let sized: Vec<_> = fs.iter().filter(|f| size_align(tt, f.ty).0 > 0).collect();
            sized.len() == 1 && pointer_word(tt, sized[0].ty)
        }
        _ => false,
    }
}

/// Whether gc may keep a variable of type `t` in SSA registers
/// (`ssa.CanSSA`).
fn can_ssa(tt: &TypeTable, t: TypeId) -> bool {
    let size = size_align(tt, t).0;
    if size == 0 {
        return true;
    }
    if size > 32 {
        return false;
    }
    match tt.under(t) {
        TypeKind::Array(n, e) => *n <= 1 && can_ssa(tt, *e),
        TypeKind::Struct(fs) => gc_direct_iface(tt, t) || fs.len() <= 4 && fs.iter().all(|f| can_ssa(tt, f.ty)),
        _ => true,
    }
}

/// How gc passes a key to the map routines.
enum KeyClass {
    /// To a fast routine, as it is (integers, strings, pointers).
    Direct,
    /// To a fast routine through a temporary of the routine's key type.
    Cast,
    /// By address to the generic routine.
    Slow,
}

#[derive(PartialEq)]
enum Alg {
    Mem,
    Str,
    Other,
}

fn key_class(tt: &TypeTable, mt: TypeId) -> KeyClass {
    let TypeKind::Map(k, v) = tt.under(mt).clone() else { return KeyClass::Slow };
    if size_align(tt, v).0 > 128 {
        return KeyClass::Slow;
    }
    let direct = match tt.under(k) {
        TypeKind::Basic(b) => matches!(
            b,
            Basic::Int
                | Basic::Uint
                | Basic::Int32
                | Basic::Uint32
                | Basic::Int64
                | Basic::Uint64
                | Basic::Uintptr
                | Basic::String
                | Basic::UnsafePointer
        ),
        TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
        _ => false,
    };
    if direct {
        return KeyClass::Direct;
    }
    let size = size_align(tt, k).0;
    match alg(tt, k) {
        Alg::Mem if size == 4 || size == 8 => KeyClass::Cast,
        Alg::Str => KeyClass::Cast,
        _ => KeyClass::Slow,
    }
}

/// The kind of gc's equality algorithm for `t` (`types.AlgType`).
fn alg(tt: &TypeTable, t: TypeId) -> Alg {
    match tt.under(t) {
        TypeKind::Basic(b) if b.is_string() => Alg::Str,
        TypeKind::Basic(b) if b.is_float() || b.is_complex() => Alg::Other,
        TypeKind::Basic(_) | TypeKind::Pointer(_) | TypeKind::Chan(..) => Alg::Mem,
        TypeKind::Array(0, _) => Alg::Mem,
        TypeKind::Array(n, e) => match alg(tt, *e) {
            Alg::Mem => Alg::Mem,
            a if *n == 1 => a,
            _ => Alg::Other,
        },
        TypeKind::Struct(fs) if fs.len() == 1 && &*fs[0].name != "_" => alg(tt, fs[0].ty),
        TypeKind::Struct(fs) => {
            let offs = Layout::new(tt).field_offsets(t);
            let size = size_align(tt, t).0;
            let packed = fs.iter().enumerate().all(|(i, f)| {
                let end = offs[i] + size_align(tt, f.ty).0;
                let next = offs.get(i + 1).copied().unwrap_or(size);
                &*f.name != "_" && alg(tt, f.ty) == Alg::Mem && end == next
            });
            if packed {
                Alg::Mem
            } else {
                Alg::Other
            }
        }
        _ => Alg::Other,
    }
}
