//! Runtime entry points JIT code calls. Each is a plain `extern "C"`
//! function of machine words, so generated code calls it through its
//! address with no relocation.

use runtime::native::Args;
use runtime::{Ctx, FuncInfo};

/// Records the frame of function `fid` at `loc` in the current panic's trace.
pub extern "C" fn trace(ctx: *mut Ctx, fid: u64, loc: u64) {
    // SAFETY: JIT code passes the live context it was entered with.
    let ctx = unsafe { &mut *ctx };
    runtime::panic::trace_frame(ctx, fid as u32, loc as u32);
}

/// `trace` for an OSR entry's frame (see `runtime::panic::trace_osr_frame`).
pub extern "C" fn trace_osr(ctx: *mut Ctx, fid: u64, loc: u64) {
    // SAFETY: as for `trace`.
    let ctx = unsafe { &mut *ctx };
    runtime::panic::trace_osr_frame(ctx, fid as u32, loc as u32);
}

/// Runs the deferred calls of a frame whose defer marker is `marker`;
/// returns 1 if one of them recovered (the frame resumes at its recover
/// block), 0 to keep unwinding.
pub extern "C" fn unwind(ctx: *mut Ctx, marker: u64) -> u64 {
    // SAFETY: as for `trace`.
    let ctx = unsafe { &mut *ctx };
    let mut buf = [marker];
    runtime::panic::unwind(ctx, Args(buf.as_mut_ptr()));
    buf[0]
}

pub extern "C" fn raise_index(ctx: *mut Ctx, i: u64, len: u64) {
    // SAFETY: as for `trace`.
    runtime::panic::raise_index(unsafe { &mut *ctx }, i as i64, len as i64);
}

/// A loop used up the goroutine's time slice.
pub extern "C" fn preempt(ctx: *mut Ctx) {
    // SAFETY: as for `trace`.
    runtime::sched::preempt(unsafe { &mut *ctx });
}

pub extern "C" fn raise_nil(ctx: *mut Ctx) {
    // SAFETY: as for `trace`.
    runtime::panic::raise_nil_deref(unsafe { &mut *ctx });
}

pub extern "C" fn raise_div(ctx: *mut Ctx) {
    // SAFETY: as for `trace`.
    runtime::panic::raise_div_zero(unsafe { &mut *ctx });
}

/// Same error as the interpreter's `Unreachable` instruction.
pub extern "C" fn raise_unreachable(ctx: *mut Ctx) {
    // SAFETY: as for `trace`.
    let ctx = unsafe { &mut *ctx };
    runtime::panic::raise_runtime(ctx, runtime::panic::RtErr::ErrorString, "internal error: unreachable code");
}

/// Calls a function that has no native entry (yet) through the engine:
/// arguments in `words[..nparams]`, results written over them.
pub extern "C" fn call_interp(ctx: *mut Ctx, fi: *const FuncInfo, words: *mut u64, n: u64) {
    // SAFETY: `words` is the caller's stack buffer of `n` words, at least
    // max(params, results) of the callee; ctx is live.
    unsafe {
        let args = std::slice::from_raw_parts_mut(words, n as usize);
        (*ctx).call(fi, args);
    }
}

pub extern "C" fn stack_overflow(ctx: *mut Ctx) {
    // SAFETY: as for `trace`.
    unsafe { (*ctx).shared().out.flush() };
    runtime::fatal_stack_overflow()
}

/// The name of the shim at `addr`, for code that refers to shims by symbol
/// (object files, see `translate::Ext`).
pub fn name(addr: usize) -> &'static str {
    let shims: [(usize, &'static str); 10] = [
        (trace as *const () as usize, "trace"),
        (trace_osr as *const () as usize, "trace_osr"),
        (unwind as *const () as usize, "unwind"),
        (raise_index as *const () as usize, "raise_index"),
        (preempt as *const () as usize, "preempt"),
        (raise_nil as *const () as usize, "raise_nil"),
        (raise_div as *const () as usize, "raise_div"),
        (raise_unreachable as *const () as usize, "raise_unreachable"),
        (call_interp as *const () as usize, "call_interp"),
        (stack_overflow as *const () as usize, "stack_overflow"),
    ];
    shims.iter().find(|s| s.0 == addr).map_or_else(|| panic!("jit: no shim at {addr:#x}"), |s| s.1)
}
