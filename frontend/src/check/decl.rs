//! Package-level declarations: collecting objects, resolving them lazily
//! in dependency order, checking function bodies.

use super::{Checker, FuncCtx, InitEntry};
use crate::ast::{self, Decl, GenKind, Spec};
use crate::objects::*;
use crate::types::{ids, NamedInfo, TypeId};
use std::fmt::Write as _;
use std::rc::Rc;

pub(super) fn file_scope(c: &Checker, file: u32) -> Option<ScopeId> {
    c.file_scopes.get(&file).copied()
}

pub(super) fn collect(c: &mut Checker, files: &[ast::File]) {
    let pkg_scope = c.scope;
    for f in files {
        c.file = f.file;
        let fs = c.new_scope(Some(pkg_scope), ScopeKind::File);
        c.file_scopes.insert(f.file, fs);
        for imp in &f.imports {
            let Some(pid) = c.import(&imp.path, imp.path_pos) else { continue };
            c.file = f.file;
            if !c.packages[c.pkg.0 as usize].imports.contains(&pid) {
                c.packages[c.pkg.0 as usize].imports.push(pid);
            }
            let pkgname = c.packages[pid.0 as usize].name.clone();
            match imp.name.as_ref().map(|n| &*n.name) {
                Some("_") => {}
                Some(".") => {
                    let names: Vec<(ast::Name, ObjId)> = c.scopes[c.packages[pid.0 as usize].scope.0 as usize]
                        .names
                        .iter()
                        .filter(|(n, _)| is_exported(n))
                        .map(|(n, o)| (n.clone(), *o))
                        .collect();
                    for (n, o) in names {
                        c.scopes[fs.0 as usize].names.insert(n, o);
                    }
                }
                other => {
                    let name: ast::Name = other.map(|s| s.into()).unwrap_or(pkgname);
                    let pos = imp.name.as_ref().map(|n| n.pos).unwrap_or(imp.pos);
                    let o = c.new_obj(
                        name.clone(),
                        ObjKind::PkgName { pkg: pid, used: Default::default() },
                        ids::INVALID,
                        pos,
                    );
                    if let Some(n) = &imp.name {
                        c.record_def(n.id, o);
                    }
                    c.declare(fs, pos, &name, o);
                }
            }
        }
        for d in &f.decls {
            match d {
                Decl::Gen(g) => {
                    for s in &g.specs {
                        match s {
                            Spec::Value(vs) => {
                                for (i, n) in vs.names.iter().enumerate() {
                                    let (kind, dref) = if g.kind == GenKind::Const {
                                        (
                                            ObjKind::Const(None),
                                            DeclRef::Const { spec: vs.clone(), index: i, file: f.file },
                                        )
                                    } else {
                                        (
                                            ObjKind::Var(VarInfo {
                                                used: Default::default(),
                                                is_param: false,
                                                is_global: true,
                                                is_field: false,
                                                embedded: false,
                                                escapes: Default::default(),
                                                addr_taken: Default::default(),
                                                func_depth: 0,
                                            }),
                                            DeclRef::Var { spec: vs.clone(), index: i, file: f.file },
                                        )
                                    };
                                    let o = c.new_obj(n.name.clone(), kind, ids::INVALID, n.pos);
                                    c.objs[o.0 as usize].state.set(State::Unresolved);
                                    c.objs[o.0 as usize].decl = Some(dref);
                                    c.record_def(n.id, o);
                                    c.declare(pkg_scope, n.pos, &n.name, o);
                                    if n.is_blank() {
                                        c.blanks.push(o);
                                    }
                                }
                            }
                            Spec::Type(ts) => {
                                let o = c.new_obj(
                                    ts.name.name.clone(),
                                    ObjKind::TypeName { alias: ts.alias },
                                    ids::INVALID,
                                    ts.name.pos,
                                );
                                c.objs[o.0 as usize].state.set(State::Unresolved);
                                c.objs[o.0 as usize].decl = Some(DeclRef::Type { spec: ts.clone(), file: f.file });
                                c.record_def(ts.name.id, o);
                                c.declare(pkg_scope, ts.name.pos, &ts.name.name, o);
                            }
                        }
                    }
                }
                Decl::Func(fd) => {
                    let o = c.new_obj(
                        fd.name.name.clone(),
                        ObjKind::Func(FuncObj {
                            decl: Some(fd.clone()),
                            recv_base: None,
                            ptr_recv: false,
                            tparams: vec![],
                            method_tparams: vec![],
                            native: fd.body.is_none(),
                            abstract_method: false,
                        }),
                        ids::INVALID,
                        fd.name.pos,
                    );
                    c.objs[o.0 as usize].state.set(State::Unresolved);
                    c.objs[o.0 as usize].decl = Some(DeclRef::Func { decl: fd.clone(), file: f.file });
                    c.record_def(fd.name.id, o);
                    let pkg = c.pkg;
                    c.packages[pkg.0 as usize].funcs.push(o);
                    if let Some(recv) = &fd.recv {
                        match recv_base_name(&recv.ty) {
                            Some(base) => c.pending_methods.entry((pkg, base)).or_default().push(o),
                            None => c.error(recv.ty.pos, "invalid receiver type"),
                        }
                    } else if &*fd.name.name == "init" {
                        if !fd.type_params.is_empty() || !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                            c.error(fd.name.pos, "func init must have no arguments and no return values");
                        }
                        c.packages[pkg.0 as usize].init_funcs.push(o);
                    } else if &*fd.name.name == "main" && &*c.cur_pkg_path() == "main" {
                        if !fd.type_params.is_empty() || !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                            c.error(fd.name.pos, "func main must have no arguments and no return values");
                        }
                        c.declare(pkg_scope, fd.name.pos, &fd.name.name, o);
                    } else if !fd.name.is_blank() {
                        c.declare(pkg_scope, fd.name.pos, &fd.name.name, o);
                    }
                    if fd.body.is_none() && &*c.cur_pkg_path() == "main" {
                        let host =
                            fd.recv.is_none() && fd.type_params.is_empty() && c.host_funcs.contains(&*fd.name.name);
                        if !host {
                            c.error(fd.name.pos, "missing function body");
                        }
                    }
                }
            }
        }
    }
}

fn is_exported(n: &str) -> bool {
    n.chars().next().is_some_and(|c| c.is_uppercase())
}

/// `T`, `*T`, `T[P]`, `*T[P]` -> "T"
fn recv_base_name(e: &ast::Expr) -> Option<ast::Name> {
    match &e.kind {
        ast::ExprKind::Ident(n) => Some(n.clone()),
        ast::ExprKind::Star(x) => recv_base_name(x),
        ast::ExprKind::Paren(x) => recv_base_name(x),
        ast::ExprKind::Index(x, _) => recv_base_name(x),
        _ => None,
    }
}

pub(super) fn resolve_package(c: &mut Checker, files: &[ast::File]) {
    let pkg = c.pkg;
    let scope = c.packages[pkg.0 as usize].scope;
    let mut objs: Vec<ObjId> = c.scopes[scope.0 as usize].names.values().copied().collect();
    objs.extend(std::mem::take(&mut c.blanks));
    objs.extend(c.packages[pkg.0 as usize].funcs.iter().copied());
    objs.sort_by_key(|o| (c.obj(*o).file, c.obj(*o).pos));
    objs.dedup();
    // Types first, so methods can attach before anything uses them.
    for &o in &objs {
        if c.obj(o).is_type() {
            obj_decl(c, o);
        }
    }
    attach_methods(c, pkg);
    for &o in &objs {
        obj_decl(c, o);
    }
    // Function bodies.
    let funcs = c.packages[pkg.0 as usize].funcs.clone();
    for f in funcs {
        check_func_body(c, f);
    }
    // Delayed checks (e.g. interface satisfaction needing complete method sets).
    // In the order queued, as types2's check.later (which decides which of
    // two equal errors on a line is reported).
    loop {
        let batch = std::mem::take(&mut c.delayed);
        if batch.is_empty() {
            break;
        }
        for d in batch {
            d(c);
        }
    }
    // Unused imports.
    for f in files {
        c.file = f.file;
        let Some(fs) = file_scope(c, f.file) else { continue };
        let mut unused: Vec<(ast::Pos, String)> = Vec::new();
        for imp in &f.imports {
            if imp.name.as_ref().is_some_and(|n| &*n.name == ".") {
                // Used when any of its names was looked up in this file.
                let Some(pid) = c.packages.iter().position(|p| &*p.path == imp.path.as_str()) else { continue };
                let used = c.dot_used.borrow().contains(&(f.file, PkgId(pid as u32)));
                if !used {
                    unused.push((imp.pos, format!("{:?} imported and not used", imp.path)));
                }
                continue;
            }
            if imp.name.as_ref().is_some_and(|n| &*n.name == "_") {
                continue;
            }
            let name = match &imp.name {
                Some(n) => n.name.clone(),
                None => match c.packages.iter().find(|p| &*p.path == imp.path.as_str()) {
                    Some(p) => p.name.clone(),
                    None => continue,
                },
            };
            if let Some(&o) = c.scopes[fs.0 as usize].names.get(&name) {
                if let ObjKind::PkgName { used, .. } = &c.obj(o).kind {
                    if !used.get() {
                        let msg = match &imp.name {
                            Some(n) => format!("{:?} imported as {} and not used", imp.path, n.name),
                            None => format!("{:?} imported and not used", imp.path),
                        };
                        unused.push((imp.pos, msg));
                    }
                }
            }
        }
        for (p, m) in unused {
            c.error(p, m);
        }
    }
}

/// Where a receiver's base type name is (`*T`, `(T)`, `T[P]` -> `T`).
fn recv_base_pos(e: &ast::Expr) -> ast::Pos {
    match &e.kind {
        ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) | ast::ExprKind::Index(x, _) => recv_base_pos(x),
        _ => e.pos,
    }
}

fn attach_methods(c: &mut Checker, pkg: PkgId) {
    let pending: Vec<((PkgId, ast::Name), Vec<ObjId>)> =
        c.pending_methods.iter().filter(|((p, _), _)| *p == pkg).map(|(k, v)| (k.clone(), v.clone())).collect();
    let scope = c.packages[pkg.0 as usize].scope;
    for ((_, base), methods) in pending {
        let tobj = c.scopes[scope.0 as usize].names.get(&base).copied();
        for m in methods {
            let (file, pos) = (c.obj(m).file, c.obj(m).pos);
            c.file = file;
            let Some(to) = tobj.filter(|&t| c.obj(t).is_type()) else {
                let recv_pos = c
                    .obj(m)
                    .func()
                    .and_then(|f| f.decl.as_ref())
                    .and_then(|d| d.recv.as_ref())
                    .map(|r| recv_base_pos(&r.ty))
                    .unwrap_or(pos);
                let predeclared = c.scopes[c.universe.0 as usize].names.get(&base).is_some_and(|&u| c.obj(u).is_type());
                if predeclared {
                    c.error(recv_pos, format!("cannot define new methods on non-local type {base}"));
                } else {
                    c.error(recv_pos, format!("undefined: {base}"));
                }
                continue;
            };
            let mut t = c.obj(to).ty();
            if let ObjKind::TypeName { alias: true } = c.obj(to).kind {
                t = c.obj(to).ty();
            }
            if c.tt.named_info(t).is_none() || c.obj(to).pkg != pkg {
                let recv_pos = c
                    .obj(m)
                    .func()
                    .and_then(|f| f.decl.as_ref())
                    .and_then(|d| d.recv.as_ref())
                    .map(|r| r.ty.pos)
                    .unwrap_or(pos);
                c.error(recv_pos, format!("cannot define new methods on non-local type {}", c.tstr(t)));
                continue;
            }
            if c.tt.is_interface(t) || matches!(c.tt.under(t), crate::types::TypeKind::Pointer(_)) {
                let recv_pos = c
                    .obj(m)
                    .func()
                    .and_then(|f| f.decl.as_ref())
                    .and_then(|d| d.recv.as_ref())
                    .map(|r| r.ty.pos)
                    .unwrap_or(pos);
                let what = if c.tt.is_interface(t) { "interface" } else { "pointer" };
                c.error(recv_pos, format!("invalid receiver type {} (pointer or interface type)", c.tstr(t)));
                let _ = what;
                continue;
            }
            let name = c.obj(m).name.clone();
            // Duplicate methods, and methods clashing with fields.
            let existing = c.tt.named_info(t).unwrap().methods.clone();
            if !c.obj(m).name.as_ref().eq("_") {
                if let Some(&prev) = existing.iter().find(|&&e| c.obj(e).name == name) {
                    let other = c.fs.position(c.obj(prev).file, c.obj(prev).pos);
                    let tname = c.tstr(t);
                    c.error(pos, format!("method {tname}.{name} already declared at {other}"));
                    continue;
                }
                if let crate::types::TypeKind::Struct(fields) = c.tt.under(t) {
                    if fields.iter().any(|f| f.name == name) {
                        // types2 points at the field too.
                        let other = c.field_decl_pos(t, &name).map(|(f, p)| c.fs.position(f, p));
                        let mut msg = format!("field and method with the same name {name}");
                        if let Some(o) = other {
                            msg.push_str(&format!("\n\t{o}: other declaration of {name}"));
                        }
                        c.error(pos, msg);
                        continue;
                    }
                }
            }
            if let ObjKind::Func(f) = &mut c.objs[m.0 as usize].kind {
                f.recv_base = Some(t);
            }
            c.tt.named_info_mut(t).unwrap().methods.push(m);
            c.info.methods.entry(t).or_default().push(m);
        }
    }
}

/// Resolves a package-level object (type, constant, variable, function
/// signature) if not done yet.
pub(super) fn obj_decl(c: &mut Checker, o: ObjId) {
    match c.obj(o).state.get() {
        State::Done => return,
        State::InProgress => {
            // A type may refer to itself (through pointers, slices...);
            // invalid recursion is detected on its structure.
            if matches!(c.obj(o).kind, ObjKind::TypeName { alias: false }) && c.obj(o).ty() != ids::INVALID {
                return;
            }
            let (file, pos) = (c.obj(o).file, c.obj(o).pos);
            let name = c.obj(o).name.clone();
            let saved = c.file;
            c.file = file;
            match &c.obj(o).kind {
                ObjKind::TypeName { .. } => c.error(pos, format!("invalid recursive type {name}")),
                // Cycles of variables (and functions) are reported by the
                // initialization order, with their path.
                ObjKind::Func(_) | ObjKind::Var(_) => {}
                _ => c.error(pos, format!("initialization cycle or invalid recursive reference to {name}")),
            }
            c.file = saved;
            return;
        }
        State::Unresolved => {}
    }
    let Some(d) = c.obj(o).decl.clone() else {
        c.obj(o).state.set(State::Done);
        return;
    };
    c.obj(o).state.set(State::InProgress);
    let saved = (c.file, c.scope, c.fctx.take(), c.decl_obj, c.iota, c.lit_depth);
    let saved_labels = std::mem::take(&mut c.labels);
    let pkg_saved = c.pkg;
    c.pkg = c.obj(o).pkg;
    let file = match &d {
        DeclRef::Const { file, .. }
        | DeclRef::Var { file, .. }
        | DeclRef::Type { file, .. }
        | DeclRef::Func { file, .. } => *file,
    };
    c.file = file;
    c.scope = file_scope(c, file).unwrap_or(c.packages[c.pkg.0 as usize].scope);
    c.lit_depth = 0;
    match d {
        DeclRef::Type { spec, .. } => type_decl(c, o, &spec),
        DeclRef::Const { spec, index, .. } => {
            c.decl_obj = Some(o);
            const_decl(c, o, &spec, index);
        }
        DeclRef::Var { spec, .. } => {
            c.decl_obj = Some(o);
            global_var_decl(c, &spec);
        }
        DeclRef::Func { decl, .. } => {
            func_decl(c, o, &decl);
        }
    }
    c.obj(o).state.set(State::Done);
    c.pkg = pkg_saved;
    c.file = saved.0;
    c.scope = saved.1;
    c.fctx = saved.2;
    c.decl_obj = saved.3;
    c.iota = saved.4;
    c.lit_depth = saved.5;
    c.labels = saved_labels;
}

/// Declares a named type (or alias) from its spec; also used for local
/// type declarations.
pub(super) fn type_decl(c: &mut Checker, o: ObjId, spec: &ast::TypeSpec) {
    if spec.alias {
        if !spec.type_params.is_empty() {
            c.error(spec.name.pos, "generic type alias requires GOEXPERIMENT=aliastypeparams");
        }
        let t = c.typ(&spec.ty);
        c.objs[o.0 as usize].ty.set(t);
        return;
    }
    let local_index = if c.fctx.is_some() {
        c.local_types += 1;
        c.local_types
    } else {
        0
    };
    let named = c.tt.new_named(NamedInfo {
        name: spec.name.name.clone(),
        pkg: c.cur_pkg_path(),
        obj: Some(o),
        underlying: ids::INVALID,
        methods: vec![],
        tparams: vec![],
        origin: None,
        targs: vec![],
        local_index,
    });
    c.objs[o.0 as usize].ty.set(named);
    let has_tparams = !spec.type_params.is_empty();
    if has_tparams {
        c.push_scope(ScopeKind::Block);
        let tps = c.declare_type_params(&spec.type_params, named.0);
        c.tt.named_info_mut(named).unwrap().tparams = tps;
    }
    let rhs = c.typ(&spec.ty);
    // `type T U`: T's underlying type is U's.
    let under = if rhs == named { ids::INVALID } else { c.tt.underlying(rhs) };
    let cycle =
        if under == ids::INVALID && rhs != ids::INVALID { Some(vec![]) } else { value_cycle(c, under, named, 0) };
    if let Some(path) = cycle {
        c.report_type_cycle(named, &path, spec.name.pos);
        c.tt.named_info_mut(named).unwrap().underlying = ids::INVALID;
        return;
    }
    if c.tt.is_tparam(rhs) {
        c.error(spec.ty.pos, "cannot use a type parameter as RHS in type declaration".to_string());
    }
    c.tt.named_info_mut(named).unwrap().underlying = under;
    if has_tparams {
        c.pop_scope();
    }
    c.complete_instances();
}

impl Checker {
    /// Where field `name` of named struct type `t` is declared.
    pub(crate) fn field_decl_pos(&self, t: TypeId, name: &str) -> Option<(u32, ast::Pos)> {
        let o = self.tt.named_info(t)?.obj?;
        let Some(crate::objects::DeclRef::Type { spec, file }) = &self.obj(o).decl else { return None };
        let ast::ExprKind::StructType(fields) = &spec.ty.kind else { return None };
        fields.iter().flat_map(|f| f.names.iter()).find(|n| &*n.name == name).map(|n| (*file, n.pos))
    }

    /// A constant spec with more values than names; an inherited (implicit)
    /// list is reported at the spec, pointing at the expression.
    pub(crate) fn extra_init_expr(&mut self, spec: &ast::ValueSpec) {
        let extra = &spec.values[spec.names.len()];
        if spec.implicit {
            let at = self.fs.position(self.file, extra.pos);
            self.error(spec.names[0].pos, format!("extra init expr at {at}"));
        } else {
            let es = self.expr_str(extra);
            self.error(extra.pos, format!("extra init expr {es}"));
        }
    }
}

fn const_decl(c: &mut Checker, o: ObjId, spec: &ast::ValueSpec, index: usize) {
    c.iota = Some(spec.iota as i64);
    let typ = spec.ty.as_ref().map(|t| c.typ(t));
    let (ty, val) = match spec.values.get(index) {
        Some(e) => c.const_init(e, typ),
        None => {
            if index == spec.values.len() {
                let n = &spec.names[index];
                c.error(n.pos, format!("missing init expr for {}", n.name));
            }
            (ids::INVALID, None)
        }
    };
    if index == spec.names.len() - 1 && spec.values.len() > spec.names.len() {
        c.extra_init_expr(spec);
    }
    c.objs[o.0 as usize].ty.set(ty);
    if let ObjKind::Const(v) = &mut c.objs[o.0 as usize].kind {
        *v = val;
    }
    c.iota = None;
}

/// Checks a package-level var spec; sets the types of all its names and
/// records the initializer for init ordering.
fn global_var_decl(c: &mut Checker, spec: &Rc<ast::ValueSpec>) {
    let objs: Vec<ObjId> = spec.names.iter().map(|n| *c.info.defs.get(&n.id).unwrap()).collect();
    for &o in &objs {
        c.obj(o).state.set(State::InProgress);
    }
    let typ = spec.ty.as_ref().map(|t| c.var_type(t));
    let entries = c.var_spec(spec, &objs, typ);
    for &o in &objs {
        c.obj(o).state.set(State::Done);
    }
    let pkg = c.pkg;
    // Record each initializer once (the first object's resolution does it).
    for (lhs, rhs) in entries {
        c.packages[pkg.0 as usize].init.push(InitEntry { lhs, rhs });
    }
}

fn func_decl(c: &mut Checker, o: ObjId, fd: &ast::FuncDecl) {
    c.push_scope(ScopeKind::Func);
    let func_scope = c.scope;
    let mut tparams = Vec::new();
    let mut recv_type = None;
    let mut ptr_recv = false;
    if let Some(recv) = &fd.recv {
        let (rt, tps, is_ptr) = c.receiver_type(recv);
        tparams = tps;
        recv_type = Some(rt);
        ptr_recv = is_ptr;
    }
    // A function's type parameters, or a method's own ones (Go 1.27).
    let own =
        if fd.type_params.is_empty() { vec![] } else { c.declare_type_params(&fd.type_params, o.0 | 0x8000_0000) };
    let (tparams, method_tparams) = if fd.recv.is_some() { (tparams, own) } else { (own, vec![]) };
    let sig = c.signature(&fd.sig, None);
    if let ObjKind::Func(f) = &mut c.objs[o.0 as usize].kind {
        f.tparams = tparams;
        f.method_tparams = method_tparams;
        f.ptr_recv = ptr_recv;
    }
    c.objs[o.0 as usize].ty.set(sig);
    let _ = recv_type;
    // Keep the function scope (with type params) for the body.
    c.func_scopes.insert(o, func_scope);
    c.pop_scope();
}

fn check_func_body(c: &mut Checker, o: ObjId) {
    obj_decl(c, o);
    let Some(decl) = c.obj(o).func().and_then(|f| f.decl.clone()) else { return };
    let Some(body) = &decl.body else { return };
    let scope = c.func_scopes.get(&o).copied();
    let saved = (c.file, c.scope, c.pkg);
    c.file = c.obj(o).file;
    c.pkg = c.obj(o).pkg;
    c.scope = scope.unwrap_or(c.packages[c.pkg.0 as usize].scope);
    c.decl_obj = Some(o);
    c.lit_depth = 0;
    let sig = c.obj(o).ty();
    c.push_scope(ScopeKind::Func);
    let mut params = Vec::new();
    if let Some(recv) = &decl.recv {
        let rt = recv_param_type(c, o, recv);
        params.extend(c.declare_params(std::slice::from_ref(recv), &[rt], true));
    }
    let s = c.tt.sig(sig).cloned();
    if let Some(s) = s {
        params.extend(c.declare_params(&decl.sig.params, &s.params, true));
        let results = c.declare_params(&decl.sig.results, &s.results, false);
        let named = decl.sig.results.iter().any(|f| !f.names.is_empty());
        c.fctx = Some(FuncCtx { sig, results, named_results: named, locals: vec![] });
        c.labels.clear();
        c.func_body(body, !s.results.is_empty());
        c.finish_function();
    }
    c.pop_scope();
    c.fctx = None;
    c.decl_obj = None;
    c.file = saved.0;
    c.scope = saved.1;
    c.pkg = saved.2;
}

/// The receiver parameter's type (T or *T, with the type's own type
/// parameters for generic receivers).
fn recv_param_type(c: &mut Checker, o: ObjId, recv: &ast::Field) -> TypeId {
    let base = c.obj(o).func().and_then(|f| f.recv_base);
    let ptr = c.obj(o).func().map(|f| f.ptr_recv).unwrap_or(false);
    let Some(base) = base else {
        let _ = recv;
        return ids::INVALID;
    };
    let tps = c.obj(o).func().map(|f| f.tparams.clone()).unwrap_or_default();
    let t = if tps.is_empty() { base } else { c.instantiate_named(base, &tps) };
    if ptr {
        c.tt.pointer(t)
    } else {
        t
    }
}

/// Does type `t` contain `target` by value (not through a pointer, slice,
/// map, channel or function)? Such a type would be infinitely large.
/// The named types through which `t` contains `target` by value (so the
/// type would be infinitely large), or None.
fn value_cycle(c: &Checker, t: TypeId, target: TypeId, depth: u32) -> Option<Vec<TypeId>> {
    if depth > 50 {
        return None;
    }
    use crate::types::TypeKind;
    match c.tt.kind(t) {
        TypeKind::Named(_) => {
            if t == target {
                return Some(vec![]);
            }
            let u = c.tt.named_info(t).unwrap().underlying;
            if u == ids::INVALID {
                return None;
            }
            let mut path = value_cycle(c, u, target, depth + 1)?;
            path.insert(0, t);
            Some(path)
        }
        TypeKind::Array(_, e) => value_cycle(c, *e, target, depth + 1),
        TypeKind::Struct(fs) => fs.iter().find_map(|f| value_cycle(c, f.ty, target, depth + 1)),
        _ => None,
    }
}

impl Checker {
    /// types2's cycle report: `T refers to itself`, or the chain of
    /// references starting at the type declared first.
    fn report_type_cycle(&mut self, t: TypeId, path: &[TypeId], pos: ast::Pos) {
        let name = |c: &Checker, t: TypeId| c.tt.named_info(t).map(|n| n.name.to_string()).unwrap_or_default();
        if path.is_empty() {
            let n = name(self, t);
            self.error(pos, format!("invalid recursive type: {n} refers to itself"));
            return;
        }
        let mut cycle: Vec<TypeId> = std::iter::once(t).chain(path.iter().copied()).collect();
        let at = |c: &Checker, t: TypeId| {
            c.tt.named_info(t).and_then(|n| n.obj).map(|o| (c.obj(o).file, c.obj(o).pos)).unwrap_or((c.file, pos))
        };
        let first = (0..cycle.len()).min_by_key(|&i| at(self, cycle[i])).unwrap_or(0);
        cycle.rotate_left(first);
        let mut msg = format!("invalid recursive type {}", name(self, cycle[0]));
        for i in 0..cycle.len() {
            let (a, b) = (cycle[i], cycle[(i + 1) % cycle.len()]);
            let (f, p) = at(self, a);
            let _ = write!(msg, "\n\t{}: {} refers to {}", self.fs.position(f, p), name(self, a), name(self, b));
        }
        let (f, p) = at(self, cycle[0]);
        let saved = std::mem::replace(&mut self.file, f);
        self.error(p, msg);
        self.file = saved;
    }
}
