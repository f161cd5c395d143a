//! Natives of the library package runtime (frontend/lib/runtime).

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};

pub const NATIVES: &[(&str, NativeFn)] = &[("runtime.GC", gc)];

/// runtime.GC(): collects garbage now.
pub extern "C" fn gc(ctx: &mut Ctx, _a: Args) {
    crate::gc::collect(ctx);
}
