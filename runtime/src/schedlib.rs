//! Natives that reach the scheduler: runtime.Gosched and friends, and the
//! semaphores and sleeps that packages sync and time are built on.

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::sched;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("runtime.Gosched", gosched),
    ("runtime.NumGoroutine", num_goroutine),
    ("sync.runtime_Semacquire", semacquire),
    ("sync.runtime_Semrelease", semrelease),
    ("sync.fatal", fatal),
    ("time.runtimeSleep", sleep),
    ("time.runtimeNano", nanotime),
];

extern "C" fn gosched(ctx: &mut Ctx, _a: Args) {
    sched::gosched(ctx);
}

extern "C" fn num_goroutine(ctx: &mut Ctx, a: Args) {
    a.set(0, ctx.shared().sched.live() as u64);
}

/// (addr *uint32): waits until the count at addr is positive, then
/// decrements it.
extern "C" fn semacquire(ctx: &mut Ctx, a: Args) {
    let p = a.get(0) as *mut u32;
    // SAFETY: sync passes a pointer to one of its own uint32 fields.
    unsafe {
        if *p > 0 {
            *p -= 1;
            return;
        }
    }
    sched::sema_wait(ctx, p as usize);
}

/// (addr *uint32): wakes one waiter, handing it the count, or increments.
extern "C" fn semrelease(ctx: &mut Ctx, a: Args) {
    let p = a.get(0) as *mut u32;
    if !sched::sema_wake(ctx, p as usize) {
        // SAFETY: as for semacquire.
        unsafe { *p += 1 };
    }
}

/// (msg string): Go's `fatal error: msg`, exit status 2, without running
/// deferred calls.
extern "C" fn fatal(ctx: &mut Ctx, a: Args) {
    let msg = format!("fatal error: {}\n", String::from_utf8_lossy(a.str(0)));
    ctx.shared().out.write_err(msg.as_bytes());
    ctx.exit_code = Some(2);
    ctx.panicking = 1;
}

/// (ns int64)
extern "C" fn sleep(ctx: &mut Ctx, a: Args) {
    let ns = a.get(0) as i64;
    if ns <= 0 {
        sched::gosched(ctx);
        return;
    }
    sched::sleep(ctx, std::time::Duration::from_nanos(ns as u64));
}

/// () -> nanoseconds on the monotonic clock since the program started.
extern "C" fn nanotime(ctx: &mut Ctx, a: Args) {
    a.set(0, sched::monotonic_ns(ctx) as u64);
}
