//! Finding roots for a collection.

use crate::ctx::Ctx;
use crate::heap::Marker;

/// Collects garbage now. Roots: package variables, the interpreter register
/// stack, the native stack (JIT frames and runtime code), and the runtime
/// state of the current goroutine.
pub fn collect(ctx: &mut Ctx) {
    crate::stackscan::with_registers_spilled(|sp| {
        let shared = ctx.shared();
        // The heap is borrowed mutably by `collect` while the roots closure
        // reads the rest of `Shared` and `ctx`: split the borrows by hand.
        let heap: *mut crate::heap::Heap = &mut shared.heap;
        let globals: Vec<(usize, usize)> =
            shared.globals.iter().map(|g| (g.as_ptr() as usize, g.as_ptr() as usize + g.len() * 8)).collect();
        let ctxp: *const Ctx = ctx;
        let mut roots = |m: &mut Marker| {
            for &(s, e) in &globals {
                m.scan_range(s, e);
            }
            // SAFETY: ctx is live for the whole collection and not mutated
            // while its roots are read.
            let ctx = unsafe { &*ctxp };
            scan_goroutine(ctx, sp, m);
            // Goroutines switched out: from where they left their stacks.
            for other in ctx.shared().sched.others() {
                // SAFETY: the scheduler lists contexts of live goroutines.
                let o = unsafe { &*other };
                scan_goroutine(o, o.parked_sp, m);
            }
        };
        // SAFETY: `heap` points into `shared`, alive; the closure does not
        // touch the heap except through the marker.
        unsafe { (*heap).collect(&mut roots) };
    });
}

fn scan_goroutine(ctx: &Ctx, sp: usize, m: &mut Marker) {
    if ctx.reg_top > ctx.reg_base {
        m.scan_range(ctx.reg_base, ctx.reg_top);
    }
    if ctx.native_stack_top > sp {
        m.scan_range(sp, ctx.native_stack_top);
    }
    for p in &ctx.panics {
        m.mark_word(p.value[0] as usize);
        m.mark_word(p.value[1] as usize);
    }
    for d in &ctx.defers {
        m.mark_word(d.closure);
    }
    m.mark_word(ctx.start_closure as usize);
}
