//! Evaluating a statement's ordered points first (gc's evaluation order,
//! `crate::order`; as lower/ordered.rs): each point is evaluated into a
//! temporary, by an `S::Eval` before a statement or an `X::Let` around an
//! expression, and `expr`/`call_expr` read the temporary when the rest of
//! the statement reaches the node.

use super::resolve::Fx;
use super::rstmt::read_tmp;
use super::tree::{S, X};
use crate::ast::{Expr, ExprKind, NodeId, Stmt};
use crate::check::Program;
use crate::objects::{ObjId, ObjKind};
use crate::order::{self, Point, PointKind};
use crate::types::TypeId;

/// Points evaluated ahead: (node, its temporary, words).
pub(crate) type Evals = Vec<(X, u32, u32)>;

impl order::Host for Fx<'_> {
    fn prog(&self) -> &Program {
        &self.r.p
    }

    fn type_of(&mut self, e: &Expr) -> TypeId {
        self.tid(e)
    }

    fn subst(&mut self, t: TypeId) -> TypeId {
        self.t(t)
    }

    fn result_types(&self) -> Vec<TypeId> {
        self.results.iter().map(|t| t.id).collect()
    }

    fn plain_local(&self, o: ObjId) -> bool {
        let ObjKind::Var(v) = &self.r.p.obj(o).kind else { return false };
        !v.is_global
            && !v.is_param
            && !v.addr_taken.get()
            && !self.result_objs.contains(&o)
            && !self.captured.contains(&o)
    }
}

impl Fx<'_> {
    /// Evaluates the points of statement `s` first: appends their
    /// evaluation to `out`; returns the nodes to forget after `s`.
    pub fn hoist_stmt(&mut self, s: &Stmt, out: &mut Vec<S>) -> Vec<NodeId> {
        let points = order::stmt_points(self, s);
        let (evals, keys) = self.hoist(&points);
        for (x, tmp, n) in evals {
            out.push(S::Eval { x, n, tmp });
        }
        keys
    }

    /// The evaluations of `points`, in order, into temporaries the nodes
    /// then read.
    pub fn hoist(&mut self, points: &[Point]) -> (Evals, Vec<NodeId>) {
        let mut evals = Vec::with_capacity(points.len());
        let mut keys = Vec::with_capacity(points.len());
        for p in points {
            let (x, types) = self.point_value(p);
            let n = self.words_of_types(&types);
            let tmp = self.tmp(n);
            self.order.insert(p.e.id, (tmp, n, types));
            evals.push((x, tmp, n));
            keys.push(p.e.id);
        }
        (evals, keys)
    }

    fn point_value(&mut self, p: &Point) -> (X, Vec<TypeId>) {
        let t = self.tid(p.e);
        match p.kind {
            PointKind::Value if matches!(p.e.kind, ExprKind::Call { .. }) => self.call_expr(p.e),
            PointKind::Value => (self.expr(p.e), vec![t]),
            PointKind::Snapshot => {
                let x = self.expr(p.e);
                (self.own(x, t), vec![t])
            }
        }
    }

    pub fn forget(&mut self, keys: Vec<NodeId>) {
        for k in keys {
            self.order.remove(&k);
        }
    }

    /// The temporary of a point evaluated ahead, if `e` is one.
    pub fn hoisted(&self, e: &Expr) -> Option<(X, Vec<TypeId>)> {
        self.order.get(&e.id).map(|(tmp, n, ts)| (read_tmp(*tmp, *n), ts.clone()))
    }

    /// An expression evaluated on its own (a condition, a tag, an operand
    /// of `&&`), in gc's order; `target` is the type it is converted to.
    pub fn ordered_expr(&mut self, e: &Expr, target: Option<TypeId>) -> X {
        let points = order::expr_points(self, e, target);
        let (evals, keys) = self.hoist(&points);
        let x = self.expr(e);
        self.forget(keys);
        let_chain(evals, x)
    }

    /// Like `ordered_expr`, converted to `t` and owned (select sends).
    pub fn ordered_owned_to(&mut self, e: &Expr, t: TypeId) -> X {
        let points = order::expr_points(self, e, Some(t));
        let (evals, keys) = self.hoist(&points);
        let x = self.expr_owned_to(e, t);
        self.forget(keys);
        let_chain(evals, x)
    }

    /// Evaluates the points of expression `e` ahead, for code that
    /// resolves it later (range statements): statements for `out`.
    pub fn hoist_expr(&mut self, e: &Expr, out: &mut Vec<S>) -> Vec<NodeId> {
        let points = order::expr_points(self, e, None);
        let (evals, keys) = self.hoist(&points);
        for (x, tmp, n) in evals {
            out.push(S::Eval { x, n, tmp });
        }
        keys
    }
}

/// `x` evaluated after `evals`.
pub(crate) fn let_chain(evals: Evals, x: X) -> X {
    evals.into_iter().rev().fold(x, |body, (x, tmp, n)| X::Let { x: Box::new(x), tmp, n, body: Box::new(body) })
}
