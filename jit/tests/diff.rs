//! Differential tests: every program runs under the interpreter alone and
//! with the JIT (everything compiled, OSR only, and mixed), and must give
//! identical results, panics and traces.

#![allow(clippy::excessive_precision)]

mod common;

use common::*;
use interp::Exit;
use ir::{BinOp, FloatCC, IntCC, MemType, UnOp};
use std::fmt::Write;

fn v(xs: &[i64]) -> Vec<u64> {
    xs.iter().map(|&x| x as u64).collect()
}

#[test]
fn fib() {
    let (exp, stats) = diff(FIB, "fib", &[v(&[0]), v(&[1]), v(&[2]), v(&[10]), v(&[20])]);
    assert_eq!(exp[4].results, vec![6765]);
    assert!(stats[0].compiled >= 1, "{stats:?}");
}

#[test]
fn loops() {
    let ns = [v(&[0]), v(&[1]), v(&[5]), v(&[100]), v(&[1000])];
    for name in ["sum", "nested", "harmonic"] {
        let (_, stats) = diff(LOOPS, name, &ns);
        // The OSR engine never compiles whole functions, only loops.
        assert_eq!(stats[1].compiled, 0);
        assert!(stats[1].osr_compiled >= 1, "{name}: {stats:?}");
    }
    let (exp, _) = diff(LOOPS, "nested", &[v(&[30])]);
    assert_eq!(exp[0].results, vec![(0..30i64).map(|i| (0..i).map(|j| i * 7 + j).sum::<i64>()).sum::<i64>() as u64]);
    let (exp, _) = diff(LOOPS, "search", &[v(&[100, 49]), v(&[100, 50]), v(&[5, 10000]), v(&[1000, 998001])]);
    assert_eq!(exp[0].results, vec![7]);
    assert_eq!(exp[1].results, vec![-1i64 as u64]);
}

#[test]
fn multiple_results_and_many_arguments() {
    let (exp, _) = diff(MULTI, "multi", &[vec![3, 2.5f64.to_bits()], vec![-7i64 as u64, (-0.0f64).to_bits()]]);
    assert_eq!(exp[0].results, vec![4, 3.0f64.to_bits(), 9, 6.25f64.to_bits(), 2]);
    diff(MULTI, "use_multi", &[v(&[0]), v(&[5]), v(&[-3])]);
    diff(MULTI, "call_many", &[v(&[0]), v(&[5]), v(&[-3])]);
}

#[test]
fn calls_between_tiers() {
    diff(CALLS, "top", &[v(&[0]), v(&[3]), v(&[50])]);
    // A callee the JIT declines is always reached through the interpreter.
    let m = prepare(CALLS);
    let exp = Rig::new(&m, Eng::Interp).call("top", &[20]);
    for excluded in ["leaf", "mid", "top"] {
        let opts = jit::JitOptions { exclude: vec![excluded.to_string()], ..jit_options() };
        let mut rig = Rig::with_options(&m, Eng::Jit, opts);
        for _ in 0..3 {
            assert_same(&exp, &rig.call("top", &[20]), Eng::Jit, &format!("top without {excluded}"));
        }
        assert_eq!(rig.stats().declined, 1);
        assert_eq!(rig.stats().compiled, 2);
    }
}

#[test]
fn call_indirect() {
    let (exp, _) = diff(INDIRECT, "ind_main", &[v(&[5]), v(&[0]), v(&[-4])]);
    assert_eq!(exp[0].results, vec![20]);
    let (msg, trace) = exp[1].panic.as_ref().unwrap();
    assert!(msg.contains("nil pointer dereference"), "{msg}");
    assert_eq!(trace.len(), 2);
}

#[test]
fn natives() {
    let (exp, _) = diff(NATIVES, "strs", &[v(&[0]), v(&[1])]);
    let sum = b"hello, world".iter().fold(0i64, |a, &b| a.wrapping_mul(31).wrapping_add(b as i64));
    assert_eq!(exp[0].results, vec![12, sum as u64]);
    let (exp, _) = diff(NATIVES, "allocs", &[v(&[21]), v(&[-1])]);
    assert_eq!(exp[0].results, vec![42]);
}

#[test]
fn panics_recover_through_deferred_calls() {
    let (exp, stats) = diff(UNWIND, "outer", &[v(&[0]), v(&[1]), v(&[5])]);
    assert_eq!(exp.iter().map(|o| o.results.clone()).collect::<Vec<_>>(), vec![vec![108], vec![109], vec![105]]);
    assert!(stats[0].compiled >= 3, "{stats:?}");
    let (exp, _) = diff(UNWIND, "noguard", &[v(&[1]), v(&[2])]);
    let (msg, trace) = exp[0].panic.as_ref().unwrap();
    assert_eq!(msg, "runtime error: integer divide by zero");
    assert_eq!(trace.iter().map(|t| t.0).collect::<Vec<_>>(), vec![2, 4]);
}

#[test]
fn panics_propagate() {
    let (exp, _) = diff(PANICS, "divmain", &[v(&[3]), v(&[40]), v(&[-1])]);
    assert_eq!(exp[0].exit, Exit::Panic);
    assert_eq!(exp[2].results, vec![1]);
    let (exp, _) = diff(PANICS, "bc", &[v(&[0, 3]), v(&[3, 3]), v(&[-1, 3]), v(&[5, 0])]);
    assert_eq!(exp[1].panic.as_ref().unwrap().0, "runtime error: index out of range [3] with length 3");
    assert_eq!(exp[2].panic.as_ref().unwrap().0, "runtime error: index out of range [-1]");
    diff(PANICS, "nc", &[v(&[0]), v(&[8])]);
    let (exp, _) = diff(PANICS, "unr", &[v(&[0]), v(&[8])]);
    assert_eq!(exp[0].panic.as_ref().unwrap().0, "runtime error: internal error: unreachable code");
    diff(PANICS, "scan", &[v(&[10, 20]), v(&[30, 20])]);
}

// ---- every operation on edge values ----

fn bin_module(float: bool) -> (String, Vec<String>) {
    let mut s = String::new();
    let mut names = Vec::new();
    let t = if float { "f64" } else { "i64" };
    for op in BinOp::ALL.iter().filter(|o| o.is_float() == float) {
        let name = format!("b_{}", op.name());
        writeln!(
            s,
            "func @{name}({t}, {t}) -> {t} {{\nblock0(v0: {t}, v1: {t}):\n    v2 = {} v0, v1\n    ret v2\n}}",
            op.name()
        )
        .unwrap();
        names.push(name);
    }
    (s, names)
}

#[test]
fn integer_binary_ops() {
    let (src, names) = bin_module(false);
    let inputs: Vec<Vec<u64>> =
        INTS.iter().flat_map(|&a| INTS.iter().map(move |&b| vec![a as u64, b as u64])).collect();
    for name in &names {
        diff(&src, name, &inputs);
    }
}

/// Operations with a constant right operand take other code paths in both
/// engines (immediate forms, folded checks).
#[test]
fn integer_binary_ops_by_constants() {
    let mut src = String::new();
    let mut names = Vec::new();
    for op in BinOp::ALL.iter().filter(|o| !o.is_float()) {
        for (k, c) in [0i64, 1, -1, 2, 3, 63, 64, 100, i64::MIN, -64].iter().enumerate() {
            let name = format!("c_{}_{k}", op.name());
            writeln!(
                src,
                "func @{name}(i64) -> i64 {{\nblock0(v0: i64):\n    v1 = iconst {c}\n    v2 = {} v0, v1\n    ret v2\n}}",
                op.name()
            )
            .unwrap();
            names.push(name);
        }
    }
    let inputs: Vec<Vec<u64>> = INTS.iter().map(|&a| vec![a as u64]).collect();
    for name in &names {
        diff(&src, name, &inputs);
    }
}

#[test]
fn float_binary_ops() {
    let (src, names) = bin_module(true);
    let fs = floats();
    let inputs: Vec<Vec<u64>> =
        fs.iter().flat_map(|&a| fs.iter().map(move |&b| vec![a.to_bits(), b.to_bits()])).collect();
    for name in &names {
        diff(&src, name, &inputs);
    }
}

#[test]
fn unary_ops() {
    let mut src = String::new();
    for op in UnOp::ALL {
        let (fi, fo) = op.float_io();
        let (a, r) = (if fi { "f64" } else { "i64" }, if fo { "f64" } else { "i64" });
        writeln!(src, "func @u_{0}({a}) -> {r} {{\nblock0(v0: {a}):\n    v1 = {0} v0\n    ret v1\n}}", op.name())
            .unwrap();
    }
    let ints: Vec<Vec<u64>> = INTS.iter().map(|&a| vec![a as u64]).collect();
    let mut fs: Vec<Vec<u64>> = floats().iter().map(|f| vec![f.to_bits()]).collect();
    // Conversions at the edges of the integer ranges.
    for x in [-9.223372036854777e18, 9.223372036854775807e18, 1.8446744073709550e19, -1.0e-300, -0.9] {
        fs.push(vec![f64::to_bits(x)]);
    }
    for op in UnOp::ALL {
        let inputs = if op.float_io().0 { &fs } else { &ints };
        diff(&src, &format!("u_{}", op.name()), inputs);
    }
}

#[test]
fn comparisons_and_selects() {
    let mut src = String::new();
    for cc in IntCC::ALL {
        let n = cc.name();
        writeln!(
            src,
            "func @i_{n}(i64, i64) -> i64 {{\nblock0(v0: i64, v1: i64):\n    v2 = icmp {n} v0, v1\n    ret v2\n}}"
        )
        .unwrap();
        // As a branch condition and a select condition.
        writeln!(
            src,
            "func @ib_{n}(i64, i64) -> i64 {{\nblock0(v0: i64, v1: i64):\n    v2 = icmp {n} v0, v1\n    v3 = select v2, v0, v1\n    brif v2, block1, block2(v3)\nblock1:\n    v4 = iconst 77\n    ret v4\nblock2(v5: i64):\n    ret v5\n}}"
        )
        .unwrap();
    }
    for cc in FloatCC::ALL {
        let n = cc.name();
        writeln!(
            src,
            "func @f_{n}(f64, f64) -> i64 {{\nblock0(v0: f64, v1: f64):\n    v2 = fcmp {n} v0, v1\n    ret v2\n}}"
        )
        .unwrap();
        writeln!(
            src,
            "func @fb_{n}(f64, f64) -> f64 {{\nblock0(v0: f64, v1: f64):\n    v2 = fcmp {n} v0, v1\n    v3 = select v2, v0, v1\n    brif v2, block1, block2(v3)\nblock1:\n    v4 = fconst 77.0\n    ret v4\nblock2(v5: f64):\n    ret v5\n}}"
        )
        .unwrap();
    }
    let ints: Vec<Vec<u64>> = INTS.iter().flat_map(|&a| INTS.iter().map(move |&b| vec![a as u64, b as u64])).collect();
    let fs = floats();
    let floats: Vec<Vec<u64>> =
        fs.iter().flat_map(|&a| fs.iter().map(move |&b| vec![a.to_bits(), b.to_bits()])).collect();
    for cc in IntCC::ALL {
        diff(&src, &format!("i_{}", cc.name()), &ints);
        diff(&src, &format!("ib_{}", cc.name()), &ints);
    }
    for cc in FloatCC::ALL {
        diff(&src, &format!("f_{}", cc.name()), &floats);
        diff(&src, &format!("fb_{}", cc.name()), &floats);
    }
}

const PATTERN: [u8; 24] = [
    0x80, 0xff, 0x7f, 0x01, 0xfe, 0x00, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0xc0, 0x7f, 0x00, 0x00, 0xc0,
    0x7f, 0x00, 0x00, 0x80, 0x3f,
];

#[test]
fn loads_of_every_width() {
    let mut src = String::new();
    for mt in MemType::ALL {
        let r = if mt.reg() == ir::Type::F64 { "f64" } else { "i64" };
        for off in [0, 3] {
            writeln!(
                src,
                "func @ld_{0}_{off}(i64) -> {r} {{\nblock0(v0: i64):\n    v1 = load.{0} v0+{off}\n    ret v1\n}}",
                mt.name()
            )
            .unwrap();
        }
    }
    let buf = Box::new(PATTERN);
    let base = buf.as_ptr() as u64;
    let inputs: Vec<Vec<u64>> = (0..16).map(|k| vec![base + k]).collect();
    for mt in MemType::ALL {
        for off in [0, 3] {
            diff(&src, &format!("ld_{}_{off}", mt.name()), &inputs);
        }
    }
}

#[test]
fn stores_of_every_width() {
    let mut src = String::new();
    for mt in MemType::ALL {
        let t = if mt.reg() == ir::Type::F64 { "f64" } else { "i64" };
        writeln!(
            src,
            "func @st_{0}(i64, {t}) {{\nblock0(v0: i64, v1: {t}):\n    store.{0} v0+3, v1\n    ret\n}}",
            mt.name()
        )
        .unwrap();
    }
    let m = prepare(&src);
    let fs = floats();
    for mt in MemType::ALL {
        let name = format!("st_{}", mt.name());
        let vals: Vec<u64> = if mt.reg() == ir::Type::F64 {
            fs.iter().map(|f| f.to_bits()).collect()
        } else {
            INTS.iter().map(|&i| i as u64).collect()
        };
        let mut outs = Vec::new();
        for eng in [Eng::Interp, Eng::Jit, Eng::Mixed] {
            let mut rig = Rig::new(&m, eng);
            let mut bytes = Vec::new();
            for &x in &vals {
                let mut buf = PATTERN;
                let o = rig.call(&name, &[buf.as_mut_ptr() as u64, x]);
                assert_eq!(o.exit, Exit::Return);
                bytes.push(buf);
            }
            outs.push(bytes);
        }
        assert_eq!(outs[0], outs[1], "{name} under Jit");
        assert_eq!(outs[0], outs[2], "{name} under Mixed");
    }
}

/// Results of the interpreter as it promotes, checked against the
/// interpreter alone when a function is compiled while frames of it are
/// still interpreted (recursion under the mixed engine).
#[test]
fn tier_up_during_recursion() {
    let m = prepare(FIB);
    let exp = Rig::new(&m, Eng::Interp).call("fib", &[18]);
    let mut rig = Rig::new(&m, Eng::Mixed);
    assert_same(&exp, &rig.call("fib", &[18]), Eng::Mixed, "fib(18)");
    assert_eq!(rig.stats().compiled, 1);
}

/// Runaway recursion in compiled code hits the context's stack limit and
/// ends the process as Go does (checked in a child process).
#[test]
fn stack_overflow_is_fatal() {
    const SRC: &str = "
func @down(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 1
    v2 = iadd v0, v1
    v3 = call @down(v2)
    ret v3
}
";
    if std::env::var_os("MVM_JIT_OVERFLOW_CHILD").is_some() {
        let m = prepare(SRC);
        let mut rig = Rig::new(&m, Eng::Jit);
        rig.set_stack_limit(runtime::stackscan::approx_sp() - (256 << 10));
        rig.call("down", &[0]);
        unreachable!("the recursion returned");
    }
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "stack_overflow_is_fatal", "--nocapture", "--test-threads=1"])
        .env("MVM_JIT_OVERFLOW_CHILD", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("fatal error: stack overflow"), "{err}");
}

/// Pointers held only by compiled code (in registers or its stack frame)
/// survive collections: the collector scans native stacks conservatively.
#[test]
fn gc_keeps_values_held_by_compiled_code() {
    const SRC: &str = "
native @alloc(i64, i64) -> i64

func @gc_list(i64) -> i64, i64 {
block0(v0: i64):
    v1 = iconst 0
    jump block1(v1, v1)
block1(v2: i64, v3: i64):
    v4 = icmp slt v2, v0
    brif v4, block2, block3(v3, v1, v1)
block2:
    v5 = iconst 16
    v6 = iconst 0
    v7 = call_native @alloc(v5, v6)
    store.i64 v7+0, v3
    v20 = iconst 3
    v21 = imul v2, v20
    store.i64 v7+8, v21
    v8 = iconst 1024
    v9 = iconst 1
    v10 = call_native @alloc(v8, v9)
    v11 = iconst 1
    v12 = iadd v2, v11
    jump block1(v12, v7)
block3(v13: i64, v14: i64, v22: i64):
    v15 = icmp eq v13, v1
    v23 = icmp sgt v22, v0
    v24 = bor v15, v23
    brif v24, block4, block5
block5:
    v17 = load.i64 v13+8
    v18 = iadd v14, v17
    v19 = load.i64 v13+0
    v25 = iconst 1
    v26 = iadd v22, v25
    jump block3(v19, v18, v26)
block4:
    ret v14, v22
}
";
    let m = prepare(SRC);
    let n = 20_000u64;
    let exp = Rig::new(&m, Eng::Interp).call("gc_list", &[n]);
    assert_eq!(exp.results, vec![3 * n * (n - 1) / 2, n]);
    for eng in JIT_ENGINES {
        let mut rig = Rig::new(&m, eng);
        for _ in 0..2 {
            assert_same(&exp, &rig.call("gc_list", &[n]), eng, "gc_list");
        }
        assert!(rig.collections() > 0, "{eng:?}: no collection ran");
    }
}
