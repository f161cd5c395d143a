//! Goroutines and their scheduler (see docs/decisions/0012-goroutines.md).
//!
//! Every goroutine but the main one is a stackful coroutine (corosensei)
//! with its own native stack, register stack and `Ctx`, so a goroutine can
//! block anywhere: inside interpreted code, JIT code or a native. All run
//! on one OS thread (GOMAXPROCS is 1). The main goroutine runs on the
//! program's thread; the scheduler loop runs on its stack whenever it
//! blocks or yields, resuming runnable goroutines in FIFO order until the
//! main goroutine may continue. A goroutine that blocks suspends its
//! coroutine back into that loop.

use crate::ctx::Ctx;
use crate::regstack::RegStack;
use crate::types::FuncInfo;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::collections::{BinaryHeap, VecDeque};
use std::time::{Duration, Instant};

/// Native stack of a goroutine (reserved; pages are committed on use).
const GOROUTINE_STACK: usize = 16 << 20;
/// Register stack of a goroutine (reserved, committed on use).
const GOROUTINE_REGS: usize = 64 << 20;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Runnable,
    Running,
    /// Blocked; the reason is what Go prints in a deadlock report.
    Waiting(&'static str),
    Dead,
}

type Coro = Coroutine<(), (), (), DefaultStack>;

pub struct G {
    pub id: u64,
    pub ctx: Box<Ctx>,
    pub status: Status,
    coro: Option<Coro>,
    _regs: Option<RegStack>,
}

/// A sleeping goroutine: at `when`, goroutine `slot` becomes runnable.
/// (Library timers such as time.After are goroutines that sleep.)
struct Timer {
    when: Instant,
    seq: u64,
    slot: usize,
}

impl PartialEq for Timer {
    fn eq(&self, o: &Self) -> bool {
        (self.when, self.seq) == (o.when, o.seq)
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Timer {
    // Earliest first in a max-heap.
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (o.when, o.seq).cmp(&(self.when, self.seq))
    }
}

#[derive(Default)]
pub struct Sched {
    /// Goroutines by slot; slot 0 is main. Freed slots are reused.
    gs: Vec<Option<Box<G>>>,
    free: Vec<usize>,
    runq: VecDeque<usize>,
    /// gc's runnext slot: the goroutine made runnable last by the running
    /// one (a `go` statement, a channel or semaphore wake-up, a timer) runs
    /// before the queue, and the one it displaces goes to the queue's tail.
    runnext: Option<usize>,
    /// When the running time slice began (None after the scheduler was
    /// idle: the next goroutine starts a fresh one). Like gc's sysmon,
    /// preemption only takes a goroutine off after it ran for a slice.
    slice_start: Option<Instant>,
    /// Goroutines taken from runnext in a row while the queue was not empty.
    handoffs: u32,
    pub current: usize,
    timers: BinaryHeap<Timer>,
    timer_seq: u64,
    next_id: u64,
    /// Exit status requested by a goroutine other than main (a panic or
    /// os.Exit): the main goroutine stops at its next scheduling point.
    pub exit: Option<i32>,
    /// Program start, for the monotonic clock.
    pub start: Option<Instant>,
    /// The main goroutine's context (owned by the embedder).
    main_ctx: usize,
    /// Goroutines waiting on each semaphore address (package sync).
    semas: std::collections::HashMap<usize, VecDeque<usize>>,
}

impl Sched {
    pub fn live(&self) -> usize {
        self.gs.iter().flatten().filter(|g| g.status != Status::Dead).count().max(1)
    }

    /// Contexts of every goroutine other than the one running (for the GC).
    pub fn others(&self) -> Vec<*const Ctx> {
        let mut v = Vec::new();
        for (i, g) in self.gs.iter().enumerate() {
            if i == self.current {
                continue;
            }
            match (i, g) {
                // SAFETY (of the caller's use): main's Ctx outlives the run.
                (0, Some(_)) if self.main_ctx != 0 => v.push(self.main_ctx as *const Ctx),
                (_, Some(g)) if g.status != Status::Dead => v.push(&*g.ctx as *const Ctx),
                _ => {}
            }
        }
        v
    }

    pub fn g(&self, slot: usize) -> Option<&G> {
        self.gs.get(slot).and_then(|g| g.as_deref())
    }

    fn g_mut(&mut self, slot: usize) -> Option<&mut G> {
        self.gs.get_mut(slot).and_then(|g| g.as_deref_mut())
    }

    /// gc's runqput(pp, gp, next=true).
    fn put_next(&mut self, slot: usize) {
        if let Some(old) = self.runnext.replace(slot) {
            self.runq.push_back(old);
        }
    }

    /// gc's runqget: runnext first, then the queue in order. A goroutine
    /// from runnext inherits the running time slice; after RUNNEXT_LIMIT
    /// such hand-overs while others wait the queue goes first (gc's sysmon
    /// would have preempted a pair handing control back and forth through
    /// runnext). Counting keeps the order independent of the machine's load.
    fn get(&mut self) -> Option<usize> {
        if let Some(next) = self.runnext.take() {
            if self.runq.is_empty() || self.handoffs < RUNNEXT_LIMIT {
                if !self.runq.is_empty() {
                    self.handoffs += 1;
                }
                if self.slice_start.is_none() {
                    self.slice_start = Some(Instant::now());
                }
                return Some(next);
            }
            self.runq.push_back(next);
        }
        let slot = self.runq.pop_front()?;
        self.handoffs = 0;
        self.slice_start = Some(Instant::now());
        Some(slot)
    }

    fn nothing_runnable(&self) -> bool {
        self.runnext.is_none() && self.runq.is_empty()
    }

    fn add_timer(&mut self, when: Instant, slot: usize) {
        self.timer_seq += 1;
        self.timers.push(Timer { when, seq: self.timer_seq, slot });
    }
}

/// The scheduler, not tied to the borrow of `ctx`: goroutine code updates
/// its own Ctx while the scheduler's state changes.
fn sched<'a>(ctx: &Ctx) -> &'a mut Sched {
    // SAFETY: Shared outlives every goroutine, the runtime is
    // single-threaded, and no caller keeps two of these borrows across a
    // call that could create another.
    unsafe { &mut (*ctx.shared).sched }
}

/// Registers the running thread's context as the main goroutine.
pub fn register_main(ctx: &mut Ctx) {
    let s = sched(ctx);
    s.start.get_or_insert_with(Instant::now);
    s.gs.clear();
    s.next_id = 1;
    // The main goroutine's Ctx is owned by the embedder; slot 0 only holds
    // its bookkeeping (a placeholder Ctx is never used).
    ctx.goroutine = 0;
    s.gs.push(Some(Box::new(G {
        id: 1,
        ctx: Box::new(Ctx::new(ctx.shared)),
        status: Status::Running,
        coro: None,
        _regs: None,
    })));
    s.current = 0;
    s.main_ctx = ctx as *mut Ctx as usize;
    s.slice_start = Some(Instant::now());
    ctx.preempt = PREEMPT_BUDGET;
}

/// Nanoseconds since the program started (a monotonic clock).
pub fn monotonic_ns(ctx: &Ctx) -> i64 {
    let s = sched(ctx);
    s.start.get_or_insert_with(Instant::now).elapsed().as_nanos() as i64
}

/// `go f()`: starts a goroutine running the closure `clo` (a func value
/// taking no arguments and returning nothing).
pub fn spawn(ctx: &mut Ctx, clo: u64) {
    let shared = ctx.shared;
    let engine = ctx.engine;
    let s = sched(ctx);
    let slot = s.free.pop().unwrap_or_else(|| {
        s.gs.push(None);
        s.gs.len() - 1
    });
    s.next_id += 1;
    let id = s.next_id;
    let regs = RegStack::new(GOROUTINE_REGS);
    let mut gctx = Box::new(Ctx::new(shared));
    regs.install(&mut gctx);
    gctx.engine = engine;
    gctx.goroutine = slot;
    gctx.preempt = PREEMPT_BUDGET;
    gctx.start_closure = clo;
    let stack = match DefaultStack::new(GOROUTINE_STACK) {
        Ok(st) => st,
        Err(_) => crate::fatal("cannot allocate a goroutine stack"),
    };
    let gp: *mut Ctx = &mut *gctx;
    let body = move |y: &Yielder<(), ()>, ()| {
        // SAFETY: the Ctx is boxed in the goroutine's G, which lives until
        // the coroutine has finished.
        let c = unsafe { &mut *gp };
        c.yielder = y as *const Yielder<(), ()> as usize;
        let sp = crate::stackscan::approx_sp();
        c.native_stack_top = sp;
        c.stack_limit = sp.saturating_sub(GOROUTINE_STACK) + (256 << 10);
        // SAFETY: a closure object starts with its FuncInfo.
        let fi = unsafe { *(clo as *const *const FuncInfo) };
        c.call_closure_discarding(fi, clo);
        if c.panicking != 0 {
            goroutine_died(c);
        }
    };
    // SAFETY: the closure only holds raw pointers to data (the G's Ctx and
    // the program's Shared) that outlive the coroutine: finished
    // coroutines are dropped by the scheduler, unfinished ones are reset
    // (never unwound) when the program ends.
    let coro = unsafe { Coro::with_stack_unchecked(stack, body) };
    s.gs[slot] = Some(Box::new(G { id, ctx: gctx, status: Status::Runnable, coro: Some(coro), _regs: Some(regs) }));
    s.put_next(slot);
}

/// An unrecovered panic or os.Exit in a goroutine ends the program.
fn goroutine_died(c: &mut Ctx) {
    let code = match c.exit_code {
        Some(code) => code,
        None => {
            let id = sched(c).g(c.goroutine).map_or(0, |g| g.id);
            let report =
                crate::panic::report(c).replacen("goroutine 1 [running]", &format!("goroutine {id} [running]"), 1);
            c.shared().out.write_err(report.as_bytes());
            2
        }
    };
    let s = sched(c);
    s.exit.get_or_insert(code);
}

/// Blocks the running goroutine until `ready` is called for it. Returns
/// false if the program is exiting (the caller must unwind: `panicking`
/// is set with an exit code on the main goroutine).
pub fn park(ctx: &mut Ctx, reason: &'static str) -> bool {
    let slot = ctx.goroutine;
    if let Some(g) = sched(ctx).g_mut(slot) {
        g.status = Status::Waiting(reason);
    }
    switch_out(ctx)
}

/// Makes goroutine `slot` runnable (gc's goready: it runs next).
pub fn ready(ctx: &Ctx, slot: usize) {
    let s = sched(ctx);
    if let Some(g) = s.g_mut(slot) {
        if matches!(g.status, Status::Waiting(_)) {
            g.status = Status::Runnable;
            s.put_next(slot);
        }
    }
}

/// `runtime.Gosched`: lets the other runnable goroutines run first.
pub fn gosched(ctx: &mut Ctx) -> bool {
    let slot = ctx.goroutine;
    let s = sched(ctx);
    if s.nothing_runnable() && s.timers.is_empty() {
        return true;
    }
    if let Some(g) = s.g_mut(slot) {
        g.status = Status::Runnable;
    }
    s.runq.push_back(slot);
    switch_out(ctx)
}

/// Waits on the semaphore at `addr` until `sema_wake` hands it over.
pub fn sema_wait(ctx: &mut Ctx, addr: usize) -> bool {
    let slot = ctx.goroutine;
    sched(ctx).semas.entry(addr).or_default().push_back(slot);
    park(ctx, "sync.Mutex.Lock")
}

/// Wakes the oldest waiter of the semaphore at `addr`; false if none.
pub fn sema_wake(ctx: &mut Ctx, addr: usize) -> bool {
    let s = sched(ctx);
    let Some(q) = s.semas.get_mut(&addr) else { return false };
    let w = q.pop_front();
    if q.is_empty() {
        s.semas.remove(&addr);
    }
    match w {
        Some(slot) => {
            ready(ctx, slot);
            true
        }
        None => false,
    }
}

/// Back edges a goroutine runs between offers to yield.
pub const PREEMPT_BUDGET: u64 = 1 << 14;

/// gc's forcePreemptNS: a goroutine runs at least this long before
/// preemption lets the others run.
const TIME_SLICE: Duration = Duration::from_millis(10);

/// Hand-overs through runnext before the queue's turn (about gc's 10 ms
/// slice of channel ping-pong).
const RUNNEXT_LIMIT: u32 = 1 << 12;

/// A loop's budget ran out: let other runnable goroutines run (so one
/// that never blocks cannot starve them). Returns false if the program is
/// exiting.
pub fn preempt(ctx: &mut Ctx) -> bool {
    ctx.preempt = PREEMPT_BUDGET;
    if !crate::limits::check_time(ctx) {
        return false;
    }
    // A goroutine running deferred calls of a panic finishes it first (a
    // panic that ends the program must not lose the race to main).
    if sched(ctx).nothing_runnable() || !ctx.panics.is_empty() {
        return true;
    }
    if sched(ctx).slice_start.is_none_or(|t| t.elapsed() < TIME_SLICE) {
        return true;
    }
    gosched(ctx)
}

/// Sleeps the running goroutine for `d`.
pub fn sleep(ctx: &mut Ctx, d: Duration) -> bool {
    let slot = ctx.goroutine;
    let when = Instant::now() + d;
    sched(ctx).add_timer(when, slot);
    park(ctx, "sleep")
}

/// Leaves the running goroutine (its status already set): a coroutine
/// suspends into the scheduler loop; the main goroutine runs that loop.
fn switch_out(ctx: &mut Ctx) -> bool {
    if ctx.goroutine != 0 {
        crate::stackscan::with_registers_spilled(|sp| {
            ctx.parked_sp = sp;
            // SAFETY: `yielder` was set by this coroutine's entry and stays
            // valid while it runs.
            let y = unsafe { &*(ctx.yielder as *const Yielder<(), ()>) };
            y.suspend(());
        });
        return sched(ctx).exit.is_none();
    }
    crate::stackscan::with_registers_spilled(|sp| {
        ctx.parked_sp = sp;
        run_until_main_runs(ctx);
    });
    if let Some(code) = sched(ctx).exit {
        ctx.exit_code = Some(code);
        ctx.panicking = 1;
        return false;
    }
    true
}

/// The scheduler loop, on the main goroutine's stack.
fn run_until_main_runs(main: &mut Ctx) {
    loop {
        let s = sched(main);
        if s.exit.is_some() {
            return;
        }
        fire_timers(main);
        let s = sched(main);
        if let Some(slot) = s.get() {
            if slot == 0 {
                if let Some(g) = s.g_mut(0) {
                    g.status = Status::Running;
                }
                s.current = 0;
                return;
            }
            resume(main, slot);
            continue;
        }
        let deadline = main.shared().limits.deadline;
        let s = sched(main);
        if let Some(t) = s.timers.peek() {
            let now = Instant::now();
            let wake = deadline.map_or(t.when, |d| d.min(t.when));
            s.slice_start = None;
            if wake > now {
                std::thread::sleep(wake - now);
            }
            if main.shared().limits.time_is_up() {
                crate::limits::record(main.shared(), crate::limits::Limit::Time);
                sched(main).exit = Some(2);
                return;
            }
            continue;
        }
        deadlock(main);
        return;
    }
}

fn resume(main: &mut Ctx, slot: usize) {
    let s = sched(main);
    let Some(g) = s.g_mut(slot) else { return };
    g.status = Status::Running;
    let mut coro = g.coro.take();
    s.current = slot;
    let done = !matches!(coro.as_mut().map(|c| c.resume(())), Some(CoroutineResult::Yield(())));
    let s = sched(main);
    s.current = 0;
    if done {
        // Finished: free its stacks and slot.
        s.gs[slot] = None;
        s.free.push(slot);
    } else if let Some(g) = s.g_mut(slot) {
        g.coro = coro;
    }
}

fn fire_timers(ctx: &mut Ctx) {
    let now = Instant::now();
    loop {
        let s = sched(ctx);
        match s.timers.peek() {
            Some(t) if t.when <= now => {}
            _ => return,
        }
        let t = s.timers.pop().unwrap();
        ready(ctx, t.slot);
    }
}

/// Every goroutine is blocked and nothing can wake one: Go's fatal error.
fn deadlock(main: &mut Ctx) {
    let s = sched(main);
    let mut msg = String::from("fatal error: all goroutines are asleep - deadlock!\n");
    for g in s.gs.iter().flatten() {
        if let Status::Waiting(reason) = g.status {
            msg.push_str(&format!("\ngoroutine {} [{reason}]:\n", g.id));
        }
    }
    main.shared().out.write_err(msg.as_bytes());
    sched(main).exit = Some(2);
}

/// The program is over: drop goroutines that never finished without
/// unwinding their stacks (JIT frames have no unwind information).
pub fn finish(ctx: &mut Ctx) {
    let s = sched(ctx);
    for g in s.gs.iter_mut().flatten() {
        if let Some(c) = g.coro.as_mut() {
            if c.started() && !c.done() {
                // SAFETY: the coroutine is suspended (not running); its
                // stack holds no state that must be dropped.
                unsafe { c.force_reset() };
            }
        }
    }
    s.gs.clear();
    s.free.clear();
    s.runq.clear();
    s.runnext = None;
    s.timers.clear();
    s.semas.clear();
}
