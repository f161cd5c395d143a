//! Time and memory limits (`Config::limits`, `mvm run --time-limit /
//! --memory-limit`): a program past one ends as after `os.Exit(2)`, under
//! every engine, without taking the host process with it.

use mvm::{Config, EngineKind, Limit, Limits, Outcome, Program};
use std::time::{Duration, Instant};

const ENGINES: [EngineKind; 3] = [EngineKind::Ast, EngineKind::Vm, EngineKind::Jit];

fn run(src: &str, engine: EngineKind, limits: Limits) -> Outcome {
    let p = Program::from_files(vec![("./limits.go".into(), src.into())]).expect("compiles");
    let cfg = Config { engine, jit_threshold: 2, capture: true, limits, ..Config::default() };
    p.run(&cfg)
}

fn time(ms: u64) -> Limits {
    Limits { time: Some(Duration::from_millis(ms)), memory: None }
}

fn assert_stopped(src: &str, limits: Limits, want: Limit) {
    for engine in ENGINES {
        let start = Instant::now();
        let out = run(src, engine, limits.clone());
        let took = start.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.limit, Some(want), "{engine:?}: {stderr}");
        assert_eq!(out.exit_code, 2, "{engine:?}");
        assert!(stderr.starts_with("fatal error: "), "{engine:?}: {stderr}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "start\n", "{engine:?}: deferred calls must not run");
        assert!(took < Duration::from_secs(20), "{engine:?} took {took:?}");
    }
}

#[test]
fn an_endless_loop_is_stopped() {
    let src = "package main\nimport \"fmt\"\nfunc main() {\n\tdefer fmt.Println(\"deferred\")\n\tfmt.Println(\"start\")\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n";
    assert_stopped(src, time(200), Limit::Time);
}

#[test]
fn recursion_without_loops_is_stopped() {
    let src = "package main\nimport \"fmt\"\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\nfunc main() {\n\tfmt.Println(\"start\")\n\tfmt.Println(fib(70))\n}\n";
    assert_stopped(src, time(200), Limit::Time);
}

#[test]
fn sleeping_goroutines_are_stopped() {
    let src = "package main\nimport (\n\t\"fmt\"\n\t\"time\"\n)\nfunc main() {\n\tgo func() {\n\t\tfor {\n\t\t\ttime.Sleep(time.Millisecond)\n\t\t}\n\t}()\n\tfmt.Println(\"start\")\n\ttime.Sleep(time.Hour)\n}\n";
    assert_stopped(src, time(200), Limit::Time);
}

#[test]
fn a_growing_heap_is_stopped() {
    let src = "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"start\")\n\tvar keep [][]int\n\tfor {\n\t\tkeep = append(keep, make([]int, 1000))\n\t}\n}\n";
    assert_stopped(src, Limits { time: None, memory: Some(64 << 20) }, Limit::Memory);
}

#[test]
fn garbage_under_the_limit_is_collected() {
    // Allocates far more than the limit in total, keeping little.
    let src = "package main\nimport \"fmt\"\nfunc main() {\n\ts := 0\n\tfor i := 0; i < 200000; i++ {\n\t\tb := make([]int, 100)\n\t\tb[i%100] = i\n\t\ts += len(b)\n\t}\n\tfmt.Println(s)\n}\n";
    for engine in ENGINES {
        let out = run(src, engine, Limits { time: Some(Duration::from_secs(60)), memory: Some(16 << 20) });
        assert_eq!(out.limit, None, "{engine:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), "20000000\n");
        assert_eq!(out.exit_code, 0);
    }
}
