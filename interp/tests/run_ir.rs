//! Runs IR text modules through the interpreter under both dispatchers.

use interp::{Dispatch, Exit, Interp, Options, RegStack};
use runtime::{Ctx, Shared};
use std::rc::Rc;

const FIB: &str = "
func @fib(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 2
    v2 = icmp slt v0, v1
    brif v2, block1, block2
block1:
    ret v0
block2:
    v3 = iconst 1
    v4 = isub v0, v3
    v5 = call @fib(v4)
    v6 = isub v0, v1
    v7 = call @fib(v6)
    v8 = iadd v5, v7
    ret v8
}
";

const SUM_LOOP: &str = "
func @sum(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 0
    jump block1(v1, v1)
block1(v2: i64, v3: i64):
    v4 = icmp slt v2, v0
    brif v4, block2, block3
block2:
    v5 = iadd v3, v2
    v6 = iconst 1
    v7 = iadd v2, v6
    jump block1(v7, v5)
block3:
    ret v3
}
";

fn run(src: &str, name: &str, dispatch: Dispatch, args: &[u64]) -> (Exit, Vec<u64>) {
    let m = Rc::new(ir::parse::parse_module(src).unwrap());
    ir::verify::verify_module(&m).unwrap();
    let fid = m.func_by_name(name).unwrap().index();
    let mut shared = Box::new(Shared::new());
    let interp = Interp::new(
        m,
        &mut *shared,
        Options { dispatch, call_threshold: u32::MAX, loop_threshold: u32::MAX, ticks: false },
    )
    .unwrap();
    let stack = RegStack::new(64 << 20);
    let mut ctx = Ctx::new(&mut *shared);
    stack.install(&mut ctx);
    let mut buf = args.to_vec();
    buf.resize(4, 0);
    let e = interp.run(&mut ctx, fid, &mut buf);
    (e, buf)
}

#[test]
fn fib_under_both_dispatchers() {
    for d in [Dispatch::Threaded, Dispatch::Switch] {
        let (e, r) = run(FIB, "fib", d, &[20]);
        assert_eq!(e, Exit::Return);
        assert_eq!(r[0], 6765);
    }
}

#[test]
fn loops_sum() {
    for d in [Dispatch::Threaded, Dispatch::Switch] {
        let (_, r) = run(SUM_LOOP, "sum", d, &[1000]);
        assert_eq!(r[0], 499500);
    }
}

/// Threaded dispatch must not grow the native stack: every handler ends in
/// a sibling call. Ten million loop iterations (tens of millions of
/// handler transitions) on a 256 KiB thread stack would overflow at once
/// if any transition were a real call.
#[test]
fn threaded_dispatch_runs_in_constant_native_stack() {
    let h = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| run(SUM_LOOP, "sum", Dispatch::Threaded, &[10_000_000]).1[0])
        .unwrap();
    assert_eq!(h.join().unwrap(), 49999995000000);
}

#[test]
fn division_by_zero_panics() {
    let src = "
func @div(i64, i64) -> i64 {
block0(v0: i64, v1: i64):
    v2 = sdiv v0, v1
    ret v2
}
";
    let (e, _) = run(src, "div", Dispatch::Threaded, &[1, 0]);
    assert_eq!(e, Exit::Panic);
    let (e, r) = run(src, "div", Dispatch::Switch, &[i64::MIN as u64, -1i64 as u64]);
    assert_eq!(e, Exit::Return);
    assert_eq!(r[0], i64::MIN as u64);
}

/// Guest calls do not recurse on the native stack either: a call chain
/// 100 000 frames deep runs on a 256 KiB thread stack under both
/// dispatchers (the frames live on the register stack).
#[test]
fn deep_guest_recursion_uses_the_register_stack() {
    let src = "
func @depth(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 0
    v2 = icmp eq v0, v1
    brif v2, block1, block2
block1:
    ret v1
block2:
    v3 = iconst 1
    v4 = isub v0, v3
    v5 = call @depth(v4)
    v6 = iadd v5, v3
    ret v6
}
";
    for d in [Dispatch::Threaded, Dispatch::Switch] {
        let h =
            std::thread::Builder::new().stack_size(256 << 10).spawn(move || run(src, "depth", d, &[100_000])).unwrap();
        let (e, r) = h.join().unwrap();
        assert_eq!(e, Exit::Return);
        assert_eq!(r[0], 100_000);
    }
}
