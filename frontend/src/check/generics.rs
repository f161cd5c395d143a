//! Generics: substitution, instantiation of types and functions,
//! constraint satisfaction and type argument inference at calls.

use super::expr::Operand;
use super::{Checker, Mode};
use crate::ast::{Expr, ExprKind, Pos};
use crate::types::{ids, Field, Iface, Method, NamedInfo, Sig, Term, TypeId, TypeKind};
use std::collections::HashMap;

impl Checker {
    /// Replaces type parameters by type arguments throughout `t`.
    pub fn subst(&mut self, t: TypeId, tparams: &[TypeId], targs: &[TypeId]) -> TypeId {
        if tparams.is_empty() {
            return t;
        }
        let map: HashMap<TypeId, TypeId> = tparams.iter().copied().zip(targs.iter().copied()).collect();
        self.subst_map(t, &map, 0)
    }

    pub fn subst_map(&mut self, t: TypeId, m: &HashMap<TypeId, TypeId>, depth: u32) -> TypeId {
        if depth > 64 {
            return t;
        }
        let d = depth + 1;
        if let Some(&r) = m.get(&t) {
            return r;
        }
        match self.tt.kind(t).clone() {
            TypeKind::Basic(_) | TypeKind::TypeParam(_) => t,
            TypeKind::Pointer(e) => {
                let e = self.subst_map(e, m, d);
                self.tt.pointer(e)
            }
            TypeKind::Slice(e) => {
                let e = self.subst_map(e, m, d);
                self.tt.slice(e)
            }
            TypeKind::Array(n, e) => {
                let e = self.subst_map(e, m, d);
                self.tt.array(n, e)
            }
            TypeKind::Map(k, v) => {
                let k = self.subst_map(k, m, d);
                let v = self.subst_map(v, m, d);
                self.tt.map(k, v)
            }
            TypeKind::Chan(dir, e) => {
                let e = self.subst_map(e, m, d);
                self.tt.intern(TypeKind::Chan(dir, e))
            }
            TypeKind::Struct(fs) => {
                let fs: Vec<Field> = fs.into_iter().map(|f| Field { ty: self.subst_map(f.ty, m, d), ..f }).collect();
                self.tt.intern(TypeKind::Struct(fs))
            }
            TypeKind::Func(s) => {
                let params = s.params.iter().map(|&p| self.subst_map(p, m, d)).collect();
                let results = s.results.iter().map(|&p| self.subst_map(p, m, d)).collect();
                self.tt.func(params, results, s.variadic)
            }
            TypeKind::Interface(i) => {
                let methods =
                    i.methods.into_iter().map(|mm| Method { sig: self.subst_map(mm.sig, m, d), ..mm }).collect();
                let terms =
                    i.terms.map(|ts| ts.into_iter().map(|tm| Term { ty: self.subst_map(tm.ty, m, d), ..tm }).collect());
                self.tt.intern(TypeKind::Interface(Iface { methods, terms, comparable: i.comparable }))
            }
            TypeKind::Tuple(ts) => {
                let ts = ts.iter().map(|&x| self.subst_map(x, m, d)).collect();
                self.tt.tuple(ts)
            }
            TypeKind::Named(_) => {
                let info = self.tt.named_info(t).unwrap();
                // A generic type used inside its own declaration stands for
                // its instance with its own parameters.
                let (origin, targs) = match info.origin {
                    Some(o) => (o, info.targs.clone()),
                    None if !info.tparams.is_empty() => (t, info.tparams.clone()),
                    None => return t,
                };
                let new: Vec<TypeId> = targs.iter().map(|&a| self.subst_map(a, m, d)).collect();
                if new == targs {
                    return t;
                }
                self.instantiate_named(origin, &new)
            }
        }
    }

    /// The instance `origin[targs]` (the origin itself for its own params).
    pub fn instantiate_named(&mut self, origin: TypeId, targs: &[TypeId]) -> TypeId {
        let Some(info) = self.tt.named_info(origin) else { return origin };
        if info.tparams == targs {
            return origin;
        }
        let key = (origin, targs.to_vec());
        if let Some(&t) = self.tt.instances.get(&key) {
            return t;
        }
        let (name, pkg, obj, tparams, ounder) =
            (info.name.clone(), info.pkg.clone(), info.obj, info.tparams.clone(), info.underlying);
        let inst = self.tt.new_named(NamedInfo {
            name,
            pkg,
            obj,
            underlying: ids::INVALID,
            methods: vec![],
            tparams: vec![],
            origin: Some(origin),
            targs: targs.to_vec(),
            local_index: 0,
        });
        self.tt.instances.insert(key, inst);
        if ounder != ids::INVALID {
            let u = self.subst(ounder, &tparams, targs);
            let u = self.tt.underlying(u);
            self.tt.named_info_mut(inst).unwrap().underlying = u;
        } else {
            self.pending_instances.push(inst);
        }
        inst
    }

    /// Completes instances created before their generic type's underlying
    /// type was known.
    pub(crate) fn complete_instances(&mut self) {
        let pending = std::mem::take(&mut self.pending_instances);
        for inst in pending {
            let info = self.tt.named_info(inst).unwrap();
            let origin = info.origin.unwrap();
            let targs = info.targs.clone();
            let o = self.tt.named_info(origin).unwrap();
            let (tparams, ounder) = (o.tparams.clone(), o.underlying);
            if ounder == ids::INVALID {
                self.pending_instances.push(inst);
                continue;
            }
            let u = self.subst(ounder, &tparams, &targs);
            let u = self.tt.underlying(u);
            self.tt.named_info_mut(inst).unwrap().underlying = u;
        }
    }

    /// `G[args]` for a generic named type, with checks.
    pub(crate) fn instantiate_type(
        &mut self,
        g: TypeId,
        targs: &[TypeId],
        pos: Pos,
        arg_pos: &[Pos],
    ) -> Option<TypeId> {
        let Some(info) = self.tt.named_info(g) else {
            let s = self.tstr(g);
            self.error(pos, format!("{s} is not a generic type"));
            return None;
        };
        if info.tparams.is_empty() || info.origin.is_some() {
            let s = self.tstr(g);
            self.error(pos, format!("{s} is not a generic type"));
            return None;
        }
        let tparams = info.tparams.clone();
        if targs.contains(&ids::INVALID) {
            return None;
        }
        if targs.len() != tparams.len() {
            let s = self.tstr(g);
            let which = if targs.len() < tparams.len() { "not enough" } else { "too many" };
            self.error(
                pos,
                format!("{which} type arguments for type {s}: have {}, want {}", targs.len(), tparams.len()),
            );
            return None;
        }
        if !self.verify_targs(&tparams, targs, pos, arg_pos) {
            return None;
        }
        Some(self.instantiate_named(g, targs))
    }

    /// Checks that each type argument satisfies its constraint.
    /// Errors point at the type argument when its position is known
    /// (`arg_pos`), else at `pos`.
    pub(crate) fn verify_targs(&mut self, tparams: &[TypeId], targs: &[TypeId], pos: Pos, arg_pos: &[Pos]) -> bool {
        for (k, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let pos = arg_pos.get(k).copied().unwrap_or(pos);
            let c = self.tt.tparam_info(tp).map(|i| i.constraint).unwrap_or(ids::EMPTY_IFACE);
            let c = self.subst(c, tparams, targs);
            if let Some(why) = self.unsatisfied(ta, c) {
                let (ts, cs) = (self.tstr(ta), self.constraint_name(c, tp));
                self.error(pos, format!("{ts} does not satisfy {cs}{why}"));
                return false;
            }
        }
        true
    }

    fn constraint_name(&self, c: TypeId, tp: TypeId) -> String {
        // Show named constraints by name, else their literal form.
        let orig = self.tt.tparam_info(tp).map(|i| i.constraint).unwrap_or(c);
        self.tstr(orig)
    }

    /// Why `t` does not satisfy constraint `c` (None if it does).
    pub(crate) fn unsatisfied(&mut self, t: TypeId, c: TypeId) -> Option<String> {
        let iface = self.tt.iface(c).cloned()?;
        if let Some(terms) = &iface.terms {
            let ok = if let Some(info) = self.tt.tparam_info(t) {
                // Every type in t's type set must be in c's.
                let tc = info.constraint;
                match self.tt.iface(tc).and_then(|i| i.terms.clone()) {
                    Some(tterms) => tterms.iter().all(|x| self.term_in(x.ty, x.tilde, terms)),
                    None => false,
                }
            } else {
                self.term_in(t, false, terms)
            };
            if !ok {
                let list: Vec<String> =
                    terms.iter().map(|x| format!("{}{}", if x.tilde { "~" } else { "" }, self.tstr(x.ty))).collect();
                let ts = self.tstr(t);
                if terms.len() == 1 && !terms[0].tilde {
                    return Some(format!(" ({ts} missing in {})", list.join(" | ")));
                }
                return Some(format!(" ({ts} missing in {})", list.join(" | ")));
            }
        }
        if iface.comparable && !self.comparable(t) {
            return Some(String::new());
        }
        if !iface.methods.is_empty() {
            let plain = self.tt.intern(TypeKind::Interface(Iface {
                methods: iface.methods.clone(),
                terms: None,
                comparable: false,
            }));
            if let Some(why) = self.missing_method(t, plain) {
                return Some(format!(" {why}"));
            }
        }
        None
    }

    fn term_in(&self, t: TypeId, tilde: bool, terms: &[Term]) -> bool {
        let u = self.tt.underlying(t);
        terms.iter().any(|x| if x.tilde { u == self.tt.underlying(x.ty) } else { !tilde && t == x.ty })
    }

    /// A generic function used as a value, not yet instantiated.
    pub(crate) fn uninstantiated(&self, x: &Operand) -> bool {
        self.generic_func_obj(x).is_some() && !self.info.instances.contains_key(&x.id)
    }

    /// A generic function used as a value where a func type is expected
    /// (`Apply(xs, Double)`, `var f func(int) int = Double`): its type
    /// arguments are inferred from that type (Go 1.21). Returns false (and
    /// leaves `x` alone) when `x` is not an uninstantiated generic function.
    pub(crate) fn infer_generic_value(&mut self, x: &mut Operand, e: &Expr, target: TypeId) -> bool {
        let Some((_, tparams, sig_t)) = self.generic_of(x) else { return false };
        if self.info.instances.contains_key(&x.id) || self.tt.sig(target).is_none() {
            return false;
        }
        let mut m: HashMap<TypeId, TypeId> = HashMap::new();
        self.unify(sig_t, target, &mut m, &tparams, 0);
        self.infer_from_cores(&tparams, &mut m);
        let Some(targs) = tparams.iter().map(|tp| m.get(tp).copied()).collect::<Option<Vec<_>>>() else {
            let s = self.expr_str(e);
            self.error(e.pos, format!("cannot use generic function {s} without instantiation"));
            x.mode = Mode::Invalid;
            return true;
        };
        if !self.verify_targs(&tparams, &targs, e.pos, &[]) {
            x.mode = Mode::Invalid;
            return true;
        }
        let t = self.subst(sig_t, &tparams, &targs);
        self.info.instances.insert(x.id, targs);
        x.ty = t;
        self.record(x.id, Mode::Value, t, None);
        true
    }

    /// Constraint type inference: a type parameter whose constraint has a
    /// single (core) type term is unified with that term.
    fn infer_from_cores(&mut self, tparams: &[TypeId], m: &mut HashMap<TypeId, TypeId>) {
        for _ in 0..3 {
            for &tp in tparams {
                let c = self.tt.tparam_info(tp).unwrap().constraint;
                let Some(iface) = self.tt.iface(c).cloned() else { continue };
                let Some(terms) = iface.terms else { continue };
                if terms.len() != 1 {
                    continue;
                }
                let term = terms[0];
                match m.get(&tp).copied() {
                    Some(bound) => {
                        // A type parameter of the caller stands for its core type.
                        let bound =
                            if self.tt.is_tparam(bound) { self.core_type(bound).unwrap_or(bound) } else { bound };
                        let u = if term.tilde { self.tt.underlying(bound) } else { bound };
                        self.unify(term.ty, u, m, tparams, 0);
                    }
                    None => {
                        // Fully determined by other parameters?
                        let t = self.subst_map(term.ty, m, 0);
                        if !self.mentions_any(t, tparams) && !term.tilde {
                            m.insert(tp, t);
                        }
                    }
                }
            }
        }
    }

    /// Infers the type arguments of a call of generic function `fobj` and
    /// returns the instantiated signature.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn infer_call(
        &mut self,
        e: &Expr,
        fun: &Expr,
        (tparams, sig_t): (Vec<TypeId>, TypeId),
        given: &[TypeId],
        args: &[Operand],
        arg_exprs: &[Expr],
        ellipsis: Option<Pos>,
    ) -> Option<Sig> {
        let sig = self.tt.sig(sig_t).cloned()?;
        let mut m: HashMap<TypeId, TypeId> = HashMap::new();
        for (i, &g) in given.iter().enumerate() {
            if let Some(&tp) = tparams.get(i) {
                m.insert(tp, g);
            }
        }
        let param_of = |i: usize| -> Option<TypeId> {
            let n = sig.params.len();
            if sig.variadic && i >= n.saturating_sub(1) {
                let last = *sig.params.last()?;
                if ellipsis.is_some() {
                    Some(last)
                } else {
                    None
                }
            } else {
                sig.params.get(i).copied()
            }
        };
        // Typed arguments first (generic functions passed as values are
        // typed by the parameter they meet, after inference).
        for (i, a) in args.iter().enumerate() {
            if a.is_invalid() || self.tt.is_untyped(a.ty) || self.generic_func_obj(a).is_some() {
                continue;
            }
            let p = match param_of(i) {
                Some(p) => p,
                None => {
                    if !sig.variadic {
                        continue;
                    }
                    let last = *sig.params.last().unwrap();
                    self.tt.elem(last)
                }
            };
            // types2 unifies only parameterized parameters; a mismatch
            // there is an inference error ("type X of x does not match ...").
            if self.mentions_any(p, &tparams) && !self.unify(p, a.ty, &mut m, &tparams, 0) {
                let ae = arg_exprs.get(i).unwrap_or(e);
                let (ts, xs, ps) = (self.tstr(a.ty), self.expr_str(ae), self.tstr(p));
                let none_inferred = tparams.iter().all(|t| !m.contains_key(t));
                let why = if none_inferred {
                    let names: Vec<String> =
                        tparams.iter().map(|&t| self.tt.tparam_info(t).unwrap().name.to_string()).collect();
                    let list = match names.len() {
                        1 => names[0].clone(),
                        2 => format!("{} and {}", names[0], names[1]),
                        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
                    };
                    format!("type {ts} of {xs} does not match {ps} (cannot infer {list})")
                } else {
                    let inferred = self.subst_map(p, &m, 0);
                    if inferred != p {
                        let is = self.tstr(inferred);
                        format!("type {ts} of {xs} does not match inferred type {is} for {ps}")
                    } else {
                        format!("type {ts} of {xs} does not match {ps}")
                    }
                };
                let fs = self.expr_str(fun);
                self.error(ae.pos, format!("in call to {fs}, {why}"));
                return None;
            }
        }
        // Core types of constraints (S ~[]E gives E from S) before
        // untyped constants are given their default types, as types2 does.
        self.infer_from_cores(&tparams, &mut m);
        // Untyped constants: default types for parameters that are bare
        // type parameters (the "largest" kind wins).
        let mut untyped: HashMap<TypeId, TypeId> = HashMap::new();
        for (i, a) in args.iter().enumerate() {
            if a.is_invalid() || !self.tt.is_untyped(a.ty) || a.is_nil() {
                continue;
            }
            let p = match param_of(i) {
                Some(p) => p,
                None if sig.variadic => {
                    let last = *sig.params.last().unwrap();
                    self.tt.elem(last)
                }
                None => continue,
            };
            if tparams.contains(&p) && !m.contains_key(&p) {
                let rank = |t: TypeId| match t {
                    ids::UNTYPED_INT => 0,
                    ids::UNTYPED_RUNE => 1,
                    ids::UNTYPED_FLOAT => 2,
                    ids::UNTYPED_COMPLEX => 3,
                    _ => 0,
                };
                let cur = untyped.get(&p).copied();
                // types2's maxType: numeric kinds combine, others must agree.
                if let Some(c) = cur {
                    let numeric = |t: TypeId| self.tt.basic(t).is_some_and(|b| b.is_numeric());
                    if c != a.ty && !(numeric(c) && numeric(a.ty)) {
                        let ae = arg_exprs.get(i).unwrap_or(e);
                        let (cs, as_, ps) = (self.tstr(c), self.tstr(a.ty), self.tstr(p));
                        let fs = self.expr_str(fun);
                        self.error(
                            ae.pos,
                            format!("in call to {fs}, mismatched types {cs} and {as_} (cannot infer {ps})"),
                        );
                        return None;
                    }
                }
                if cur.is_none_or(|c| rank(a.ty) > rank(c)) {
                    untyped.insert(p, a.ty);
                }
            }
        }
        for (p, t) in untyped {
            let d = self.default_type(t);
            m.entry(p).or_insert(d);
        }
        // Untyped constants only fill what the rest left open.
        self.infer_from_cores(&tparams, &mut m);
        let mut targs = Vec::new();
        for &tp in &tparams {
            match m.get(&tp) {
                Some(&t) => targs.push(t),
                None => {
                    let info = self.tt.tparam_info(tp).unwrap();
                    let (name, (file, pos)) = (info.name.clone(), info.decl);
                    let fs = self.expr_str(fun);
                    let decl = self.fs.position(file, pos);
                    // types2 reports it at the call's `(`.
                    let at = match &e.kind {
                        ExprKind::Call { lparen, .. } => *lparen,
                        _ => e.pos,
                    };
                    self.error(at, format!("in call to {fs}, cannot infer {name} (declared at {decl})"));
                    return None;
                }
            }
        }
        // types2 reports unsatisfied inferred type arguments at the `(`.
        let at = match &e.kind {
            ExprKind::Call { lparen, .. } => *lparen,
            _ => fun.pos,
        };
        if !self.verify_targs(&tparams, &targs, at, &[]) {
            return None;
        }
        let _ = arg_exprs;
        let inst = self.subst(sig_t, &tparams, &targs);
        let id = instance_node(fun);
        self.info.instances.insert(id, targs.clone());
        self.record(fun.id, super::Mode::Value, inst, None);
        self.tt.sig(inst).cloned()
    }

    fn mentions_any(&self, t: TypeId, tps: &[TypeId]) -> bool {
        if tps.contains(&t) {
            return true;
        }
        match self.tt.kind(t) {
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) | TypeKind::Chan(_, e) => {
                self.mentions_any(*e, tps)
            }
            TypeKind::Map(k, v) => self.mentions_any(*k, tps) || self.mentions_any(*v, tps),
            TypeKind::Func(s) => s.params.iter().chain(&s.results).any(|&x| self.mentions_any(x, tps)),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.mentions_any(f.ty, tps)),
            TypeKind::Named(_) => self.tt.named_info(t).unwrap().targs.iter().any(|&x| self.mentions_any(x, tps)),
            _ => false,
        }
    }

    /// Unifies parameter type `p` (mentioning `tparams`) with argument type
    /// `a`, extending the substitution.
    fn unify(&mut self, p: TypeId, a: TypeId, m: &mut HashMap<TypeId, TypeId>, tparams: &[TypeId], depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        let d = depth + 1;
        if tparams.contains(&p) {
            return match m.get(&p) {
                Some(&b) => {
                    if b == a || (self.tt.named_info(a).is_none() && self.tt.underlying(b) == a) {
                        true
                    } else if self.tt.named_info(b).is_none() && self.tt.underlying(a) == b {
                        // Prefer the named type.
                        m.insert(p, a);
                        true
                    } else {
                        false
                    }
                }
                None => {
                    m.insert(p, a);
                    true
                }
            };
        }
        // Identical types unify; ones mentioning the type parameters (a
        // recursive call inside a generic function) still bind them.
        if p == a && !self.mentions_any(p, tparams) {
            return true;
        }
        // An argument of the caller's type-parameter type unifies through
        // its core type (S ~[]E passed as []E).
        if self.tt.is_tparam(a) && !tparams.contains(&a) && !matches!(self.tt.kind(p), TypeKind::Named(_)) {
            if let Some(core) = self.core_type(a) {
                if core != a {
                    return self.unify(p, core, m, tparams, d);
                }
            }
        }
        let pk = self.tt.kind(p).clone();
        // Inexact unification: a named argument against a structural parameter.
        let ak = if matches!(pk, TypeKind::Named(_)) { self.tt.kind(a).clone() } else { self.tt.under(a).clone() };
        match (pk, ak) {
            (TypeKind::Pointer(x), TypeKind::Pointer(y))
            | (TypeKind::Slice(x), TypeKind::Slice(y))
            | (TypeKind::Array(_, x), TypeKind::Array(_, y))
            | (TypeKind::Chan(_, x), TypeKind::Chan(_, y)) => self.unify(x, y, m, tparams, d),
            (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => {
                self.unify(k1, k2, m, tparams, d) && self.unify(v1, v2, m, tparams, d)
            }
            (TypeKind::Func(s1), TypeKind::Func(s2)) => {
                if s1.params.len() != s2.params.len() || s1.results.len() != s2.results.len() {
                    return false;
                }
                // Stops at the first mismatch, as types2's unifier.
                for (x, y) in s1.params.iter().zip(&s2.params).chain(s1.results.iter().zip(&s2.results)) {
                    if !self.unify(*x, *y, m, tparams, d) {
                        return false;
                    }
                }
                true
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len() && f1.iter().zip(&f2).all(|(x, y)| x.name == y.name) && {
                    let mut ok = true;
                    for (x, y) in f1.iter().zip(&f2) {
                        if !self.unify(x.ty, y.ty, m, tparams, d) {
                            ok = false;
                            break;
                        }
                    }
                    ok
                }
            }
            (TypeKind::Named(_), TypeKind::Named(_)) => {
                let (pi, ai) = (self.tt.named_info(p).unwrap(), self.tt.named_info(a).unwrap());
                if pi.origin.is_some() && pi.origin == ai.origin {
                    let (pt, at) = (pi.targs.clone(), ai.targs.clone());
                    for (x, y) in pt.iter().zip(&at) {
                        if !self.unify(*x, *y, m, tparams, d) {
                            return false;
                        }
                    }
                    return true;
                }
                false
            }
            _ => false,
        }
    }
}

/// The node id under which a generic function reference's instance is
/// recorded: the identifier (or selector) naming it.
pub(crate) fn instance_node(fun: &Expr) -> crate::ast::NodeId {
    let f = super::expr::strip_parens(fun);
    match &f.kind {
        ExprKind::Index(x, _) => instance_node(x),
        _ => f.id,
    }
}
