//! Shared by the JIT tests: IR programs, and a rig that runs them under the
//! interpreter alone or with the JIT as its next tier.

// Float literals spell out the exact edge values they stand for.
#![allow(dead_code, clippy::excessive_precision)]

use interp::{Dispatch, Exit, Interp, Options, RegStack};
use ir::{InstKind, Loc, Module, Signature};
use jit::{Jit, JitOptions};
use runtime::{Ctx, Shared};
use std::rc::Rc;

/// How a program runs.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Eng {
    /// The interpreter alone: the reference.
    Interp,
    /// Every function compiled on its first call.
    Jit,
    /// Functions stay interpreted; hot loops enter compiled code by OSR
    /// (which then calls back into the interpreter).
    Osr,
    /// Functions compiled after a few calls, loops after a few trips: a
    /// mix of every transition.
    Mixed,
}

pub const JIT_ENGINES: [Eng; 3] = [Eng::Jit, Eng::Osr, Eng::Mixed];

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub exit: Exit,
    pub results: Vec<u64>,
    /// Message and trace (function id, location) of an escaped panic.
    pub panic: Option<(String, Vec<(u32, u32)>)>,
}

fn sym_bytes(name: &str) -> &'static [u8] {
    match name {
        "s_hello" => b"hello, ",
        "s_world" => b"world",
        _ => b"\0\0\0\0\0\0\0\0",
    }
}

/// Parses a module. Test conventions the text format lacks: a call of a
/// function named `__ind*` becomes a `call_indirect` through its first
/// operand with the rest of that function's signature; every instruction
/// gets a distinct location (so traces show where a panic happened);
/// symbols point at fixed byte strings.
pub fn prepare(src: &str) -> Rc<Module> {
    let mut m = ir::parse::parse_module(src).unwrap_or_else(|e| panic!("{e}\n{src}"));
    let wrappers: Vec<(usize, Signature)> = (m.funcs.iter().enumerate())
        .filter(|(_, f)| f.name.starts_with("__ind"))
        .map(|(i, f)| (i, Signature::new(f.sig.params[1..].to_vec(), f.sig.results.clone())))
        .collect();
    let mut ind = vec![None; m.funcs.len()];
    for (i, sig) in wrappers {
        ind[i] = Some(m.sig(sig));
    }
    for f in &mut m.funcs {
        for (k, d) in f.insts.iter_mut().enumerate() {
            if let InstKind::Call(c) = d.kind {
                if let Some(sig) = ind[c.index()] {
                    d.kind = InstKind::CallIndirect(sig);
                }
            }
            d.loc = Loc(k as u32 + 1);
        }
        for (k, b) in f.blocks.iter_mut().enumerate() {
            b.term_loc = Loc(1000 + k as u32);
        }
    }
    for s in &mut m.syms {
        s.addr = sym_bytes(&s.name).as_ptr() as u64;
    }
    ir::verify::verify_module(&m).unwrap_or_else(|e| panic!("{e}\n{src}"));
    Rc::new(m)
}

pub fn jit_options() -> JitOptions {
    JitOptions {
        trace: std::env::var_os("MVM_TRACE_JIT").is_some(),
        dump: std::env::var_os("MVM_JIT_DUMP").is_some(),
        verify: true,
        ..JitOptions::default()
    }
}

/// One program instance: runtime, interpreter, maybe a JIT, a goroutine.
pub struct Rig {
    // Drop order: the context and engines before the state they point to.
    ctx: Box<Ctx>,
    interp: Box<Interp>,
    pub jit: Option<Rc<Jit>>,
    _stack: RegStack,
    shared: Box<Shared>,
    pub m: Rc<Module>,
}

impl Rig {
    pub fn new(m: &Rc<Module>, eng: Eng) -> Rig {
        Self::with_options(m, eng, jit_options())
    }

    pub fn with_options(m: &Rc<Module>, eng: Eng, opts: JitOptions) -> Rig {
        let mut shared = Box::new(Shared::new());
        let sp: *mut Shared = &mut *shared;
        let (call_threshold, loop_threshold) = match eng {
            Eng::Interp => (u32::MAX, u32::MAX),
            Eng::Jit => (0, 2),
            Eng::Osr => (u32::MAX, 2),
            Eng::Mixed => (3, 5),
        };
        let interp = Box::new(
            Interp::new(
                m.clone(),
                sp,
                Options { dispatch: Dispatch::Threaded, call_threshold, loop_threshold, ticks: false },
            )
            .unwrap(),
        );
        let jit = if eng == Eng::Interp {
            None
        } else {
            let j = Rc::new(Jit::new(m.clone(), sp, opts).unwrap());
            interp.set_tier(j.clone());
            Some(j)
        };
        let stack = RegStack::new(16 << 20);
        let mut ctx = Box::new(Ctx::new(sp));
        stack.install(&mut ctx);
        let e: &dyn runtime::Engine = &*interp;
        ctx.engine = Some(e as *const dyn runtime::Engine);
        Rig { ctx, interp, jit, _stack: stack, shared, m: m.clone() }
    }

    pub fn call(&mut self, name: &str, args: &[u64]) -> Outcome {
        let fid = self.m.func_by_name(name).unwrap_or_else(|| panic!("no function {name}")).index();
        let f = &self.m.funcs[fid];
        let nres = f.sig.results.len();
        let mut buf = args.to_vec();
        buf.resize(f.sig.params.len().max(nres).max(args.len()).max(1), 0);
        self.ctx.native_stack_top = runtime::stackscan::approx_sp();
        let exit = self.interp.run(&mut self.ctx, fid, &mut buf);
        let ctx = &mut *self.ctx;
        let out = match exit {
            Exit::Return => Outcome { exit, results: buf[..nres].to_vec(), panic: None },
            Exit::Panic => {
                let i = ctx.panics.len() - 1;
                let msg = runtime::panic::describe(ctx, i);
                Outcome { exit, results: vec![], panic: Some((msg, ctx.panics[i].trace.clone())) }
            }
        };
        ctx.panicking = 0;
        ctx.panics.clear();
        ctx.exit_code = None;
        assert!(ctx.defers.is_empty(), "deferred calls left over");
        out
    }

    /// Lowest native stack address compiled code may use.
    pub fn set_stack_limit(&mut self, limit: usize) {
        self.ctx.stack_limit = limit;
    }

    pub fn collections(&self) -> u64 {
        self.shared.heap.stats.collections
    }

    pub fn stats(&self) -> jit::Stats {
        self.jit.as_ref().map(|j| j.stats()).unwrap_or_default()
    }
}

/// Compares an outcome under a JIT engine with the interpreter's. An OSR
/// entry's own frame is traced by the interpreter at the loop's back edge,
/// so where OSR may have run only the functions of a trace are compared.
pub fn assert_same(exp: &Outcome, got: &Outcome, eng: Eng, what: &str) {
    assert_eq!(exp.exit, got.exit, "{what} under {eng:?}: exit");
    assert_eq!(exp.results, got.results, "{what} under {eng:?}: results");
    match (&exp.panic, &got.panic) {
        (Some((em, et)), Some((gm, gt))) => {
            assert_eq!(em, gm, "{what} under {eng:?}: panic message");
            if eng == Eng::Jit {
                assert_eq!(et, gt, "{what} under {eng:?}: trace");
            } else {
                let f = |t: &[(u32, u32)]| t.iter().map(|x| x.0).collect::<Vec<_>>();
                assert_eq!(f(et), f(gt), "{what} under {eng:?}: trace functions");
            }
        }
        (None, None) => {}
        _ => panic!("{what} under {eng:?}: panic {:?} vs {:?}", exp.panic, got.panic),
    }
}

/// Runs `name` on every input under the interpreter and every JIT engine
/// (twice, so warm states are exercised too) and compares. Returns the
/// interpreter's outcomes and the JIT statistics per engine.
pub fn diff(src: &str, name: &str, inputs: &[Vec<u64>]) -> (Vec<Outcome>, Vec<jit::Stats>) {
    let m = prepare(src);
    let mut base = Rig::new(&m, Eng::Interp);
    let expected: Vec<Outcome> = inputs.iter().map(|a| base.call(name, a)).collect();
    let mut stats = Vec::new();
    for eng in JIT_ENGINES {
        let mut rig = Rig::new(&m, eng);
        for round in 0..2 {
            for (a, exp) in inputs.iter().zip(&expected) {
                let got = rig.call(name, a);
                assert_same(exp, &got, eng, &format!("{name}{a:x?} (round {round})"));
            }
        }
        stats.push(rig.stats());
    }
    (expected, stats)
}

pub const FIB: &str = "
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

pub const LOOPS: &str = "
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

; Values of the outer loop (v3, v6) and of the entry (v0, v1, v2) are live
; into the inner loop's header: an OSR entry there must load or recompute
; them, and v3, v6 are redefined by the outer loop after the entry.
func @nested(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 0
    v2 = iconst 7
    jump block1(v1, v1)
block1(v3: i64, v4: i64):
    v5 = icmp slt v3, v0
    brif v5, block2, block5
block2:
    v6 = imul v3, v2
    jump block3(v1, v4)
block3(v7: i64, v8: i64):
    v9 = icmp slt v7, v3
    brif v9, block4, block6
block4:
    v10 = iadd v8, v6
    v11 = iadd v10, v7
    v12 = iconst 1
    v13 = iadd v7, v12
    jump block3(v13, v11)
block6:
    v14 = iconst 1
    v15 = iadd v3, v14
    jump block1(v15, v8)
block5:
    ret v4
}

func @harmonic(i64) -> f64 {
block0(v0: i64):
    v1 = iconst 1
    v2 = fconst 0.0
    jump block1(v1, v2)
block1(v3: i64, v4: f64):
    v5 = icmp sle v3, v0
    brif v5, block2, block3
block2:
    v6 = sitof v3
    v7 = fconst 1.0
    v8 = fdiv v7, v6
    v9 = fadd v4, v8
    v10 = iadd v3, v1
    jump block1(v10, v9)
block3:
    ret v4
}

; A loop whose header is the entry block's only successor and whose body
; returns from inside (two exits), with an unused header parameter.
func @search(i64, i64) -> i64 {
block0(v0: i64, v1: i64):
    v2 = iconst 0
    jump block1(v2, v2)
block1(v3: i64, v4: i64):
    v5 = imul v3, v3
    v6 = icmp eq v5, v1
    brif v6, block2, block3
block2:
    ret v3
block3:
    v7 = iconst 1
    v8 = iadd v3, v7
    v9 = icmp sgt v8, v0
    brif v9, block4, block1(v8, v5)
block4:
    v10 = iconst -1
    ret v10
}
";

pub const MULTI: &str = "
func @multi(i64, f64) -> i64, f64, i64, f64, i64 {
block0(v0: i64, v1: f64):
    v2 = iconst 1
    v3 = iadd v0, v2
    v4 = fconst 0.5
    v5 = fadd v1, v4
    v6 = imul v0, v0
    v7 = fmul v1, v1
    v8 = isub v0, v2
    ret v3, v5, v6, v7, v8
}

func @use_multi(i64) -> i64 {
block0(v0: i64):
    v1 = sitof v0
    v2, v3, v4, v5, v6 = call @multi(v0, v1)
    v7 = ftosi v3
    v8 = ftosi v5
    v9 = iadd v2, v7
    v10 = iadd v9, v4
    v11 = iadd v10, v8
    v12 = iadd v11, v6
    ret v12
}

func @many_args(i64, i64, i64, f64, i64, i64, f64, i64, i64, i64, f64, i64) -> i64 {
block0(v0: i64, v1: i64, v2: i64, v3: f64, v4: i64, v5: i64, v6: f64, v7: i64, v8: i64, v9: i64, v10: f64, v11: i64):
    v12 = fadd v3, v6
    v13 = fadd v12, v10
    v14 = ftosi v13
    v15 = iadd v0, v1
    v16 = iadd v15, v2
    v17 = iadd v16, v4
    v18 = iadd v17, v5
    v19 = iadd v18, v7
    v20 = iadd v19, v8
    v21 = iadd v20, v9
    v22 = imul v21, v11
    v23 = iadd v22, v14
    ret v23
}

func @call_many(i64) -> i64 {
block0(v0: i64):
    v1 = sitof v0
    v2 = call @many_args(v0, v0, v0, v1, v0, v0, v1, v0, v0, v0, v1, v0)
    ret v2
}
";

pub const CALLS: &str = "
func @leaf(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 3
    v2 = imul v0, v1
    v3 = iconst 1
    v4 = iadd v2, v3
    ret v4
}

func @mid(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 0
    jump block1(v1, v1)
block1(v2: i64, v3: i64):
    v4 = icmp slt v2, v0
    brif v4, block2, block3
block2:
    v5 = call @leaf(v2)
    v6 = iadd v3, v5
    v7 = iconst 1
    v8 = iadd v2, v7
    jump block1(v8, v6)
block3:
    ret v3
}

func @top(i64) -> i64 {
block0(v0: i64):
    v1 = call @mid(v0)
    v2 = iconst 7
    v3 = call @mid(v2)
    v4 = iadd v1, v3
    ret v4
}
";

pub const INDIRECT: &str = "
func @__ind_i_i(i64, i64) -> i64 {
block0(v0: i64, v1: i64):
    unreachable
}

func @double(i64) -> i64 {
block0(v0: i64):
    v1 = iadd v0, v0
    ret v1
}

func @apply(i64, i64) -> i64 {
block0(v0: i64, v1: i64):
    v2 = call @__ind_i_i(v0, v1)
    ret v2
}

func @ind_main(i64) -> i64 {
block0(v0: i64):
    v1 = func_addr @double
    v2 = call @apply(v1, v0)
    v3 = iconst 0
    v4 = icmp eq v0, v3
    v5 = select v4, v3, v1
    v6 = call @apply(v5, v2)
    ret v6
}
";

pub const NATIVES: &str = "
native @alloc(i64, i64) -> i64
native @str_concat(i64, i64, i64, i64, i64) -> i64, i64
sym @s_hello
sym @s_world

func @strs(i64) -> i64, i64 {
block0(v0: i64):
    v1 = iconst 2
    v2 = sym_addr @s_hello
    v3 = iconst 7
    v4 = sym_addr @s_world
    v5 = iconst 5
    v6, v7 = call_native @str_concat(v1, v2, v3, v4, v5)
    v8 = iconst 0
    jump block1(v8, v8)
block1(v9: i64, v10: i64):
    v11 = icmp slt v9, v7
    brif v11, block2, block3
block2:
    v12 = iadd v6, v9
    v13 = load.u8 v12+0
    v14 = iconst 31
    v15 = imul v10, v14
    v16 = iadd v15, v13
    v17 = iconst 1
    v18 = iadd v9, v17
    jump block1(v18, v16)
block3:
    v19 = iadd v10, v0
    ret v7, v19
}

func @allocs(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 64
    v2 = iconst 1
    v3 = call_native @alloc(v1, v2)
    store.i64 v3+0, v0
    store.i64 v3+8, v0
    v4 = load.i64 v3+0
    v5 = load.i64 v3+8
    v6 = iadd v4, v5
    v7 = load.i64 v3+16
    v8 = iadd v6, v7
    ret v8
}
";

/// `rec_closure` must stay function 0: it passes its own id to `recover`.
pub const UNWIND: &str = "
native @defer_mark() -> i64
native @defer_push(i64, i64)
native @defer_return(i64)
native @recover(i64) -> i64, i64
native @panic_div() noreturn
native @alloc(i64, i64) -> i64

func @rec_closure(i64) {
block0(v0: i64):
    v1 = iconst 0
    v2, v3 = call_native @recover(v1)
    ret
}

func @guarded(i64) -> i64 unwind(v1, block4) {
block0(v0: i64):
    v1 = call_native @defer_mark()
    v2 = iconst 8
    v3 = iconst 0
    v4 = call_native @alloc(v2, v3)
    v5 = func_addr @rec_closure
    store.i64 v4+0, v5
    call_native @defer_push(v1, v4)
    v6 = icmp eq v0, v3
    brif v6, block1, block2
block1:
    call_native @panic_div()
    unreachable
block2:
    v7 = call @thrower(v0)
    call_native @defer_return(v1)
    ret v7
block4:
    v8 = iadd v0, v2
    ret v8
}

func @thrower(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 1
    v2 = icmp eq v0, v1
    brif v2, block1, block2
block1:
    v3 = iconst 0
    v4 = sdiv v0, v3
    ret v4
block2:
    ret v0
}

func @outer(i64) -> i64 {
block0(v0: i64):
    v1 = call @guarded(v0)
    v2 = iconst 100
    v3 = iadd v1, v2
    ret v3
}

func @noguard(i64) -> i64 {
block0(v0: i64):
    v1 = call @thrower(v0)
    v2 = iconst 1
    v3 = iadd v1, v2
    ret v3
}
";

pub const PANICS: &str = "
func @divloop(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 0
    jump block1(v1, v1)
block1(v2: i64, v3: i64):
    v4 = icmp sle v2, v0
    brif v4, block2, block3
block2:
    v5 = isub v0, v2
    v6 = iconst 1000
    v7 = sdiv v6, v5
    v8 = iadd v3, v7
    v9 = iconst 1
    v10 = iadd v2, v9
    jump block1(v10, v8)
block3:
    ret v3
}

func @divmain(i64) -> i64 {
block0(v0: i64):
    v1 = call @divloop(v0)
    v2 = iconst 1
    v3 = iadd v1, v2
    ret v3
}

func @bc(i64, i64) -> i64 {
block0(v0: i64, v1: i64):
    bounds_check v0, v1
    ret v0
}

func @nc(i64) -> i64 {
block0(v0: i64):
    nil_check v0
    v1 = iconst 1
    ret v1
}

func @unr(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 0
    v2 = icmp eq v0, v1
    brif v2, block1, block2
block1:
    unreachable
block2:
    ret v0
}

; A bounds check in a loop, failing after some trips.
func @scan(i64, i64) -> i64 {
block0(v0: i64, v1: i64):
    v2 = iconst 0
    jump block1(v2, v2)
block1(v3: i64, v4: i64):
    v5 = icmp slt v3, v0
    brif v5, block2, block3
block2:
    bounds_check v3, v1
    v6 = iadd v4, v3
    v7 = iconst 1
    v8 = iadd v3, v7
    jump block1(v8, v6)
block3:
    ret v4
}
";

/// Every program above, for whole-module compilation tests.
pub const ALL: &[&str] = &[FIB, LOOPS, MULTI, CALLS, INDIRECT, NATIVES, UNWIND, PANICS];

pub const INTS: &[i64] = &[
    0,
    1,
    -1,
    2,
    -2,
    3,
    7,
    63,
    64,
    65,
    100,
    -64,
    i64::MIN,
    i64::MIN + 1,
    i64::MAX,
    0x8000_0000,
    0xFFFF_FFFF,
    0x1234_5678_9abc_def0,
];

pub fn floats() -> Vec<f64> {
    vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        1.5,
        -1.5,
        2.5,
        -2.5,
        0.5,
        -0.5,
        3.5,
        -9.5,
        0.49999999999999994,
        f64::NAN,
        -f64::NAN,
        f64::from_bits(0x7ff0_0000_0000_0001),
        f64::INFINITY,
        f64::NEG_INFINITY,
        9.223372036854775808e18,
        -9.223372036854775808e18,
        9.223372036854774784e18,
        1.8446744073709552e19,
        3.0e19,
        1e300,
        -1e300,
        5e-324,
        123456.789,
        4503599627370497.0,
        3.4028235e38,
        1e39,
    ]
}
