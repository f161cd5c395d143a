//! Bounds an embedder (or `mvm run --time-limit/--memory-limit`) puts on a
//! guest: a wall-clock deadline and a ceiling on live heap bytes.
//!
//! A limit ends the program the way `os.Exit(2)` does (every frame
//! unwinds, deferred calls do not run) after a `fatal error:` line, so the
//! host process survives and learns which limit was hit. Time is checked
//! where goroutines offer to yield (loop back edges, and function entries
//! when a deadline is set) and while the scheduler waits for timers;
//! memory before each heap allocation, after a collection had its chance.

use crate::ctx::{Ctx, Shared};
use std::time::Instant;

/// Which bound a program ran into.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Limit {
    Time,
    Memory,
}

#[derive(Clone, Debug, Default)]
pub struct Limits {
    pub deadline: Option<Instant>,
    /// Ceiling on the heap's bytes in use.
    pub max_heap: Option<usize>,
    /// The limit that ended the program, once one has.
    pub hit: Option<Limit>,
}

impl Limits {
    pub fn time_is_up(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }
}

/// The `fatal error:` text for a limit.
pub fn message(l: Limit) -> &'static str {
    match l {
        Limit::Time => "fatal error: mvm: time limit exceeded\n",
        Limit::Memory => "fatal error: runtime: out of memory: the program exceeded its memory limit\n",
    }
}

/// Records that `l` was hit and reports it (once).
pub fn record(shared: &mut Shared, l: Limit) {
    if shared.limits.hit.is_none() {
        shared.limits.hit = Some(l);
        shared.out.write_err(message(l).as_bytes());
    }
}

/// Ends the program from the running goroutine: it unwinds as after
/// `os.Exit(2)`.
pub fn exceed(ctx: &mut Ctx, l: Limit) {
    record(ctx.shared(), l);
    ctx.exit_code = Some(2);
    ctx.panicking = 1;
}

/// At a preemption point: false (and the program ending) past the deadline.
#[inline]
pub fn check_time(ctx: &mut Ctx) -> bool {
    if ctx.shared().limits.time_is_up() {
        exceed(ctx, Limit::Time);
        return false;
    }
    true
}

/// Before allocating `size` bytes: ends the program when they would not
/// fit under the ceiling even after a collection.
#[inline]
pub fn check_heap(ctx: &mut Ctx, size: usize) {
    let Some(max) = ctx.shared().limits.max_heap else { return };
    if ctx.heap().in_use().saturating_add(size) > max {
        over_heap(ctx, size, max);
    }
}

#[cold]
fn over_heap(ctx: &mut Ctx, size: usize, max: usize) {
    crate::gc::collect(ctx);
    if ctx.heap().in_use().saturating_add(size) > max {
        exceed(ctx, Limit::Memory);
    }
}
