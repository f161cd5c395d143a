//! The universe scope (predeclared types, constants, builtins) and the
//! `unsafe` package.

use super::Checker;
use crate::constant::Const;
use crate::objects::*;
use crate::types::{ids, Iface, Method, NamedInfo, TypeId, TypeKind};
use std::rc::Rc;

pub(super) fn populate(c: &mut Checker) {
    let u = c.universe;
    let types: [(&str, TypeId); 20] = [
        ("bool", ids::BOOL),
        ("int", ids::INT),
        ("int8", ids::INT8),
        ("int16", ids::INT16),
        ("int32", ids::INT32),
        ("int64", ids::INT64),
        ("uint", ids::UINT),
        ("uint8", ids::UINT8),
        ("uint16", ids::UINT16),
        ("uint32", ids::UINT32),
        ("uint64", ids::UINT64),
        ("uintptr", ids::UINTPTR),
        ("float32", ids::FLOAT32),
        ("float64", ids::FLOAT64),
        ("complex64", ids::COMPLEX64),
        ("complex128", ids::COMPLEX128),
        ("string", ids::STRING),
        ("byte", ids::UINT8),
        ("rune", ids::INT32),
        ("any", ids::EMPTY_IFACE),
    ];
    for (name, t) in types {
        let alias = matches!(name, "byte" | "rune" | "any");
        let o = c.new_obj(name.into(), ObjKind::TypeName { alias }, t, 0);
        c.scopes[u.0 as usize].names.insert(name.into(), o);
    }
    c.any_type = ids::EMPTY_IFACE;

    // error: interface{ Error() string }
    let sig = c.tt.func(vec![], vec![ids::STRING], false);
    let iface = c.tt.intern(TypeKind::Interface(Iface {
        methods: vec![Method { name: "Error".into(), pkg: "".into(), sig }],
        terms: None,
        comparable: false,
    }));
    let err_obj = c.new_obj("error".into(), ObjKind::TypeName { alias: false }, ids::INVALID, 0);
    let err = c.tt.new_named(NamedInfo {
        name: "error".into(),
        pkg: "".into(),
        obj: Some(err_obj),
        underlying: iface,
        methods: vec![],
        tparams: vec![],
        origin: None,
        targs: vec![],
        local_index: 0,
    });
    c.objs[err_obj.0 as usize].ty.set(err);
    c.scopes[u.0 as usize].names.insert("error".into(), err_obj);
    c.error_type = err;

    let cmp_iface = c.tt.intern(TypeKind::Interface(Iface { methods: vec![], terms: None, comparable: true }));
    let cmp_obj = c.new_obj("comparable".into(), ObjKind::TypeName { alias: false }, ids::INVALID, 0);
    let cmp = c.tt.new_named(NamedInfo {
        name: "comparable".into(),
        pkg: "".into(),
        obj: Some(cmp_obj),
        underlying: cmp_iface,
        methods: vec![],
        tparams: vec![],
        origin: None,
        targs: vec![],
        local_index: 0,
    });
    c.objs[cmp_obj.0 as usize].ty.set(cmp);
    c.scopes[u.0 as usize].names.insert("comparable".into(), cmp_obj);
    c.comparable_type = cmp;

    for (name, v) in [("true", true), ("false", false)] {
        let o = c.new_obj(name.into(), ObjKind::Const(Some(Const::Bool(v))), ids::UNTYPED_BOOL, 0);
        c.scopes[u.0 as usize].names.insert(name.into(), o);
    }
    let iota = c.new_obj("iota".into(), ObjKind::Const(None), ids::UNTYPED_INT, 0);
    c.scopes[u.0 as usize].names.insert("iota".into(), iota);
    let nil = c.new_obj("nil".into(), ObjKind::Nil, ids::UNTYPED_NIL, 0);
    c.scopes[u.0 as usize].names.insert("nil".into(), nil);

    use Builtin::*;
    for b in [
        Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println, Real,
        Recover,
    ] {
        let o = c.new_obj(b.name().into(), ObjKind::Builtin(b), ids::INVALID, 0);
        c.scopes[u.0 as usize].names.insert(b.name().into(), o);
    }
}

/// The `unsafe` package: Pointer and the unsafe builtins.
pub(super) fn unsafe_package(c: &mut Checker) -> PkgId {
    let scope = c.new_scope(Some(c.universe), ScopeKind::Package);
    let id = PkgId(c.packages.len() as u32);
    c.packages.push(super::Package {
        path: "unsafe".into(),
        name: "unsafe".into(),
        scope,
        files: vec![],
        init: vec![],
        init_funcs: vec![],
        funcs: vec![],
        imports: vec![],
        fake: true,
    });
    let saved = c.pkg;
    c.pkg = id;
    let p = c.new_obj("Pointer".into(), ObjKind::TypeName { alias: false }, ids::UNSAFE_POINTER, 0);
    c.scopes[scope.0 as usize].names.insert("Pointer".into(), p);
    use Builtin::*;
    for b in [Sizeof, Alignof, Offsetof, Add, Slice, String, StringData, SliceData] {
        let name: Rc<str> = b.name().trim_start_matches("unsafe.").into();
        let o = c.new_obj(name.clone(), ObjKind::Builtin(b), ids::INVALID, 0);
        c.scopes[scope.0 as usize].names.insert(name, o);
    }
    c.pkg = saved;
    c.order.insert(0, id);
    id
}
