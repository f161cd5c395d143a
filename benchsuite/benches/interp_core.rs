//! Instruction counts of the interpreter core (iai-callgrind): dispatch,
//! calls and allocation, under both dispatchers. Counts are stable on a
//! noisy machine, so regressions show here first.
//!
//! Run: `cargo bench -p benchsuite --bench interp_core` (needs valgrind
//! and `cargo install iai-callgrind-runner --version 0.16.1`).

use iai_callgrind::{library_benchmark, library_benchmark_group, main};
use mvm::{Config, Dispatch, EngineKind, Program};
use std::hint::black_box;

const DISPATCH: &str =
    "package main\nfunc main() {\n\ts := 0\n\tfor i := 0; i < 200000; i++ {\n\t\ts += i & 7\n\t}\n\tprintln(s)\n}\n";
const CALLS: &str = "package main\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\nfunc main() { println(fib(20)) }\n";
const ALLOC: &str = "package main\ntype N struct{ l, r *N }\nfunc mk(d int) *N {\n\tif d == 0 {\n\t\treturn &N{}\n\t}\n\treturn &N{mk(d - 1), mk(d - 1)}\n}\nfunc (n *N) count() int {\n\tif n.l == nil {\n\t\treturn 1\n\t}\n\treturn 1 + n.l.count() + n.r.count()\n}\nfunc main() {\n\tt := 0\n\tfor i := 0; i < 20; i++ {\n\t\tt += mk(10).count()\n\t}\n\tprintln(t)\n}\n";

fn run(src: &str, dispatch: Dispatch) -> i32 {
    let prog = Program::from_files(vec![("./b.go".into(), src.into())]).expect("benchmark program compiles");
    let cfg = Config { engine: EngineKind::Vm, dispatch, capture: true, ..Config::default() };
    prog.run_here(&cfg).exit_code
}

#[library_benchmark]
#[bench::threaded(Dispatch::Threaded)]
#[bench::switch(Dispatch::Switch)]
fn dispatch_loop(d: Dispatch) -> i32 {
    black_box(run(DISPATCH, d))
}

#[library_benchmark]
#[bench::threaded(Dispatch::Threaded)]
#[bench::switch(Dispatch::Switch)]
fn calls_fib20(d: Dispatch) -> i32 {
    black_box(run(CALLS, d))
}

#[library_benchmark]
#[bench::threaded(Dispatch::Threaded)]
#[bench::switch(Dispatch::Switch)]
fn alloc_trees(d: Dispatch) -> i32 {
    black_box(run(ALLOC, d))
}

library_benchmark_group!(name = interp_core; benchmarks = dispatch_loop, calls_fib20, alloc_trees);
main!(library_benchmark_groups = interp_core);
