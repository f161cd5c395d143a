//! The embedding API: host functions the guest calls, guest functions the
//! host calls, under every engine.

use mvm::{Config, EngineKind, Limit, Limits, Program, Val};
use std::sync::{Arc, Mutex};

const ENGINES: [EngineKind; 3] = [EngineKind::Ast, EngineKind::Vm, EngineKind::Jit];

const CALC: &str = r#"package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

func hostLog(msg string)
func hostScale(x float64, k int) (float64, bool)
func hostFail(code int) int

var calls int

func Add(a, b int) int { calls++; return a + b }

func Calls() int { return calls }

func Greet(name string, loud bool) (string, int) {
	s := "hello, " + name
	if loud {
		s = strings.ToUpper(s)
	}
	hostLog(s)
	return s, len(s)
}

func Scale(x float64) float64 {
	y, ok := hostScale(x, 3)
	if !ok {
		return -1
	}
	return y
}

func Boom(n int) int {
	var a []int
	return a[n]
}

func Safe(code int) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint("recovered: ", e)
		}
	}()
	hostFail(code)
	return "no error"
}

func Workers(n int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	return total
}

func Small(x int8, u uint16) int8 { return x + int8(u) }

func Quit(code int) { os.Exit(code) }

func Spin() {
	for {
	}
}

func main() {
	fmt.Println("main ran")
}
"#;

fn build(log: Arc<Mutex<Vec<String>>>) -> Program {
    Program::builder()
        .file("calc.go", CALC)
        .host("hostLog", move |a| {
            log.lock().unwrap().push(format!("{a:?}"));
            Ok(vec![])
        })
        .host("hostScale", |a| match (&a[0], &a[1]) {
            (Val::Float(x), Val::Int(k)) => Ok(vec![Val::Float(x * *k as f64), Val::Bool(*x >= 0.0)]),
            _ => Err("bad arguments".into()),
        })
        .host(
            "hostFail",
            |a| if a[0] == Val::Int(0) { Ok(vec![Val::Int(0)]) } else { Err(format!("failure {:?}", a[0])) },
        )
        .build()
        .expect("compiles")
}

fn cfg(engine: EngineKind) -> Config {
    Config { engine, jit_threshold: 2, capture: true, ..Config::default() }
}

#[test]
fn calls_both_ways() {
    for engine in ENGINES {
        let log = Arc::new(Mutex::new(Vec::new()));
        let mut inst = build(log.clone()).instantiate(&cfg(engine)).expect("main returns");
        for i in 0..5 {
            assert_eq!(inst.call("Add", &[Val::Int(i), Val::Int(40)]).unwrap(), vec![Val::Int(i + 40)], "{engine:?}");
        }
        assert_eq!(inst.call("Calls", &[]).unwrap(), vec![Val::Int(5)], "{engine:?}: state persists");
        assert_eq!(
            inst.call("Greet", &[Val::Str("gopher".into()), Val::Bool(true)]).unwrap(),
            vec![Val::Str("HELLO, GOPHER".into()), Val::Int(13)],
            "{engine:?}"
        );
        assert_eq!(*log.lock().unwrap(), vec![r#"[Str("HELLO, GOPHER")]"#.to_string()], "{engine:?}");
        assert_eq!(inst.call("Scale", &[Val::Float(1.5)]).unwrap(), vec![Val::Float(4.5)], "{engine:?}");
        assert_eq!(inst.call("Scale", &[Val::Float(-1.0)]).unwrap(), vec![Val::Float(-1.0)], "{engine:?}");
        assert_eq!(inst.call("Workers", &[Val::Int(100)]).unwrap(), vec![Val::Int(5050)], "{engine:?}");
        assert_eq!(inst.call("Small", &[Val::Int(100), Val::Uint(50)]).unwrap(), vec![Val::Int(-106)], "{engine:?}");
        let out = inst.finish();
        assert_eq!(out.exit_code, 0, "{engine:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "main ran\n", "{engine:?}");
    }
}

#[test]
fn panics_and_errors_are_results() {
    for engine in ENGINES {
        let mut inst = build(Arc::default()).instantiate(&cfg(engine)).unwrap();
        let e = inst.call("Boom", &[Val::Int(3)]).unwrap_err();
        assert!(e.starts_with("panic: runtime error: index out of range [3] with length 0"), "{engine:?}: {e}");
        // The program goes on after a panic.
        assert_eq!(inst.call("Add", &[Val::Int(1), Val::Int(2)]).unwrap(), vec![Val::Int(3)], "{engine:?}");
        // A host error is a panic the guest may recover.
        assert_eq!(inst.call("Safe", &[Val::Int(0)]).unwrap(), vec![Val::Str("no error".into())], "{engine:?}");
        assert_eq!(
            inst.call("Safe", &[Val::Int(7)]).unwrap(),
            vec![Val::Str("recovered: failure Int(7)".into())],
            "{engine:?}"
        );
        let e = inst.call("Nope", &[]).unwrap_err();
        assert!(e.starts_with("no function Nope"), "{e}");
        assert!(inst.call("main", &[]).is_err(), "main is not callable");
        let e = inst.call("Add", &[Val::Int(1)]).unwrap_err();
        assert!(e.contains("1 values where 2 are expected"), "{e}");
        let e = inst.call("Add", &[Val::Int(1), Val::Str("x".into())]).unwrap_err();
        assert!(e.contains("not an integer"), "{e}");
        let e = inst.call("Small", &[Val::Int(300), Val::Uint(1)]).unwrap_err();
        assert!(e.contains("overflows int8"), "{e}");
        // os.Exit ends the program; later calls fail.
        assert!(inst.call("Quit", &[Val::Int(3)]).is_err(), "{engine:?}");
        assert!(inst.call("Add", &[Val::Int(1), Val::Int(2)]).is_err(), "{engine:?}");
        assert_eq!(inst.finish().exit_code, 3, "{engine:?}");
    }
}

#[test]
fn limits_bound_calls() {
    for engine in ENGINES {
        let limits = Limits { time: Some(std::time::Duration::from_millis(300)), memory: None };
        let mut inst = build(Arc::default()).instantiate(&Config { limits, ..cfg(engine) }).unwrap();
        let e = inst.call("Spin", &[]).unwrap_err();
        assert!(e.contains("time limit exceeded"), "{engine:?}: {e}");
        let out = inst.finish();
        assert_eq!(out.limit, Some(Limit::Time), "{engine:?}");
        assert_eq!(out.exit_code, 2);
    }
}

#[test]
fn host_declarations_are_checked() {
    let undeclared = "package main\n\nfunc hostLog(msg string)\n\nfunc main() {}\n";
    let e = Program::builder().file("a.go", undeclared).build().err().expect("rejected");
    assert_eq!(e, vec!["a.go:3:6: missing function body".to_string()]);
    let slice = "package main\n\nfunc hostSum(xs []int) int\n\nfunc main() { println(hostSum(nil)) }\n";
    let e = Program::builder().file("a.go", slice).host("hostSum", |_| Ok(vec![Val::Int(0)])).build().err().unwrap();
    assert_eq!(
        e,
        vec!["a.go:3:6: mvm: host function hostSum: type []int cannot cross the host boundary (integers, floats, bool and string only)".to_string()]
    );
    // A plain program still rejects bodiless functions.
    let e = Program::from_files(vec![("a.go".into(), undeclared.into())]).err().unwrap();
    assert_eq!(e, vec!["a.go:3:6: missing function body".to_string()]);
}

#[test]
fn a_failing_main_is_the_error() {
    let src = "package main\n\nfunc F() int { return 1 }\n\nfunc main() { panic(\"no\") }\n";
    let p = Program::builder().file("a.go", src).build().unwrap();
    let out = p.instantiate(&cfg(EngineKind::Jit)).err().expect("main panics");
    assert_eq!(out.exit_code, 2);
    assert!(out.panic.unwrap().starts_with("panic: no"));
}
