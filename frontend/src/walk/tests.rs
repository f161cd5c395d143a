//! Unit tests of resolution: the shapes the walker runs for small
//! programs (end-to-end behaviour is covered by the golden suite).

use super::resolve::Resolver;
use super::tree::*;
use crate::check::check_program;
use runtime::Shared;
use std::rc::Rc;

/// Checks and lowers `src`, then resolves function `name` of main.
fn resolve(src: &str, name: &str) -> (Func, Box<Shared>) {
    let mut p = match check_program(vec![("./t.go".into(), src.into())], Rc::new(crate::stdlib::load)) {
        Ok(p) => p,
        Err((fs, errs)) => panic!("{:?}", errs.iter().map(|e| e.render(&fs)).collect::<Vec<_>>()),
    };
    let mut shared = Box::new(Shared::new());
    let lowered = match crate::lower::lower_program(&mut p, &mut shared) {
        Ok(l) => l,
        Err(errs) => panic!("{:?}", errs.iter().map(|e| e.render(&p.fs)).collect::<Vec<_>>()),
    };
    let main = p.main_pkg();
    let obj = p.pkg_member(main, name).expect("no such function");
    let sp: *mut Shared = &mut *shared;
    let mut r = Resolver::new(Box::new(p), lowered.tables, sp);
    let id = r.func_id(obj, &[]).expect("not lowered");
    (r.resolve(id), shared)
}

fn stmts(f: &Func) -> &[S] {
    match &f.body {
        Body::Tree(t) => &t.body.stmts,
        Body::Fail(m) => panic!("resolution failed: {m}"),
        _ => panic!("not a tree body"),
    }
}

#[test]
fn fib_is_specialized() {
    let src = "package main\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\nfunc main() { println(fib(10)) }\n";
    let (f, _s) = resolve(src, "fib");
    // One parameter word, one result word; the argument of each call is
    // built in the callee's frame, so fib needs no slots of its own.
    assert_eq!((f.np, f.nr), (1, 1));
    assert_eq!(f.frame, 2, "{f:#?}");
    let st = stmts(&f);
    let S::If { cond, then, .. } = &st[0] else { panic!("{:#?}", st[0]) };
    assert!(matches!(cond, X::CmpK { cc: Cc::Slt, a, k: 2 } if matches!(**a, X::Slot(0))), "{cond:#?}");
    assert!(matches!(&then.stmts[0], S::Ret(p) if matches!(p[0], (X::Slot(0), 1, 1))));
    let S::Ret(parts) = &st[1] else { panic!("{:#?}", st[1]) };
    let X::Arith { op: AOp::Add, norm: Norm::None, a, b } = &parts[0].0 else { panic!("{parts:#?}") };
    for c in [a, b] {
        let X::Call(c) = &**c else { panic!("{c:#?}") };
        assert!(matches!(c.target, Target::Static(_)));
        assert!(matches!(&c.args[0].x, X::ArithK { op: AOp::Sub, k: 1 | 2, .. }));
    }
}

#[test]
fn escaping_variables_live_in_cells() {
    let src =
        "package main\nfunc f() *int {\n\tx := 1\n\ty := 2\n\ty++\n\treturn &x\n}\nfunc main() { println(*f()) }\n";
    let (f, _s) = resolve(src, "f");
    let st = stmts(&f);
    assert!(matches!(&st[0], S::NewCell { x: Some(X::K(1)), .. }), "{:#?}", st[0]);
    assert!(matches!(&st[1], S::Set { x: X::K(2), .. }), "{:#?}", st[1]);
    // y++ updates the variable's slot in place.
    let S::Set { slot, x: X::ArithK { op: AOp::Add, a, k: 1, .. } } = &st[2] else { panic!("{:#?}", st[2]) };
    assert!(matches!(**a, X::Slot(s) if s == *slot));
}

#[test]
fn narrow_integers_are_normalized() {
    let src = "package main\nfunc f(a, b int8) int8 { return a * b }\nfunc main() { println(f(100, 3)) }\n";
    let (f, _s) = resolve(src, "f");
    let S::Ret(parts) = &stmts(&f)[0] else { panic!() };
    assert!(matches!(parts[0].0, X::Arith { op: AOp::Mul, norm: Norm::S8, .. }), "{parts:#?}");
}

#[test]
fn defers_get_a_mark_and_result_cells() {
    let src =
        "package main\nfunc f() (r int) {\n\tdefer func() { r++ }()\n\treturn 1\n}\nfunc main() { println(f()) }\n";
    let (f, _s) = resolve(src, "f");
    let Body::Tree(t) = &f.body else { panic!() };
    let d = t.defers.as_ref().expect("no defer info");
    assert_eq!(d.cells.len(), 1);
    assert!(t.body.stmts.iter().any(|s| matches!(s, S::Defer { .. })));
    assert!(t.body.stmts.iter().any(|s| matches!(s, S::RetCells(_))));
}
