//! Field and method lookup through embedded fields, method sets, interface
//! satisfaction and comparability.

use super::Checker;
use crate::objects::*;
use crate::types::{TypeId, TypeKind};
use std::collections::HashSet;

#[derive(Clone, Debug)]
pub struct LookupResult {
    pub obj: ObjId,
    /// Embedded field indices walked, then (for fields) the field's index.
    pub path: Vec<usize>,
    /// A pointer was dereferenced on the way (an embedded *T).
    pub indirect: bool,
    pub is_method: bool,
    /// Field type, or the method's signature (instantiated for generic
    /// receiver types).
    pub ty: TypeId,
    /// For methods: declared with a pointer receiver.
    pub ptr_recv: bool,
    /// The named type (or interface) the method was found on.
    pub recv_named: TypeId,
}

pub enum Lookup {
    Found(LookupResult),
    NotFound,
    Ambiguous,
}

/// An entry of a method set, for building method tables.
#[derive(Clone, Debug)]
pub struct MethodSetEntry {
    pub name: crate::ast::Name,
    pub result: LookupResult,
}

impl Checker {
    /// Finds field or method `name` of type `t` (go/types
    /// LookupFieldOrMethod). `t` may be a pointer to a named type.
    pub fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Lookup {
        // A pointer to an interface has no fields or methods.
        if let TypeKind::Pointer(b) = self.tt.kind(t) {
            if self.tt.is_interface(*b) && !self.tt.is_tparam(*b) {
                return Lookup::NotFound;
            }
        }
        let (start, mut indirect) = match self.tt.kind(t) {
            TypeKind::Pointer(b)
                if self.tt.named_info(*b).is_some() || matches!(self.tt.kind(*b), TypeKind::Struct(_)) =>
            {
                (*b, true)
            }
            _ => (t, false),
        };
        // Type parameters: only the constraint's methods are visible.
        if let TypeKind::TypeParam(i) = *self.tt.kind(start) {
            let c = self.tt.tparams[i as usize].constraint;
            if let Some(iface) = self.tt.iface(c).cloned() {
                if let Some(m) = iface.methods.iter().find(|m| &*m.name == name) {
                    let o = self.iface_method_obj(start, &m.name, m.sig);
                    return Lookup::Found(LookupResult {
                        obj: o,
                        path: vec![],
                        indirect: false,
                        is_method: true,
                        ty: m.sig,
                        ptr_recv: false,
                        recv_named: start,
                    });
                }
            }
            return Lookup::NotFound;
        }
        // Breadth-first over embedding depth.
        let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(start, vec![], indirect)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !current.is_empty() {
            let mut found: Vec<LookupResult> = Vec::new();
            let mut next = Vec::new();
            for (typ, path, ind) in current {
                if !seen.insert(typ) {
                    continue;
                }
                // Declared methods of a named type.
                if let Some(n) = self.tt.named_info(typ) {
                    let origin = n.origin.unwrap_or(typ);
                    let methods = self.tt.named_info(origin).map(|o| o.methods.clone()).unwrap_or_default();
                    for m in methods {
                        if &*self.obj(m).name == name {
                            super::decl::obj_decl(self, m);
                            let ptr_recv = self.obj(m).func().map(|f| f.ptr_recv).unwrap_or(false);
                            let sig = self.method_sig_for(typ, m);
                            found.push(LookupResult {
                                obj: m,
                                path: path.clone(),
                                indirect: ind,
                                is_method: true,
                                ty: sig,
                                ptr_recv,
                                recv_named: typ,
                            });
                        }
                    }
                }
                match self.tt.under(typ).clone() {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if &*f.name == name {
                                let mut p = path.clone();
                                p.push(i);
                                let o = self.field_obj(typ, i);
                                found.push(LookupResult {
                                    obj: o,
                                    path: p,
                                    indirect: ind,
                                    is_method: false,
                                    ty: f.ty,
                                    ptr_recv: false,
                                    recv_named: typ,
                                });
                            }
                            if f.embedded {
                                let (ft, fi) = match self.tt.kind(f.ty) {
                                    TypeKind::Pointer(b) => (*b, true),
                                    _ => (f.ty, false),
                                };
                                let mut p = path.clone();
                                p.push(i);
                                next.push((ft, p, ind || fi));
                            }
                        }
                    }
                    TypeKind::Interface(iface) => {
                        if let Some(m) = iface.methods.iter().find(|m| &*m.name == name) {
                            let o = self.iface_method_obj(typ, &m.name, m.sig);
                            found.push(LookupResult {
                                obj: o,
                                path: path.clone(),
                                indirect: ind,
                                is_method: true,
                                ty: m.sig,
                                ptr_recv: false,
                                recv_named: typ,
                            });
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => {}
                1 => return Lookup::Found(found.pop().unwrap()),
                _ => return Lookup::Ambiguous,
            }
            current = next;
            indirect = false;
            let _ = indirect;
        }
        Lookup::NotFound
    }

    /// The signature of method `m` as seen on receiver type `recv` (with
    /// the receiver's type arguments substituted for generic types).
    pub(crate) fn method_sig_for(&mut self, recv: TypeId, m: ObjId) -> TypeId {
        let sig = self.obj(m).ty();
        let Some(n) = self.tt.named_info(recv) else { return sig };
        let (Some(origin), targs) = (n.origin, n.targs.clone()) else { return sig };
        let tparams = self.obj(m).func().map(|f| f.tparams.clone()).unwrap_or_default();
        let _ = origin;
        if tparams.len() != targs.len() {
            return sig;
        }
        self.subst(sig, &tparams, &targs)
    }

    /// An object standing for field `i` of struct type `t` (cached).
    pub(crate) fn field_obj(&mut self, t: TypeId, i: usize) -> ObjId {
        let key = (t, i as u32);
        if let Some(&o) = self.field_objs.get(&key) {
            return o;
        }
        let f = match self.tt.under(t) {
            TypeKind::Struct(fs) => fs[i].clone(),
            _ => unreachable!(),
        };
        let o = self.new_obj(
            f.name.clone(),
            ObjKind::Var(VarInfo {
                used: Default::default(),
                is_param: false,
                is_global: false,
                is_field: true,
                embedded: f.embedded,
                escapes: Default::default(),
                addr_taken: Default::default(),
                func_depth: 0,
            }),
            f.ty,
            0,
        );
        self.field_objs.insert(key, o);
        o
    }

    /// An object standing for an interface (or constraint) method.
    pub(crate) fn iface_method_obj(&mut self, t: TypeId, name: &crate::ast::Name, sig: TypeId) -> ObjId {
        let key = (t, name.clone());
        if let Some(&o) = self.iface_objs.get(&key) {
            return o;
        }
        let o = self.new_obj(
            name.clone(),
            ObjKind::Func(FuncObj {
                decl: None,
                recv_base: Some(t),
                ptr_recv: false,
                tparams: vec![],
                method_tparams: vec![],
                native: false,
                abstract_method: true,
            }),
            sig,
            0,
        );
        self.iface_objs.insert(key, o);
        o
    }

    /// Why `t` does not implement interface `iface`, or None if it does.
    pub(crate) fn missing_method(&mut self, t: TypeId, iface: TypeId) -> Option<String> {
        let i = self.tt.iface(iface).cloned()?;
        if let Some(ti) = self.tt.iface(t).cloned() {
            if !self.tt.is_tparam(t) {
                for m in &i.methods {
                    match ti.methods.iter().find(|x| x.name == m.name) {
                        None => return Some(format!("(missing method {})", m.name)),
                        Some(x) if x.sig != m.sig => {
                            return Some(format!(
                                "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                                m.name,
                                m.name,
                                self.sig_str(x.sig),
                                m.name,
                                self.sig_str(m.sig)
                            ))
                        }
                        _ => {}
                    }
                }
                return None;
            }
        }
        for m in &i.methods {
            match self.lookup_field_or_method(t, &m.name) {
                Lookup::Found(r) if r.is_method => {
                    let mtps = self.obj(r.obj).func().map(|f| f.method_tparams.clone()).unwrap_or_default();
                    if r.ty != m.sig || !mtps.is_empty() {
                        // A generic method never matches; gc shows its
                        // type parameter list.
                        let tps = if mtps.is_empty() {
                            String::new()
                        } else {
                            let parts: Vec<String> = mtps
                                .iter()
                                .map(|&tp| {
                                    let info = self.tt.tparam_info(tp).unwrap();
                                    let c = if info.constraint == self.any_type() {
                                        "any".to_string()
                                    } else {
                                        self.tstr(info.constraint)
                                    };
                                    format!("{} {c}", info.name)
                                })
                                .collect();
                            format!("[{}]", parts.join(", "))
                        };
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}{}{}\n\t\twant {}{}",
                            m.name,
                            m.name,
                            tps,
                            self.sig_str(r.ty),
                            m.name,
                            self.sig_str(m.sig)
                        ));
                    }
                    let is_ptr = matches!(self.tt.kind(t), TypeKind::Pointer(_));
                    if r.ptr_recv && !is_ptr && !r.indirect {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Lookup::Ambiguous => {
                    // types2: the method is there twice at the same depth.
                    let ts = self.tstr(t);
                    return Some(format!("(ambiguous selector {ts}.{})", m.name));
                }
                _ => {
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    fn sig_str(&self, sig: TypeId) -> String {
        let s = self.tstr(sig);
        s.strip_prefix("func").unwrap_or(&s).to_string()
    }

    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_inner(t, &mut HashSet::new())
    }

    fn comparable_inner(&self, t: TypeId, seen: &mut HashSet<TypeId>) -> bool {
        if !seen.insert(t) {
            return true;
        }
        match self.tt.under(t) {
            TypeKind::Basic(b) => *b != crate::types::Basic::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => {
                if let TypeKind::TypeParam(i) = self.tt.kind(t) {
                    return self.tparam_comparable(*i);
                }
                true
            }
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable_inner(f.ty, seen)),
            TypeKind::Array(_, e) => self.comparable_inner(*e, seen),
            TypeKind::TypeParam(i) => self.tparam_comparable(*i),
            _ => false,
        }
    }

    fn tparam_comparable(&self, i: u32) -> bool {
        let c = self.tt.tparams[i as usize].constraint;
        match self.tt.iface(c) {
            Some(iface) => {
                iface.comparable
                    || iface.terms.as_ref().is_some_and(|ts| !ts.is_empty() && ts.iter().all(|t| self.comparable(t.ty)))
            }
            None => false,
        }
    }

    /// Every method of `t` (with embedding), for method tables. Value
    /// receivers only, unless `t` is a pointer.
    pub fn method_set(&mut self, t: TypeId) -> Vec<MethodSetEntry> {
        let mut names: Vec<crate::ast::Name> = Vec::new();
        self.collect_method_names(t, &mut names, &mut HashSet::new());
        names.sort();
        names.dedup();
        let is_ptr = matches!(self.tt.kind(t), TypeKind::Pointer(_));
        let mut out = Vec::new();
        for n in names {
            if let Lookup::Found(r) = self.lookup_field_or_method(t, &n) {
                // Generic methods (Go 1.27) are not in method sets: they
                // never satisfy interface methods.
                let generic = self.obj(r.obj).func().is_some_and(|f| !f.method_tparams.is_empty());
                if r.is_method && !generic && (!r.ptr_recv || is_ptr || r.indirect) {
                    out.push(MethodSetEntry { name: n, result: r });
                }
            }
        }
        out
    }

    fn collect_method_names(&mut self, t: TypeId, out: &mut Vec<crate::ast::Name>, seen: &mut HashSet<TypeId>) {
        let base = match self.tt.kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        if !seen.insert(base) {
            return;
        }
        if let Some(n) = self.tt.named_info(base) {
            let origin = n.origin.unwrap_or(base);
            let ms = self.tt.named_info(origin).map(|o| o.methods.clone()).unwrap_or_default();
            for m in ms {
                out.push(self.obj(m).name.clone());
            }
        }
        match self.tt.under(base).clone() {
            TypeKind::Struct(fs) => {
                for f in fs.iter().filter(|f| f.embedded) {
                    self.collect_method_names(f.ty, out, seen);
                }
            }
            TypeKind::Interface(i) => out.extend(i.methods.iter().map(|m| m.name.clone())),
            _ => {}
        }
    }
}
