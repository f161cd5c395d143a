//! Instruction semantics and the two dispatchers built from them.
//!
//! `define_ops!` turns one list of (opcode, operand shape, body) into the
//! `Op` enum, a tail-calling handler per opcode (threaded dispatch: each
//! handler ends by calling the next instruction's handler; with
//! optimisation on these are sibling calls, i.e. jumps), and a classic
//! `loop { match }` interpreter. A body evaluates to a `Flow` saying where
//! execution continues. See docs/decisions/0006-dispatch.md.

use crate::bytecode::{BcFunc, Fmt, Instr};
use crate::engine::Interp;
use runtime::native::Args;
use runtime::Ctx;

/// Why the interpreter loop returned.
#[repr(u64)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    Return = 0,
    Panic = 1,
}

/// Per-run interpreter state, shared by every frame of one run.
pub struct State {
    pub ctx: *mut Ctx,
    pub interp: *const Interp,
    pub stack_end: *mut u64,
}

pub enum Flow {
    Next,
    Skip2,
    Jump(*const Instr),
    Enter(*const Instr, *mut u64),
    Panic,
    Exit(Exit),
}

pub type Handler = unsafe fn(*const Instr, *mut u64, *mut State) -> Exit;

/// What out-of-line helpers return: a pair of words, so that it travels in
/// registers. A handler whose frame holds a returned-by-memory value cannot
/// end in a sibling call, which would make threaded dispatch recurse.
/// `(ip, fp)` resumes there; small `ip` values encode the other outcomes.
type Resume = (usize, usize);
const R_NEXT: usize = 1;
const R_PANIC: usize = 2;
const R_EXIT: usize = 0;

#[inline(always)]
fn resume(r: Resume) -> Flow {
    match r.0 {
        R_NEXT => Flow::Next,
        R_PANIC => Flow::Panic,
        R_EXIT => Flow::Exit(if r.1 == 0 { Exit::Return } else { Exit::Panic }),
        ip => Flow::Enter(ip as *const Instr, r.1 as *mut u64),
    }
}

#[inline(always)]
fn enter(ip: *const Instr, fp: *mut u64) -> Resume {
    (ip as usize, fp as usize)
}

#[inline(always)]
unsafe fn r(fp: *mut u64, i: u16) -> u64 {
    *fp.add(i as usize)
}
#[inline(always)]
unsafe fn w(fp: *mut u64, i: u16, v: u64) {
    *fp.add(i as usize) = v
}
#[inline(always)]
unsafe fn rf(fp: *mut u64, i: u16) -> f64 {
    f64::from_bits(*fp.add(i as usize))
}
#[inline(always)]
unsafe fn wf(fp: *mut u64, i: u16, v: f64) {
    *fp.add(i as usize) = v.to_bits()
}
#[inline(always)]
unsafe fn ctx<'a>(st: *mut State) -> &'a mut Ctx {
    &mut *(*st).ctx
}
#[inline(always)]
unsafe fn addr(fp: *mut u64, ins: &Instr) -> *mut u8 {
    (r(fp, ins.b) as *mut u8).offset(ins.cd() as isize)
}
#[inline(always)]
unsafe fn jump(ip: *const Instr, ins: &Instr) -> Flow {
    Flow::Jump(ip.offset(ins.cd() as isize))
}
#[inline(always)]
unsafe fn br(cond: bool, ip: *const Instr, ins: &Instr) -> Flow {
    if cond {
        jump(ip, ins)
    } else {
        Flow::Next
    }
}
#[inline(always)]
fn shl(a: u64, b: u64) -> u64 {
    if b >= 64 {
        0
    } else {
        a << b
    }
}
#[inline(always)]
fn ushr(a: u64, b: u64) -> u64 {
    if b >= 64 {
        0
    } else {
        a >> b
    }
}
#[inline(always)]
fn sshr(a: u64, b: u64) -> u64 {
    ((a as i64) >> b.min(63)) as u64
}

/// Makes the frames below `fp` visible to the collector before leaving the
/// interpreter (natives, JIT code).
#[inline(always)]
unsafe fn publish_top(fp: *mut u64, st: *mut State) {
    let f = *fp.sub(1) as *const BcFunc;
    (*(*st).ctx).reg_top = fp.add((*f).frame_size as usize) as usize;
}

/// Returns from the frame at `fp`; results are already in its first slots.
#[inline(always)]
unsafe fn do_ret(fp: *mut u64) -> Flow {
    let ret = *fp.sub(3) as *const Instr;
    if ret.is_null() {
        Flow::Exit(Exit::Return)
    } else {
        Flow::Enter(ret, *fp.sub(2) as *mut u64)
    }
}

/// Calls JIT code (frame convention) for the callee whose words are at `nfp`.
#[inline(never)]
unsafe fn call_jit(code: *const u8, fp: *mut u64, nfp: *mut u64, st: *mut State) -> Resume {
    publish_top(fp, st);
    let c = (*st).ctx;
    // SAFETY: frame_code entries have this signature (jit::trampoline).
    let f: extern "C" fn(*mut Ctx, *mut u64) = std::mem::transmute(code);
    f(c, nfp);
    if (*c).panicking != 0 {
        (R_PANIC, 0)
    } else {
        (R_NEXT, 0)
    }
}

/// Enters function `fid` with its arguments already at `nfp`.
#[inline(always)]
unsafe fn call_func(fid: usize, ip: *const Instr, fp: *mut u64, nfp: *mut u64, st: *mut State) -> Flow {
    let interp = &*(*st).interp;
    let f = interp.func_ptr(fid);
    let fi = &*(*f).fi;
    let code = fi.frame_code.get();
    if !code.is_null() {
        return resume(call_jit(code, fp, nfp, st));
    }
    if interp.ticks && slice_used_up(st) {
        return resume(preempt_call(fid, ip, fp, nfp, st));
    }
    let n = fi.calls.get().wrapping_add(1);
    fi.calls.set(n);
    if n >= interp.call_threshold && !(*f).tier_tried.get() {
        return resume(hot_call(fid, ip, fp, nfp, st));
    }
    if !(*f).compiled {
        return resume(lazy_enter(fid, ip, fp, nfp, st));
    }
    if nfp.add((*f).frame_size as usize) > (*st).stack_end {
        stack_overflow(st);
    }
    *nfp.sub(3) = ip.add(1) as u64;
    *nfp.sub(2) = fp as u64;
    *nfp.sub(1) = f as u64;
    Flow::Enter((*f).code.as_ptr(), nfp)
}

/// The time slice ran out at a call (`Options::ticks`): offer to yield,
/// then make the call.
#[inline(never)]
unsafe fn preempt_call(fid: usize, ip: *const Instr, fp: *mut u64, nfp: *mut u64, st: *mut State) -> Resume {
    if !offer_yield(fp, st) {
        return (R_PANIC, 0);
    }
    lazy_enter(fid, ip, fp, nfp, st)
}

/// Counts one back edge (or call) against the goroutine's time slice; true
/// when it has run out.
#[inline(always)]
unsafe fn slice_used_up(st: *mut State) -> bool {
    let ctx = (*st).ctx;
    (*ctx).preempt = (*ctx).preempt.wrapping_sub(1);
    ((*ctx).preempt as i64) < 0
}

/// Lets other goroutines run (the frame at `fp` published for the
/// collector); false if the program is ending and the frame must unwind.
unsafe fn offer_yield(fp: *mut u64, st: *mut State) -> bool {
    publish_top(fp, st);
    runtime::sched::preempt(&mut *(*st).ctx)
}

#[inline(never)]
unsafe fn hot_call(fid: usize, ip: *const Instr, fp: *mut u64, nfp: *mut u64, st: *mut State) -> Resume {
    let interp = &*(*st).interp;
    let f = interp.func_ptr(fid);
    (*f).tier_tried.set(true);
    publish_top(fp, st);
    interp.hot_function(fid);
    let code = (*(*f).fi).frame_code.get();
    if !code.is_null() {
        return call_jit(code, fp, nfp, st);
    }
    lazy_enter(fid, ip, fp, nfp, st)
}

#[inline(never)]
unsafe fn lazy_enter(fid: usize, ip: *const Instr, fp: *mut u64, nfp: *mut u64, st: *mut State) -> Resume {
    let interp = &*(*st).interp;
    interp.ensure_compiled(fid);
    let f = interp.func_ptr(fid);
    if nfp.add((*f).frame_size as usize) > (*st).stack_end {
        stack_overflow(st);
    }
    *nfp.sub(3) = ip.add(1) as u64;
    *nfp.sub(2) = fp as u64;
    *nfp.sub(1) = f as u64;
    enter((*f).code.as_ptr(), nfp)
}

#[cold]
unsafe fn stack_overflow(st: *mut State) -> ! {
    ctx(st).shared().out.flush();
    runtime::fatal_stack_overflow()
}

/// A back edge of loop `id`: counts, and enters JIT code via OSR once hot.
#[inline(always)]
unsafe fn back_edge(id: u16, ip: *const Instr, fp: *mut u64, st: *mut State) -> Flow {
    let f = &*(*fp.sub(1) as *const BcFunc);
    let id = id as usize;
    let osr = f.osr.get_unchecked(id).get();
    if !osr.is_null() {
        return resume(enter_osr(osr, fp, st));
    }
    if slice_used_up(st) {
        return resume(preempt(ip, fp, st));
    }
    let counter = f.loop_counts.get_unchecked(id);
    let c = counter.get().wrapping_add(1);
    counter.set(c);
    if c == (*(*st).interp).loop_threshold {
        return resume(hot_loop(id, ip, fp, st));
    }
    jump(ip, &*ip)
}

/// The goroutine's time slice is used up at a back edge: offer to yield.
#[inline(never)]
unsafe fn preempt(ip: *const Instr, fp: *mut u64, st: *mut State) -> Resume {
    if !offer_yield(fp, st) {
        return (R_PANIC, 0);
    }
    enter(ip.offset((*ip).cd() as isize), fp)
}

#[inline(never)]
unsafe fn hot_loop(id: usize, ip: *const Instr, fp: *mut u64, st: *mut State) -> Resume {
    let f = &*(*fp.sub(1) as *const BcFunc);
    publish_top(fp, st);
    (*(*st).interp).hot_loop(f, id);
    let osr = f.osr[id].get();
    if !osr.is_null() {
        return enter_osr(osr, fp, st);
    }
    enter(ip.offset((*ip).cd() as isize), fp)
}

#[inline(never)]
unsafe fn enter_osr(code: *const u8, fp: *mut u64, st: *mut State) -> Resume {
    publish_top(fp, st);
    let c = (*st).ctx;
    // SAFETY: OSR entries take (ctx, frame) and write the results into the
    // frame's first slots.
    let f: extern "C" fn(*mut Ctx, *mut u64) = std::mem::transmute(code);
    f(c, fp);
    if (*c).panicking != 0 {
        return (R_PANIC, 0);
    }
    let ret = *fp.sub(3);
    if ret == 0 {
        (R_EXIT, 0)
    } else {
        (ret as usize, *fp.sub(2) as usize)
    }
}

/// Unwinds interpreter frames for a panic raised at `ip`: gives each frame
/// with deferred calls the chance to recover.
#[inline(never)]
unsafe fn unwind(mut ip: *const Instr, mut fp: *mut u64, st: *mut State) -> Resume {
    let c = ctx(st);
    loop {
        let f = &*(*fp.sub(1) as *const BcFunc);
        let pc = ip.offset_from(f.code.as_ptr()) as usize;
        runtime::panic::trace_frame(c, (*f.fi).id, f.locs.get(pc).copied().unwrap_or(0));
        if let Some((marker, recover_pc)) = f.unwind {
            publish_top(fp, st);
            let mut buf = [r(fp, marker)];
            runtime::panic::unwind(c, Args(buf.as_mut_ptr()));
            if buf[0] == 1 {
                return enter(f.code.as_ptr().add(recover_pc as usize), fp);
            }
        }
        let ret = *fp.sub(3) as *const Instr;
        if ret.is_null() {
            return (R_EXIT, 1);
        }
        ip = ret.sub(1);
        fp = *fp.sub(2) as *mut u64;
    }
}

#[inline(always)]
unsafe fn raise_index(st: *mut State, i: u64, len: u64) -> Flow {
    runtime::panic::raise_index(ctx(st), i as i64, len as i64);
    Flow::Panic
}

macro_rules! define_ops {
    ($( $name:ident [$fmt:ident] ($ins:ident, $ip:ident, $fp:ident, $st:ident) => $body:block )*) => {
        /// Opcodes, in the order of `define_ops!`.
        #[repr(u16)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        #[allow(clippy::upper_case_acronyms)]
        pub enum Op { $($name),* }

        impl Op {
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];
            pub const FMTS: &'static [Fmt] = &[$(Fmt::$fmt),*];
            pub fn name(self) -> &'static str { Self::NAMES[self as usize] }
            pub fn fmt(self) -> Fmt { Self::FMTS[self as usize] }
            pub fn from_u16(x: u16) -> Op {
                assert!((x as usize) < Self::NAMES.len());
                // SAFETY: Op is repr(u16) with dense discriminants below NAMES.len().
                unsafe { std::mem::transmute::<u16, Op>(x) }
            }
        }

        #[allow(non_snake_case, unused_variables, clippy::missing_safety_doc)]
        pub mod threaded {
            use super::*;

            #[inline(always)]
            pub unsafe fn dispatch(ip: *const Instr, fp: *mut u64, st: *mut State) -> Exit {
                let h: Handler = std::mem::transmute::<usize, Handler>((*ip).h);
                h(ip, fp, st)
            }

            $(
                pub unsafe fn $name($ip: *const Instr, $fp: *mut u64, $st: *mut State) -> Exit {
                    let $ins = &*$ip;
                    let flow: Flow = $body;
                    match flow {
                        Flow::Next => dispatch($ip.add(1), $fp, $st),
                        Flow::Skip2 => dispatch($ip.add(2), $fp, $st),
                        Flow::Jump(t) => dispatch(t, $fp, $st),
                        Flow::Enter(i, f) => dispatch(i, f, $st),
                        Flow::Panic => match unwind($ip, $fp, $st) {
                            (R_EXIT, _) => Exit::Panic,
                            (i, f) => dispatch(i as *const Instr, f as *mut u64, $st),
                        },
                        Flow::Exit(e) => e,
                    }
                }
            )*

            pub const HANDLERS: &[Handler] = &[$($name),*];
        }

        /// The `loop { match }` interpreter.
        #[allow(unused_variables, clippy::missing_safety_doc)]
        pub unsafe fn run_switch(mut ip: *const Instr, mut fp: *mut u64, st: *mut State) -> Exit {
            loop {
                let op: Op = std::mem::transmute::<u16, Op>((*ip).h as u16);
                let flow: Flow = match op {
                    $(Op::$name => {
                        let $ins = &*ip;
                        let $ip = ip;
                        let $fp = fp;
                        let $st = st;
                        $body
                    })*
                };
                match flow {
                    Flow::Next => ip = ip.add(1),
                    Flow::Skip2 => ip = ip.add(2),
                    Flow::Jump(t) => ip = t,
                    Flow::Enter(i, f) => {
                        ip = i;
                        fp = f;
                    }
                    Flow::Panic => match unwind(ip, fp, st) {
                        (R_EXIT, _) => return Exit::Panic,
                        (i, f) => {
                            ip = i as *const Instr;
                            fp = f as *mut u64;
                        }
                    },
                    Flow::Exit(e) => return e,
                }
            }
        }
    };
}

macro_rules! int_bin {
    ($fp:ident, $ins:ident, |$x:ident, $y:ident| $e:expr) => {{
        let $x = r($fp, $ins.b);
        let $y = r($fp, $ins.c);
        w($fp, $ins.a, $e);
        Flow::Next
    }};
}
macro_rules! int_imm {
    ($fp:ident, $ins:ident, |$x:ident, $y:ident| $e:expr) => {{
        let $x = r($fp, $ins.b);
        let $y = $ins.cd() as i64 as u64;
        w($fp, $ins.a, $e);
        Flow::Next
    }};
}
macro_rules! un {
    ($fp:ident, $ins:ident, |$x:ident| $e:expr) => {{
        let $x = r($fp, $ins.b);
        w($fp, $ins.a, $e);
        Flow::Next
    }};
}
macro_rules! fun {
    ($fp:ident, $ins:ident, |$x:ident| $e:expr) => {{
        let $x = rf($fp, $ins.b);
        wf($fp, $ins.a, $e);
        Flow::Next
    }};
}
macro_rules! fbin {
    ($fp:ident, $ins:ident, |$x:ident, $y:ident| $e:expr) => {{
        let $x = rf($fp, $ins.b);
        let $y = rf($fp, $ins.c);
        wf($fp, $ins.a, $e);
        Flow::Next
    }};
}
macro_rules! fcmp {
    ($fp:ident, $ins:ident, |$x:ident, $y:ident| $e:expr) => {{
        let $x = rf($fp, $ins.b);
        let $y = rf($fp, $ins.c);
        w($fp, $ins.a, $e as u64);
        Flow::Next
    }};
}
macro_rules! load {
    ($fp:ident, $ins:ident, $t:ty, |$v:ident| $e:expr) => {{
        let $v = (addr($fp, $ins) as *const $t).read_unaligned();
        w($fp, $ins.a, $e);
        Flow::Next
    }};
}
macro_rules! store {
    ($fp:ident, $ins:ident, $t:ty, |$v:ident| $e:expr) => {{
        let $v = r($fp, $ins.a);
        (addr($fp, $ins) as *mut $t).write_unaligned($e);
        Flow::Next
    }};
}
macro_rules! jcmp {
    ($ip:ident, $fp:ident, $ins:ident, |$x:ident, $y:ident| $e:expr) => {{
        let $x = r($fp, $ins.a);
        let $y = r($fp, $ins.b);
        br($e, $ip, $ins)
    }};
}
macro_rules! jcmpi {
    ($ip:ident, $fp:ident, $ins:ident, |$x:ident, $y:ident| $e:expr) => {{
        let $x = r($fp, $ins.a) as i64;
        let $y = $ins.bi();
        br($e, $ip, $ins)
    }};
}
macro_rules! jfcmp {
    ($ip:ident, $fp:ident, $ins:ident, |$x:ident, $y:ident| $e:expr) => {{
        let $x = rf($fp, $ins.a);
        let $y = rf($fp, $ins.b);
        br($e, $ip, $ins)
    }};
}

define_ops! {
    Nop [None] (ins, ip, fp, st) => { Flow::Next }
    Mov [AB] (ins, ip, fp, st) => { w(fp, ins.a, r(fp, ins.b)); Flow::Next }
    Mov2 [ABCD] (ins, ip, fp, st) => {
        let (x, y) = (r(fp, ins.b), r(fp, ins.d));
        w(fp, ins.a, x);
        w(fp, ins.c, y);
        Flow::Next
    }
    ConstI [AI] (ins, ip, fp, st) => { w(fp, ins.a, ins.cd() as i64 as u64); Flow::Next }
    Const64 [AK] (ins, ip, fp, st) => { w(fp, ins.a, (*ip.add(1)).raw()); Flow::Skip2 }

    Add [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| x.wrapping_add(y)) }
    Sub [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| x.wrapping_sub(y)) }
    Mul [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| x.wrapping_mul(y)) }
    Sdiv [ABC] (ins, ip, fp, st) => {
        let (x, y) = (r(fp, ins.b) as i64, r(fp, ins.c) as i64);
        if y == 0 {
            runtime::panic::raise_div_zero(ctx(st));
            Flow::Panic
        } else {
            w(fp, ins.a, x.wrapping_div(y) as u64);
            Flow::Next
        }
    }
    Udiv [ABC] (ins, ip, fp, st) => {
        match r(fp, ins.b).checked_div(r(fp, ins.c)) {
            Some(q) => {
                w(fp, ins.a, q);
                Flow::Next
            }
            None => {
                runtime::panic::raise_div_zero(ctx(st));
                Flow::Panic
            }
        }
    }
    Srem [ABC] (ins, ip, fp, st) => {
        let (x, y) = (r(fp, ins.b) as i64, r(fp, ins.c) as i64);
        if y == 0 {
            runtime::panic::raise_div_zero(ctx(st));
            Flow::Panic
        } else {
            w(fp, ins.a, x.wrapping_rem(y) as u64);
            Flow::Next
        }
    }
    Urem [ABC] (ins, ip, fp, st) => {
        match r(fp, ins.b).checked_rem(r(fp, ins.c)) {
            Some(q) => {
                w(fp, ins.a, q);
                Flow::Next
            }
            None => {
                runtime::panic::raise_div_zero(ctx(st));
                Flow::Panic
            }
        }
    }
    And [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| x & y) }
    Or [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| x | y) }
    Xor [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| x ^ y) }
    Shl [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| shl(x, y)) }
    Ushr [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| ushr(x, y)) }
    Sshr [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| sshr(x, y)) }

    AddI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| x.wrapping_add(y)) }
    MulI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| x.wrapping_mul(y)) }
    AndI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| x & y) }
    OrI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| x | y) }
    XorI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| x ^ y) }
    ShlI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| shl(x, y)) }
    UshrI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| ushr(x, y)) }
    SshrI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| sshr(x, y)) }

    Neg [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x.wrapping_neg()) }
    Not [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| !x) }
    Sext8 [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x as i8 as i64 as u64) }
    Sext16 [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x as i16 as i64 as u64) }
    Sext32 [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x as i32 as i64 as u64) }
    Zext8 [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x as u8 as u64) }
    Zext16 [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x as u16 as u64) }
    Zext32 [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x as u32 as u64) }
    Popcnt [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x.count_ones() as u64) }
    Clz [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x.leading_zeros() as u64) }
    Ctz [AB] (ins, ip, fp, st) => { un!(fp, ins, |x| x.trailing_zeros() as u64) }
    FNeg [AB] (ins, ip, fp, st) => { fun!(fp, ins, |x| -x) }
    FAbs [AB] (ins, ip, fp, st) => { fun!(fp, ins, |x| x.abs()) }
    FSqrt [AB] (ins, ip, fp, st) => { fun!(fp, ins, |x| x.sqrt()) }
    FFloor [AB] (ins, ip, fp, st) => { fun!(fp, ins, |x| x.floor()) }
    FCeil [AB] (ins, ip, fp, st) => { fun!(fp, ins, |x| x.ceil()) }
    FTrunc [AB] (ins, ip, fp, st) => { fun!(fp, ins, |x| x.trunc()) }
    FNearest [AB] (ins, ip, fp, st) => { fun!(fp, ins, |x| x.round_ties_even()) }
    FRound32 [AB] (ins, ip, fp, st) => { fun!(fp, ins, |x| x as f32 as f64) }
    SIToF [AB] (ins, ip, fp, st) => { let x = r(fp, ins.b); wf(fp, ins.a, x as i64 as f64); Flow::Next }
    UIToF [AB] (ins, ip, fp, st) => { let x = r(fp, ins.b); wf(fp, ins.a, x as f64); Flow::Next }
    FToSI [AB] (ins, ip, fp, st) => { let x = rf(fp, ins.b); w(fp, ins.a, ir::inst::f64_to_i64(x) as u64); Flow::Next }
    FToUI [AB] (ins, ip, fp, st) => { let x = rf(fp, ins.b); w(fp, ins.a, ir::inst::f64_to_u64(x)); Flow::Next }

    FAdd [ABC] (ins, ip, fp, st) => { fbin!(fp, ins, |x, y| x + y) }
    FSub [ABC] (ins, ip, fp, st) => { fbin!(fp, ins, |x, y| x - y) }
    FMul [ABC] (ins, ip, fp, st) => { fbin!(fp, ins, |x, y| x * y) }
    FDiv [ABC] (ins, ip, fp, st) => { fbin!(fp, ins, |x, y| x / y) }

    Eq [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| (x == y) as u64) }
    Ne [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| (x != y) as u64) }
    Slt [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| ((x as i64) < (y as i64)) as u64) }
    Sle [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| ((x as i64) <= (y as i64)) as u64) }
    Ult [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| (x < y) as u64) }
    Ule [ABC] (ins, ip, fp, st) => { int_bin!(fp, ins, |x, y| (x <= y) as u64) }
    FEq [ABC] (ins, ip, fp, st) => { fcmp!(fp, ins, |x, y| x == y) }
    FNe [ABC] (ins, ip, fp, st) => { fcmp!(fp, ins, |x, y| x != y) }
    FLt [ABC] (ins, ip, fp, st) => { fcmp!(fp, ins, |x, y| x < y) }
    FLe [ABC] (ins, ip, fp, st) => { fcmp!(fp, ins, |x, y| x <= y) }
    EqI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| (x == y) as u64) }
    NeI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| (x != y) as u64) }
    SltI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| ((x as i64) < (y as i64)) as u64) }
    SleI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| ((x as i64) <= (y as i64)) as u64) }
    SgtI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| ((x as i64) > (y as i64)) as u64) }
    SgeI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| ((x as i64) >= (y as i64)) as u64) }
    UltI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| (x < y) as u64) }
    UleI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| (x <= y) as u64) }
    UgtI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| (x > y) as u64) }
    UgeI [ABI] (ins, ip, fp, st) => { int_imm!(fp, ins, |x, y| (x >= y) as u64) }
    Select [ABCD] (ins, ip, fp, st) => {
        let v = if r(fp, ins.b) != 0 { r(fp, ins.c) } else { r(fp, ins.d) };
        w(fp, ins.a, v);
        Flow::Next
    }

    LdI8 [ABI] (ins, ip, fp, st) => { load!(fp, ins, i8, |v| v as i64 as u64) }
    LdU8 [ABI] (ins, ip, fp, st) => { load!(fp, ins, u8, |v| v as u64) }
    LdI16 [ABI] (ins, ip, fp, st) => { load!(fp, ins, i16, |v| v as i64 as u64) }
    LdU16 [ABI] (ins, ip, fp, st) => { load!(fp, ins, u16, |v| v as u64) }
    LdI32 [ABI] (ins, ip, fp, st) => { load!(fp, ins, i32, |v| v as i64 as u64) }
    LdU32 [ABI] (ins, ip, fp, st) => { load!(fp, ins, u32, |v| v as u64) }
    Ld64 [ABI] (ins, ip, fp, st) => { load!(fp, ins, u64, |v| v) }
    LdF32 [ABI] (ins, ip, fp, st) => { load!(fp, ins, f32, |v| (v as f64).to_bits()) }
    St8 [Store] (ins, ip, fp, st) => { store!(fp, ins, u8, |v| v as u8) }
    St16 [Store] (ins, ip, fp, st) => { store!(fp, ins, u16, |v| v as u16) }
    St32 [Store] (ins, ip, fp, st) => { store!(fp, ins, u32, |v| v as u32) }
    St64 [Store] (ins, ip, fp, st) => { store!(fp, ins, u64, |v| v) }
    StF32 [Store] (ins, ip, fp, st) => { store!(fp, ins, f32, |v| f64::from_bits(v) as f32) }

    Bounds [AB] (ins, ip, fp, st) => {
        let (i, n) = (r(fp, ins.a), r(fp, ins.b));
        if i < n { Flow::Next } else { raise_index(st, i, n) }
    }
    NilChk [A] (ins, ip, fp, st) => {
        if r(fp, ins.a) != 0 {
            Flow::Next
        } else {
            runtime::panic::raise_nil_deref(ctx(st));
            Flow::Panic
        }
    }

    Jmp [J] (ins, ip, fp, st) => { jump(ip, ins) }
    Loop [JL] (ins, ip, fp, st) => { back_edge(ins.b, ip, fp, st) }
    JmpIf [AJ] (ins, ip, fp, st) => { br(r(fp, ins.a) != 0, ip, ins) }
    JmpIfNot [AJ] (ins, ip, fp, st) => { br(r(fp, ins.a) == 0, ip, ins) }
    JEq [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| x == y) }
    JNe [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| x != y) }
    JSlt [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| (x as i64) < (y as i64)) }
    JSle [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| (x as i64) <= (y as i64)) }
    JSgt [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| (x as i64) > (y as i64)) }
    JSge [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| (x as i64) >= (y as i64)) }
    JUlt [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| x < y) }
    JUle [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| x <= y) }
    JUgt [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| x > y) }
    JUge [ABJ] (ins, ip, fp, st) => { jcmp!(ip, fp, ins, |x, y| x >= y) }
    JEqI [AIJ] (ins, ip, fp, st) => { jcmpi!(ip, fp, ins, |x, y| x == y) }
    JNeI [AIJ] (ins, ip, fp, st) => { jcmpi!(ip, fp, ins, |x, y| x != y) }
    JSltI [AIJ] (ins, ip, fp, st) => { jcmpi!(ip, fp, ins, |x, y| x < y) }
    JSleI [AIJ] (ins, ip, fp, st) => { jcmpi!(ip, fp, ins, |x, y| x <= y) }
    JSgtI [AIJ] (ins, ip, fp, st) => { jcmpi!(ip, fp, ins, |x, y| x > y) }
    JSgeI [AIJ] (ins, ip, fp, st) => { jcmpi!(ip, fp, ins, |x, y| x >= y) }
    JFEq [ABJ] (ins, ip, fp, st) => { jfcmp!(ip, fp, ins, |x, y| x == y) }
    JFNe [ABJ] (ins, ip, fp, st) => { jfcmp!(ip, fp, ins, |x, y| x != y) }
    JFLt [ABJ] (ins, ip, fp, st) => { jfcmp!(ip, fp, ins, |x, y| x < y) }
    JFLe [ABJ] (ins, ip, fp, st) => { jfcmp!(ip, fp, ins, |x, y| x <= y) }
    JFGt [ABJ] (ins, ip, fp, st) => { jfcmp!(ip, fp, ins, |x, y| x > y) }
    JFGe [ABJ] (ins, ip, fp, st) => { jfcmp!(ip, fp, ins, |x, y| x >= y) }

    Call [Call] (ins, ip, fp, st) => {
        let nfp = fp.add(ins.a as usize);
        call_func(ins.cd() as usize, ip, fp, nfp, st)
    }
    CallInd [CallInd] (ins, ip, fp, st) => {
        let fi = r(fp, ins.b) as *const runtime::FuncInfo;
        if fi.is_null() {
            runtime::panic::raise_nil_deref(ctx(st));
            Flow::Panic
        } else {
            let nfp = fp.add(ins.a as usize);
            call_func((*fi).id as usize, ip, fp, nfp, st)
        }
    }
    CallNative [Native] (ins, ip, fp, st) => {
        let interp = &*(*st).interp;
        let f = *interp.natives.get_unchecked(ins.cd() as usize);
        publish_top(fp, st);
        let c = ctx(st);
        f(c, Args(fp.add(ins.a as usize)));
        if c.panicking != 0 { Flow::Panic } else { Flow::Next }
    }
    Ret [None] (ins, ip, fp, st) => { do_ret(fp) }
    Unreachable [None] (ins, ip, fp, st) => {
        runtime::panic::raise_runtime(ctx(st), runtime::panic::RtErr::ErrorString, "internal error: unreachable code");
        Flow::Panic
    }
}
