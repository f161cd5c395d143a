//! Evaluating a statement's ordered points first (gc's evaluation order,
//! `crate::order`): their values are kept by node, and `expr`/`call_expr`
//! return them when the rest of the statement reaches the nodes. Points
//! are evaluated in the statement's current block, before anything
//! conditional, so their values dominate every use.

use super::func::{FnLower, Vals};
use crate::ast::{Expr, ExprKind, NodeId, Stmt};
use crate::check::Program;
use crate::objects::{ObjId, ObjKind};
use crate::order::{self, Point, PointKind};
use crate::types::TypeId;

impl order::Host for FnLower<'_, '_> {
    fn prog(&self) -> &Program {
        self.l.p
    }

    fn type_of(&mut self, e: &Expr) -> TypeId {
        self.ty(e)
    }

    fn subst(&mut self, t: TypeId) -> TypeId {
        self.t(t)
    }

    fn result_types(&self) -> Vec<TypeId> {
        self.results.clone()
    }

    fn plain_local(&self, o: ObjId) -> bool {
        let ObjKind::Var(v) = &self.l.p.obj(o).kind else { return false };
        !v.is_global
            && !v.is_param
            && !v.addr_taken.get()
            && !self.result_objs.contains(&o)
            && !self.captured.contains(&o)
    }
}

impl FnLower<'_, '_> {
    /// Evaluates the points of statement `s` (see `crate::order`); returns
    /// the nodes to forget once the statement is lowered.
    pub fn hoist_stmt(&mut self, s: &Stmt) -> Vec<NodeId> {
        let points = order::stmt_points(self, s);
        self.hoist(&points)
    }

    /// Evaluates points now, in order, remembering their values.
    pub fn hoist(&mut self, points: &[Point]) -> Vec<NodeId> {
        let mut keys = Vec::with_capacity(points.len());
        for p in points {
            let v = self.point_value(p);
            self.order.insert(p.e.id, v);
            keys.push(p.e.id);
        }
        keys
    }

    fn point_value(&mut self, p: &Point) -> (Vals, Vec<TypeId>) {
        let t = self.ty(p.e);
        match p.kind {
            PointKind::Value if matches!(p.e.kind, ExprKind::Call { .. }) => self.call_expr(p.e),
            PointKind::Value => (self.expr(p.e), vec![t]),
            PointKind::Snapshot => {
                let v = self.expr(p.e);
                (self.own(v, t), vec![t])
            }
        }
    }

    pub fn forget(&mut self, keys: Vec<NodeId>) {
        for k in keys {
            self.order.remove(&k);
        }
    }

    /// The value of a point evaluated ahead, if `e` is one.
    pub fn hoisted(&self, e: &Expr) -> Option<Vals> {
        self.order.get(&e.id).map(|(v, _)| v.clone())
    }

    /// An expression evaluated on its own (a condition, a tag, an operand
    /// of `&&`), in gc's order; `target` is the type it is converted to.
    pub fn ordered_expr(&mut self, e: &Expr, target: Option<TypeId>) -> Vals {
        let points = order::expr_points(self, e, target);
        let keys = self.hoist(&points);
        let v = self.expr(e);
        self.forget(keys);
        v
    }

    /// Like `ordered_expr`, converted to `t` and owned (select sends).
    pub fn ordered_owned_to(&mut self, e: &Expr, t: TypeId) -> Vals {
        let points = order::expr_points(self, e, Some(t));
        let keys = self.hoist(&points);
        let v = self.expr_owned_to(e, t);
        self.forget(keys);
        v
    }

    /// Evaluates the points of expression `e` now, for code that lowers
    /// it later in several ways (range statements).
    pub fn hoist_expr(&mut self, e: &Expr) -> Vec<NodeId> {
        let points = order::expr_points(self, e, None);
        self.hoist(&points)
    }
}
