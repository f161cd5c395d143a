//! Type errors are reported as gc reports them (expectations from Go 1.27).

use frontend::check::check_program;

const FMT: &str = "package fmt\nfunc Println(a ...any) (n int, err error)\nfunc Sprint(a ...any) string\nfunc Printf(format string, a ...any) (n int, err error)\n";

fn check(body: &str) -> Vec<String> {
    let src = format!("package main\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n\n{body}\n");
    let loader: frontend::check::Loader =
        std::rc::Rc::new(|p: &str| if p == "fmt" { Some(vec![("fmt.go".to_string(), FMT.to_string())]) } else { None });
    match check_program(vec![("main.go".into(), src)], loader) {
        Ok(_) => vec![],
        Err((fs, errs)) => errs.iter().map(|e| e.render(&fs).replacen("main.go", "./main.go", 1)).collect(),
    }
}

fn first(body: &str) -> String {
    check(body).into_iter().next().unwrap_or_default()
}

#[test]
fn gc_messages() {
    let cases: &[(&str, &str)] = &[
        ("func main() { x := 1 }", "./main.go:7:15: declared and not used: x"),
        ("func main() { var x int8 = 300; _ = x }", "./main.go:7:28: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"),
        ("func main() { var a int; var b float64; _ = a + b }", "./main.go:7:45: invalid operation: a + b (mismatched types int and float64)"),
        ("func f() int { }\nfunc main() { f() }", "./main.go:7:16: missing return"),
        ("func main() { return 1 }", "./main.go:7:22: too many return values\n\thave (number)\n\twant ()"),
        ("func f() (int, int) { return 1 }\nfunc main() { f() }", "./main.go:7:30: not enough return values\n\thave (number)\n\twant (int, int)"),
        ("func main() { var s string; s.Foo() }", "./main.go:7:31: s.Foo undefined (type string has no field or method Foo)"),
        ("func main() { for { break L } }", "./main.go:7:27: break label not defined: L"),
        ("func main() { f(1, 2) }\nfunc f(a int) {}", "./main.go:7:20: too many arguments in call to f\n\thave (number, number)\n\twant (int)"),
        ("func main() { const c = 10 / 0 }", "./main.go:7:30: invalid operation: division by zero"),
        ("func main() { var x uint = -1; _ = x }", "./main.go:7:28: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)"),
        ("func main() { var p *int; p.x = 1 }", "./main.go:7:29: p.x undefined (type *int has no field or method x)"),
        ("type T struct{}\nfunc main() { var t T; t.foo() }", "./main.go:8:26: t.foo undefined (type T has no field or method foo)"),
        ("func main() { a, b := 1; _, _ = a, b }", "./main.go:7:23: assignment mismatch: 2 variables but 1 value"),
        ("func main() { L: for {} }", "./main.go:7:15: label L defined and not used"),
        ("func main() { fmt.Println(\"a\" + 1) }", "./main.go:7:27: invalid operation: \"a\" + 1 (mismatched types untyped string and untyped int)"),
        ("func main() { s := []int{}; s[1.5] = 1 }", "./main.go:7:31: 1.5 (untyped float constant) truncated to int"),
        ("func main() { var f float64 = 1; _ = f % 2 }", "./main.go:7:38: invalid operation: operator % not defined on f (variable of type float64)"),
        ("func main() { var i int; _ = i.(int) }", "./main.go:7:30: invalid operation: i (variable of type int) is not an interface"),
        ("func main() { _ = 1 << 70 }", "./main.go:7:19: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment to _ identifier (overflows)"),
        ("func main() { var x int = 1 << 70; _ = x }", "./main.go:7:27: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)"),
        ("func main() { defer 1 }", "./main.go:7:21: expression in defer must be function call"),
        ("func main() { ch := make(chan int); ch <- \"s\" }", "./main.go:7:43: cannot use \"s\" (untyped string constant) as int value in send"),
        ("func main() { var x int = \"s\"; _ = x }", "./main.go:7:27: cannot use \"s\" (untyped string constant) as int value in variable declaration"),
        ("func main() { _ = y }", "./main.go:7:19: undefined: y"),
        ("func main() { x := 1; x := 2; _ = x }", "./main.go:7:25: no new variables on left side of :="),
        ("func main() { x := 5; x() }", "./main.go:7:23: invalid operation: cannot call x (variable of type int): int is not a function"),
        ("func main() { if 1 { } }", "./main.go:7:18: non-boolean condition in if statement"),
        ("type T struct{ a int }\nfunc main() { t := T{b: 1}; _ = t }", "./main.go:8:22: unknown field b in struct literal of type T"),
        ("func main() { var a [3]int; _ = a[5] }", "./main.go:7:35: invalid argument: index 5 out of bounds [0:3]"),
        ("func main() { s := \"abc\"; s[0] = 'x' }", "./main.go:7:27: cannot assign to s[0] (neither addressable nor a map index expression)"),
        ("func main() { 1 + 2 }", "./main.go:7:15: 1 + 2 (untyped int constant 3) is not used"),
        ("func main() { var f func(); f == f }", "./main.go:7:29: invalid operation: f == f (func can only be compared to nil)"),
        ("type I interface{ M() }\ntype T struct{}\nfunc main() { var i I = T{}; _ = i }", "./main.go:9:25: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (missing method M)"),
        ("func main() { for i := range 10 { _ = i }; var x int = 1.5; _ = x }", "./main.go:7:56: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"),
        ("func main() { fmt.Printl(\"x\") }", "./main.go:7:19: undefined: fmt.Printl"),
        ("func main() { var x = nil; _ = x }", "./main.go:7:23: use of untyped nil in variable declaration"),
        ("func main() { type T int; var t T = 1; var i int = t; _ = i }", "./main.go:7:52: cannot use t (variable of int type T) as int value in variable declaration"),
    ];
    let mut bad = Vec::new();
    for (src, want) in cases {
        let got = first(src);
        if got != *want {
            bad.push(format!("{src}\n  want: {want}\n  got:  {got}"));
        }
    }
    assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn valid_programs_check() {
    let ok = [
        "type P struct{ x, y int }\nfunc (p *P) M() int { return p.x }\nfunc main() { p := &P{1, 2}; _ = p.M(); var q P; q.M() }",
        "func f[T any](x T) T { return x }\nfunc main() { _ = f(1); _ = f[string](\"a\") }",
        "type List[T any] struct { next *List[T]; v T }\nfunc (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }\nfunc main() { var l *List[int]; l = l.Push(1); _ = l }",
        "func main() { m := map[string]int{\"a\": 1}; v, ok := m[\"a\"]; _, _ = v, ok; for k, v := range m { _, _ = k, v } }",
        "type Number interface{ ~int | ~float64 }\nfunc Sum[T Number](xs []T) T { var s T; for _, x := range xs { s += x }; return s }\nfunc main() { _ = Sum([]int{1, 2}); _ = Sum([]float64{1}) }",
        "func main() { var i interface{} = 1; switch v := i.(type) { case int: _ = v + 1; case string: _ = v + \"\" } }",
        "const ( A = iota; B; C )\nfunc main() { var x [C]int; _ = x; _ = A + B }",
        "func main() { x := 1; f := func() { x++ }; f() }",
        "func g() (a, b int) { a = 1; return }\nfunc main() { x, y := g(); _, _ = x, y }",
        "type E struct{}\nfunc (E) Error() string { return \"\" }\nfunc main() { var err error = E{}; _ = err }",
    ];
    for src in ok {
        let errs = check(src);
        assert!(errs.is_empty(), "{src}\n{}", errs.join("\n"));
    }
}

/// An import Mvm cannot satisfy is the only error reported, as `go build`
/// reports unresolvable imports before compiling.
#[test]
fn unavailable_imports() {
    let check_import = |pkg: &str, body: &str| -> Vec<String> {
        let src = format!("package main\n\nimport \"{pkg}\"\n\n{body}\n");
        let loader: frontend::check::Loader = std::rc::Rc::new(|_: &str| None);
        match check_program(vec![("main.go".into(), src)], loader) {
            Ok(_) => vec![],
            Err((fs, errs)) => errs.iter().map(|e| e.render(&fs)).collect(),
        }
    };
    let errs = check_import("reflect", "func main() { reflect.TypeOf(1); var z int }");
    assert_eq!(errs, vec!["main.go:3:8: mvm: package reflect is not supported yet"]);
    let errs = check_import("github.com/x/y", "func main() { y.F() }");
    assert_eq!(
        errs,
        vec![
            "main.go:3:8: mvm: package github.com/x/y is not supported yet (only the standard library can be imported)"
        ]
    );
    let errs = check_import("nosuch/pkg", "func main() { pkg.F() }");
    assert_eq!(errs, vec!["main.go:3:8: package nosuch/pkg is not in std"]);
}
