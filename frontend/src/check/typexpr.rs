//! Type expressions, signatures, parameters and type parameter lists.

use super::{Checker, Mode};
use crate::ast::{self, Expr, ExprKind};
use crate::objects::*;
use crate::types::{ids, Field, Iface, Method, Term, TypeId, TypeKind, TypeParamInfo};
use std::rc::Rc;

impl Checker {
    /// Resolves a type expression; reports an error (and returns INVALID)
    /// if it does not denote a type.
    pub(crate) fn typ(&mut self, e: &Expr) -> TypeId {
        let t = self.typ_inner(e);
        let instantiated = matches!(super::expr::strip_parens(e).kind, ExprKind::Index(..));
        if let (Some(n), false) = (self.tt.named_info(t), instantiated) {
            if !n.tparams.is_empty() && n.origin.is_none() {
                let name = self.tstr(t);
                let params = self.tparam_list_str(t);
                self.error(e.pos, format!("cannot use generic type {name}{params} without instantiation"));
                return ids::INVALID;
            }
        }
        t
    }

    /// A type used for variables, fields, parameters and elements: it must
    /// not be a constraint interface (types2's varType; checked once the
    /// interface is complete).
    pub(crate) fn var_type(&mut self, e: &Expr) -> TypeId {
        let t = self.typ(e);
        if t != ids::INVALID && !self.tt.is_tparam(t) {
            let (pos, file) = (e.pos, self.file);
            self.delayed.push(Box::new(move |c: &mut Checker| {
                let Some(i) = c.tt.iface(t) else { return };
                let why = if i.comparable {
                    "interface is (or embeds) comparable"
                } else if i.terms.is_some() {
                    "interface contains type constraints"
                } else {
                    return;
                };
                let saved = c.file;
                c.file = file;
                let ts = c.tstr(t);
                c.error(pos, format!("cannot use type {ts} outside a type constraint: {why}"));
                c.file = saved;
            }));
        }
        t
    }

    fn tparam_list_str(&self, t: TypeId) -> String {
        let Some(n) = self.tt.named_info(t) else { return String::new() };
        let parts: Vec<String> = n
            .tparams
            .iter()
            .map(|&p| {
                let info = self.tt.tparam_info(p).unwrap();
                let c =
                    if info.constraint == ids::EMPTY_IFACE { "any".to_string() } else { self.tstr(info.constraint) };
                format!("{} {c}", info.name)
            })
            .collect();
        format!("[{}]", parts.join(", "))
    }

    /// Like `typ` but allows an uninstantiated generic type (for
    /// instantiation `T[args]` and receivers).
    pub(crate) fn generic_typ(&mut self, e: &Expr) -> TypeId {
        self.typ_inner(e)
    }

    fn typ_inner(&mut self, e: &Expr) -> TypeId {
        let t = match &e.kind {
            ExprKind::Ident(name) => {
                let Some(o) = self.lookup(name) else {
                    self.error(e.pos, format!("undefined: {name}"));
                    return ids::INVALID;
                };
                self.record_use(e.id, o);
                if !self.obj(o).is_type() {
                    if let ObjKind::PkgName { .. } = self.obj(o).kind {
                        self.error(e.pos, format!("use of package {name} without selector"));
                    } else {
                        self.error(e.pos, format!("{name} is not a type"));
                    }
                    return ids::INVALID;
                }
                self.use_type_obj(o)
            }
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(pname) = &x.kind {
                    if self.lookup(pname).is_none() {
                        // A package used without its import.
                        self.error(x.pos, format!("undefined: {pname}"));
                        return ids::INVALID;
                    }
                    if let Some(o) = self.lookup(pname) {
                        if let ObjKind::PkgName { pkg, used } = &self.obj(o).kind {
                            used.set(true);
                            let pkg = *pkg;
                            self.record_use(x.id, o);
                            let scope = self.packages[pkg.0 as usize].scope;
                            let member = self.scopes[scope.0 as usize].names.get(&sel.name).copied();
                            match member {
                                Some(m) if is_exported(&sel.name) => {
                                    self.record_use(sel.id, m);
                                    if !self.obj(m).is_type() {
                                        self.error(e.pos, format!("{}.{} is not a type", pname, sel.name));
                                        return ids::INVALID;
                                    }
                                    let t = self.use_type_obj(m);
                                    self.record(e.id, Mode::TypeExpr, t, None);
                                    return t;
                                }
                                Some(_) => {
                                    self.error(sel.pos, format!("name {} not exported by package {}", sel.name, pname));
                                    return ids::INVALID;
                                }
                                None => {
                                    self.undefined_qualified(sel.pos, pname, scope, &sel.name);
                                    return ids::INVALID;
                                }
                            }
                        }
                    }
                }
                self.error(e.pos, format!("{} is not a type", self.expr_str(e)));
                return ids::INVALID;
            }
            ExprKind::Paren(x) => self.typ_inner(x),
            ExprKind::Star(x) => {
                let t = self.var_type(x);
                self.tt.pointer(t)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.var_type(elem);
                self.tt.slice(t)
            }
            ExprKind::ArrayType { len: Some(len), elem } => {
                if let ExprKind::Ellipsis(None) = len.kind {
                    self.error(len.pos, "invalid use of [...] array (outside a composite literal)");
                    self.typ(elem);
                    return ids::INVALID;
                }
                let n = self.array_len(len);
                let t = self.var_type(elem);
                match n {
                    Some(n) => self.tt.array(n, t),
                    None => ids::INVALID,
                }
            }
            ExprKind::MapType(k, v) => {
                let kt = self.var_type(k);
                let vt = self.var_type(v);
                if self.tt.is_tparam(kt) {
                    let (pos, file) = (k.pos, self.file);
                    self.delayed.push(Box::new(move |c: &mut Checker| {
                        if !c.comparable(kt) {
                            let saved = c.file;
                            c.file = file;
                            let s = c.tstr(kt);
                            c.error(pos, format!("invalid map key type {s} (missing comparable constraint)"));
                            c.file = saved;
                        }
                    }));
                }
                if kt != ids::INVALID && !self.tt.is_tparam(kt) {
                    // Comparability may depend on types not resolved yet.
                    let pos = k.pos;
                    let file = self.file;
                    self.delayed.push(Box::new(move |c: &mut Checker| {
                        if !c.comparable(kt) {
                            let saved = c.file;
                            c.file = file;
                            let s = c.tstr(kt);
                            c.error(pos, format!("invalid map key type {s}"));
                            c.file = saved;
                        }
                    }));
                }
                self.tt.map(kt, vt)
            }
            ExprKind::ChanType(dir, elem) => {
                let t = self.var_type(elem);
                self.tt.intern(TypeKind::Chan((*dir).into(), t))
            }
            ExprKind::FuncType(ft) => self.signature(ft, None),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Index(x, args) => {
                let g = self.generic_typ(x);
                if g == ids::INVALID {
                    return ids::INVALID;
                }
                let targs: Vec<TypeId> = args.iter().map(|a| self.typ(a)).collect();
                let at: Vec<crate::ast::Pos> = args.iter().map(|a| a.pos).collect();
                match self.instantiate_type(g, &targs, e.pos, &at) {
                    Some(t) => {
                        self.info.instances.insert(x.id, targs);
                        t
                    }
                    None => ids::INVALID,
                }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.pos, "invalid use of ...");
                ids::INVALID
            }
            _ => {
                let s = self.expr_str(e);
                self.error(e.pos, format!("{s} is not a type"));
                return ids::INVALID;
            }
        };
        self.record(e.id, Mode::TypeExpr, t, None);
        t
    }

    /// The type an object of kind TypeName stands for, resolving it first.
    fn use_type_obj(&mut self, o: ObjId) -> TypeId {
        if self.obj(o).state.get() != State::Done {
            super::decl::obj_decl(self, o);
        }
        self.obj(o).ty()
    }

    fn array_len(&mut self, len: &Expr) -> Option<u64> {
        // A name that is not a constant is reported without using it
        // (types2 looks it up instead of evaluating it).
        if let ExprKind::Ident(n) = &len.kind {
            match self.lookup(n) {
                None => {
                    self.error(len.pos, format!("undefined array length {n} or missing type constraint"));
                    return None;
                }
                Some(o) if !matches!(self.obj(o).kind, ObjKind::Const(_)) => {
                    self.error(len.pos, format!("invalid array length {n}"));
                    return None;
                }
                _ => {}
            }
        }
        let x = self.expr(len);
        if x.mode == Mode::Invalid {
            return None;
        }
        if x.mode != Mode::Constant {
            let s = self.expr_str(len);
            self.error(len.pos, format!("array length {s} (value of type {}) must be constant", self.tstr(x.ty)));
            return None;
        }
        let is_int = self.tt.basic(x.ty).is_some_and(|b| b.is_integer())
            || (self.tt.is_untyped(x.ty) && x.val.as_ref().and_then(|v| v.to_int()).is_some());
        if !is_int {
            let s = self.expr_str(len);
            self.error(len.pos, format!("array length {s} (value of type {}) must be integer", self.tstr(x.ty)));
            return None;
        }
        match x.val.as_ref().and_then(|v| v.to_int()).and_then(|i| u64::try_from(i).ok()) {
            Some(n) if n < (1 << 50) => Some(n),
            _ => {
                let s = self.operand_str(&x, len);
                self.error(len.pos, format!("invalid array length {s}"));
                None
            }
        }
    }

    pub(crate) fn signature(&mut self, ft: &ast::FuncType, _recv: Option<TypeId>) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let (te, is_var) = match &f.ty.kind {
                ExprKind::Ellipsis(Some(t)) => (&**t, true),
                _ => (&f.ty, false),
            };
            if is_var && (i != ft.params.len() - 1 || f.names.len() > 1) {
                self.error(f.ty.pos, "can only use ... with final parameter in list");
            }
            let mut t = self.var_type(te);
            if is_var {
                variadic = true;
                t = self.tt.slice(t);
            }
            let n = f.names.len().max(1);
            for _ in 0..n {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            if let ExprKind::Ellipsis(_) = f.ty.kind {
                self.error(f.ty.pos, "can only use ... with final parameter in list");
            }
            let t = self.var_type(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.tt.func(params, results, variadic)
    }

    /// Declares parameters (or results) in the current scope.
    pub(crate) fn declare_params(&mut self, fields: &[ast::Field], types: &[TypeId], is_param: bool) -> Vec<ObjId> {
        let mut out = Vec::new();
        let mut k = 0;
        let depth = self.lit_depth;
        for f in fields {
            if f.names.is_empty() {
                let t = types.get(k).copied().unwrap_or(ids::INVALID);
                k += 1;
                let o = self.new_obj("_".into(), ObjKind::Var(param_var(depth, is_param)), t, f.pos);
                out.push(o);
                continue;
            }
            for n in &f.names {
                let t = types.get(k).copied().unwrap_or(ids::INVALID);
                k += 1;
                let o = self.new_obj(n.name.clone(), ObjKind::Var(param_var(depth, is_param)), t, n.pos);
                self.record_def(n.id, o);
                let scope = self.scope;
                self.declare(scope, n.pos, &n.name, o);
                out.push(o);
            }
        }
        out
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let pkg = self.cur_pkg_path();
        let mut seen: std::collections::HashMap<Rc<str>, ast::Pos> = std::collections::HashMap::new();
        for f in fields {
            let t = self.var_type(&f.ty);
            let tag = f.tag.clone().unwrap_or_default();
            if f.names.is_empty() {
                // Embedded field: T, *T, pkg.T; its name is the type name.
                let name = embedded_name(&f.ty);
                let Some(name) = name else {
                    self.error(f.ty.pos, "invalid embedded field type");
                    continue;
                };
                let base = match self.tt.kind(t) {
                    TypeKind::Pointer(b) => *b,
                    _ => t,
                };
                if matches!(self.tt.kind(t), TypeKind::Pointer(_))
                    && (matches!(self.tt.under(base), TypeKind::Pointer(_)) || self.tt.is_interface(base))
                {
                    self.error(f.ty.pos, "embedded field type cannot be a pointer to an interface");
                }
                if let Some(p) = seen.insert(name.clone(), f.ty.pos) {
                    let _ = p;
                    self.error(f.ty.pos, format!("{name} redeclared"));
                }
                let fpkg = if is_exported(&name) { "".into() } else { pkg.clone() };
                out.push(Field { name, ty: t, embedded: true, tag, pkg: fpkg });
                let o = self.new_obj(embedded_name(&f.ty).unwrap(), ObjKind::Var(field_var(true)), t, f.ty.pos);
                let _ = o;
                continue;
            }
            for n in &f.names {
                if &*n.name != "_" && seen.insert(n.name.clone(), n.pos).is_some() {
                    self.error(n.pos, format!("{} redeclared", n.name));
                }
                let o = self.new_obj(n.name.clone(), ObjKind::Var(field_var(false)), t, n.pos);
                self.record_def(n.id, o);
                let fpkg = if is_exported(&n.name) { "".into() } else { pkg.clone() };
                out.push(Field { name: n.name.clone(), ty: t, embedded: false, tag: tag.clone(), pkg: fpkg });
            }
        }
        self.tt.intern(TypeKind::Struct(out))
    }

    pub(crate) fn interface_type(&mut self, elems: &[ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut terms: Option<Vec<Term>> = None;
        let mut comparable = false;
        let pkg = self.cur_pkg_path();
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let s = self.signature(sig, None);
                    if methods.iter().any(|m| m.name == name.name) {
                        let prev = elems.iter().find_map(|el| match el {
                            ast::InterfaceElem::Method { name: n, .. } if n.name == name.name => Some(n.pos),
                            _ => None,
                        });
                        let msg = match prev.filter(|&p| p != name.pos) {
                            Some(p) => {
                                let other = self.fs.position(self.file, p);
                                format!(
                                    "duplicate method {}\n\t{other}: other declaration of method {}",
                                    name.name, name.name
                                )
                            }
                            None => format!("duplicate method {}", name.name),
                        };
                        self.error(name.pos, msg);
                        continue;
                    }
                    let mpkg = if is_exported(&name.name) { "".into() } else { pkg.clone() };
                    methods.push(Method { name: name.name.clone(), pkg: mpkg, sig: s });
                }
                ast::InterfaceElem::Embed(e) => {
                    let (m, t, c) = self.embedded_elem(e);
                    comparable |= c;
                    for mm in m {
                        if let Some(prev) = methods.iter().find(|x| x.name == mm.name) {
                            if prev.sig != mm.sig {
                                self.error(e.pos, format!("duplicate method {}", mm.name));
                            }
                            continue;
                        }
                        methods.push(mm);
                    }
                    if let Some(t) = t {
                        terms = Some(match terms {
                            None => t,
                            Some(old) => self.intersect_terms(&old, &t),
                        });
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.tt.intern(TypeKind::Interface(Iface { methods, terms, comparable }))
    }

    /// An embedded interface element: (methods, type terms, comparable).
    fn embedded_elem(&mut self, e: &Expr) -> (Vec<Method>, Option<Vec<Term>>, bool) {
        match &e.kind {
            ExprKind::Binary(ast::BinOp::Or, a, b) => {
                let (_, ta, _) = self.embedded_elem(a);
                let (_, tb, _) = self.embedded_elem(b);
                let mut t = ta.unwrap_or_default();
                t.extend(tb.unwrap_or_default());
                (vec![], Some(t), false)
            }
            ExprKind::Unary(ast::UnOp::Tilde, x) => {
                let t = self.typ(x);
                if self.tt.underlying(t) != t && t != ids::INVALID {
                    let s = self.tstr(t);
                    self.error(e.pos, format!("invalid use of ~ ({s} is not the underlying type of {s})"));
                }
                (vec![], Some(vec![Term { tilde: true, ty: t }]), false)
            }
            _ => {
                let t = self.typ(e);
                if t == ids::INVALID {
                    return (vec![], None, false);
                }
                if let Some(n) = self.tt.named_info(t) {
                    if n.underlying == ids::INVALID {
                        if let Some(o) = n.obj {
                            super::decl::obj_decl(self, o);
                        }
                    }
                }
                match self.tt.iface(t).cloned() {
                    Some(i) => (i.methods, i.terms, i.comparable),
                    None => (vec![], Some(vec![Term { tilde: false, ty: t }]), false),
                }
            }
        }
    }

    fn intersect_terms(&self, a: &[Term], b: &[Term]) -> Vec<Term> {
        let mut out = Vec::new();
        for x in a {
            for y in b {
                let ux = self.tt.underlying(x.ty);
                let uy = self.tt.underlying(y.ty);
                if x.ty == y.ty {
                    out.push(Term { tilde: x.tilde && y.tilde, ty: x.ty });
                } else if x.tilde && ux == uy {
                    out.push(*y);
                } else if y.tilde && ux == uy {
                    out.push(*x);
                }
            }
        }
        out
    }

    /// Declares type parameters in the current scope; returns their types.
    pub(crate) fn declare_type_params(&mut self, fields: &[ast::Field], owner: u32) -> Vec<TypeId> {
        let mut tps = Vec::new();
        let mut objs = Vec::new();
        for f in fields {
            for n in &f.names {
                let idx = tps.len() as u32;
                let tp = self.tt.new_tparam(TypeParamInfo {
                    name: n.name.clone(),
                    index: idx,
                    constraint: ids::EMPTY_IFACE,
                    owner,
                    decl: (self.file, n.pos),
                });
                let o = self.new_obj(n.name.clone(), ObjKind::TypeName { alias: false }, tp, n.pos);
                self.record_def(n.id, o);
                let scope = self.scope;
                self.declare(scope, n.pos, &n.name, o);
                tps.push(tp);
                objs.push(o);
            }
        }
        // Constraints may refer to any of the parameters.
        let mut k = 0;
        for f in fields {
            let c = self.constraint(&f.ty);
            for _ in &f.names {
                if let TypeKind::TypeParam(i) = *self.tt.kind(tps[k]) {
                    self.tt.tparams[i as usize].constraint = c;
                }
                k += 1;
            }
        }
        tps
    }

    /// A constraint: an interface, or a type-set shorthand (`~int | string`).
    fn constraint(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Binary(ast::BinOp::Or, ..) | ExprKind::Unary(ast::UnOp::Tilde, _) => {
                let (_, terms, _) = self.embedded_elem(e);
                self.tt.intern(TypeKind::Interface(Iface { methods: vec![], terms, comparable: false }))
            }
            _ => {
                let t = self.typ(e);
                if t == ids::INVALID || self.tt.is_interface(t) {
                    return t;
                }
                if let Some(n) = self.tt.named_info(t) {
                    if n.underlying == ids::INVALID {
                        if let Some(o) = n.obj {
                            super::decl::obj_decl(self, o);
                        }
                        if self.tt.is_interface(t) {
                            return t;
                        }
                    }
                }
                self.tt.intern(TypeKind::Interface(Iface {
                    methods: vec![],
                    terms: Some(vec![Term { tilde: false, ty: t }]),
                    comparable: false,
                }))
            }
        }
    }

    /// A method receiver `T`, `*T`, `T[P]`, `*T[P]`: declares receiver type
    /// parameters (bound to the type's own) and returns (base, tparams, ptr).
    pub(crate) fn receiver_type(&mut self, recv: &ast::Field) -> (TypeId, Vec<TypeId>, bool) {
        let (inner, ptr) = match &recv.ty.kind {
            ExprKind::Star(x) => (&**x, true),
            ExprKind::Paren(x) => match &x.kind {
                ExprKind::Star(y) => (&**y, true),
                _ => (&**x, false),
            },
            _ => (&recv.ty, false),
        };
        let (base_e, params) = match &inner.kind {
            ExprKind::Index(b, ps) => (&**b, ps.as_slice()),
            _ => (inner, &[][..]),
        };
        let base = self.generic_typ(base_e);
        let tparams = self.tt.named_info(base).map(|n| n.tparams.clone()).unwrap_or_default();
        if tparams.len() != params.len() {
            if !tparams.is_empty() && params.is_empty() {
                let s = self.tstr(base);
                self.error(base_e.pos, format!("cannot use generic type {s} without instantiation"));
            } else if base != ids::INVALID {
                self.error(inner.pos, "receiver declares wrong number of type parameters");
            }
            return (base, vec![], ptr);
        }
        for (p, &tp) in params.iter().zip(&tparams) {
            if let ExprKind::Ident(n) = &p.kind {
                if &**n == "_" {
                    continue;
                }
                let o = self.new_obj(n.clone(), ObjKind::TypeName { alias: false }, tp, p.pos);
                self.record_def(p.id, o);
                let scope = self.scope;
                self.declare(scope, p.pos, n, o);
            } else {
                self.error(p.pos, "receiver type parameter must be an identifier");
            }
        }
        let full = if tparams.is_empty() { base } else { self.instantiate_named(base, &tparams) };
        let recv_t = if ptr { self.tt.pointer(full) } else { full };
        self.record(recv.ty.id, Mode::TypeExpr, recv_t, None);
        (base, tparams, ptr)
    }
}

fn param_var(depth: u32, is_param: bool) -> VarInfo {
    VarInfo {
        used: Default::default(),
        is_param,
        is_global: false,
        is_field: false,
        embedded: false,
        escapes: Default::default(),
        addr_taken: Default::default(),
        func_depth: depth,
    }
}

fn field_var(embedded: bool) -> VarInfo {
    VarInfo {
        used: Default::default(),
        is_param: false,
        is_global: false,
        is_field: true,
        embedded,
        escapes: Default::default(),
        addr_taken: Default::default(),
        func_depth: 0,
    }
}

pub(crate) fn is_exported(n: &str) -> bool {
    n.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The implicit name of an embedded field: the type's name.
fn embedded_name(e: &Expr) -> Option<Rc<str>> {
    match &e.kind {
        ExprKind::Ident(n) => Some(n.clone()),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector(_, sel) => Some(sel.name.clone()),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => None,
    }
}
