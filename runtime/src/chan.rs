//! Channels and select.
//!
//! A channel is a GC object holding its element type, a ring buffer (also
//! GC memory) and two queues of waiting goroutines. A waiter ("sudog")
//! lives in the frame of the native that blocked, on the waiting
//! goroutine's own stack, so the queues need no allocation and hold no
//! Rust-owned state. All of this is single-threaded (see `sched`).

use crate::ctx::Ctx;
use crate::layout::{load_flat, store_flat};
use crate::native::{Args, NativeFn};
use crate::panic::{raise_runtime, RtErr};
use crate::sched;
use crate::types::TypeDesc;
use std::ptr::null_mut;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("make_chan", make_chan),
    ("chan_send", chan_send),
    ("chan_recv", chan_recv),
    ("chan_close", chan_close),
    ("chan_len", chan_len),
    ("chan_cap", chan_cap),
    ("select_go", select_go),
    ("go_spawn", go_spawn),
];

#[repr(C)]
struct WaitQ {
    first: *mut Sudog,
    last: *mut Sudog,
}

#[repr(C)]
pub struct Chan {
    elem: *const TypeDesc,
    cap: u64,
    len: u64,
    head: u64,
    buf: *mut u8,
    closed: u64,
    recvq: WaitQ,
    sendq: WaitQ,
    /// A Timer's or Ticker's channel: synchronous in Go 1.23+, so len and
    /// cap report 0 although it buffers the one pending value.
    timer: u64,
}

/// Marks the channel `c` (a live channel) as a timer channel.
pub fn mark_timer(c: u64) {
    let c = c as *mut Chan;
    if !c.is_null() {
        // SAFETY: the caller passes a live channel.
        unsafe { (*c).timer = 1 };
    }
}

/// A goroutine waiting on a channel.
struct Sudog {
    g: usize,
    /// Value to send, or where to store the received value (null: drop it).
    elem: *mut u8,
    next: *mut Sudog,
    prev: *mut Sudog,
    /// Set when the operation completed (false: woken by close).
    success: bool,
    /// For select: the case this waiter stands for, and the select's
    /// shared "won" slot (-1 while open).
    case: i64,
    won: *mut i64,
}

impl Sudog {
    fn new(g: usize, elem: *mut u8) -> Sudog {
        Sudog { g, elem, next: null_mut(), prev: null_mut(), success: false, case: 0, won: null_mut() }
    }
}

unsafe fn enqueue(q: *mut WaitQ, s: *mut Sudog) {
    (*s).next = null_mut();
    (*s).prev = (*q).last;
    if (*q).last.is_null() {
        (*q).first = s;
    } else {
        (*(*q).last).next = s;
    }
    (*q).last = s;
}

unsafe fn unlink(q: *mut WaitQ, s: *mut Sudog) {
    let (p, n) = ((*s).prev, (*s).next);
    if p.is_null() {
        if (*q).first == s {
            (*q).first = n;
        }
    } else {
        (*p).next = n;
    }
    if n.is_null() {
        if (*q).last == s {
            (*q).last = p;
        }
    } else {
        (*n).prev = p;
    }
    (*s).next = null_mut();
    (*s).prev = null_mut();
}

/// The first waiter that can still be served (select waiters whose select
/// already completed are dropped).
unsafe fn dequeue(q: *mut WaitQ) -> *mut Sudog {
    loop {
        let s = (*q).first;
        if s.is_null() {
            return s;
        }
        unlink(q, s);
        if !(*s).won.is_null() {
            if *(*s).won >= 0 {
                continue;
            }
            *(*s).won = (*s).case;
        }
        return s;
    }
}

fn elem(c: *mut Chan) -> &'static TypeDesc {
    // SAFETY: channels are created by make_chan with their element type.
    unsafe { &*(*c).elem }
}

unsafe fn slot(c: *mut Chan, i: u64) -> *mut u8 {
    let size = elem(c).size;
    (*c).buf.add((((*c).head + i) % (*c).cap * size) as usize)
}

unsafe fn copy_elem(c: *mut Chan, dst: *mut u8, src: *const u8) {
    if !dst.is_null() && !src.is_null() {
        std::ptr::copy(src, dst, elem(c).size as usize);
    }
}

/// (chan type, size) -> chan
extern "C" fn make_chan(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes the channel type's descriptor.
    let t = unsafe { &*(a.get(0) as *const TypeDesc) };
    let n = a.get(1) as i64;
    let e = t.elem();
    if n < 0 || (e.size > 0 && n as u64 > (1u64 << 40) / e.size) {
        raise_runtime(ctx, RtErr::Plain, "makechan: size out of range");
        return;
    }
    let c = ctx.alloc(std::mem::size_of::<Chan>(), false) as *mut Chan;
    let buf = if n > 0 { ctx.alloc((n as u64 * e.size.max(1)) as usize, e.noscan) } else { null_mut() };
    // SAFETY: c is a fresh, zeroed object of Chan's size.
    unsafe {
        (*c).elem = e;
        (*c).cap = n as u64;
        (*c).buf = buf;
    }
    a.set(0, c as u64);
}

/// Sends the value at `v` (memory form). Returns false if the goroutine
/// must unwind (panic or exit).
fn send(ctx: &mut Ctx, c: *mut Chan, v: *const u8) -> bool {
    if c.is_null() {
        sched::park(ctx, "chan send (nil chan)");
        return false;
    }
    // SAFETY: c is a live channel; queues hold sudogs of blocked goroutines.
    unsafe {
        if (*c).closed != 0 {
            raise_runtime(ctx, RtErr::Plain, "send on closed channel");
            return false;
        }
        let r = dequeue(&mut (*c).recvq);
        if !r.is_null() {
            copy_elem(c, (*r).elem, v);
            (*r).success = true;
            sched::ready(ctx, (*r).g);
            return true;
        }
        if (*c).len < (*c).cap {
            copy_elem(c, slot(c, (*c).len), v);
            (*c).len += 1;
            return true;
        }
        let mut s = Sudog::new(ctx.goroutine, v as *mut u8);
        enqueue(&mut (*c).sendq, &mut s);
        if !sched::park(ctx, "chan send") {
            unlink(&mut (*c).sendq, &mut s);
            return false;
        }
        if !s.success {
            raise_runtime(ctx, RtErr::Plain, "send on closed channel");
            return false;
        }
        true
    }
}

/// Receives into `dst` (memory form, may be null). Returns (completed,
/// ok): completed is false if the goroutine must unwind.
fn recv(ctx: &mut Ctx, c: *mut Chan, dst: *mut u8) -> (bool, bool) {
    if c.is_null() {
        sched::park(ctx, "chan receive (nil chan)");
        return (false, false);
    }
    // SAFETY: as in `send`.
    unsafe {
        let s = dequeue(&mut (*c).sendq);
        if !s.is_null() {
            if (*c).cap == 0 {
                copy_elem(c, dst, (*s).elem);
            } else {
                // The buffer is full: take its head, append the sender's.
                copy_elem(c, dst, slot(c, 0));
                copy_elem(c, slot(c, 0), (*s).elem);
                (*c).head = ((*c).head + 1) % (*c).cap;
            }
            (*s).success = true;
            sched::ready(ctx, (*s).g);
            return (true, true);
        }
        if (*c).len > 0 {
            let src = slot(c, 0);
            copy_elem(c, dst, src);
            std::ptr::write_bytes(src, 0, elem(c).size as usize);
            (*c).head = ((*c).head + 1) % (*c).cap;
            (*c).len -= 1;
            return (true, true);
        }
        if (*c).closed != 0 {
            if !dst.is_null() {
                std::ptr::write_bytes(dst, 0, elem(c).size as usize);
            }
            return (true, false);
        }
        let mut w = Sudog::new(ctx.goroutine, dst);
        enqueue(&mut (*c).recvq, &mut w);
        if !sched::park(ctx, "chan receive") {
            unlink(&mut (*c).recvq, &mut w);
            return (false, false);
        }
        if !w.success && !dst.is_null() {
            std::ptr::write_bytes(dst, 0, elem(c).size as usize);
        }
        (true, w.success)
    }
}

/// A temporary for one element in GC memory (it may hold pointers while
/// its goroutine is parked).
fn temp(ctx: &mut Ctx, t: &TypeDesc) -> *mut u8 {
    ctx.alloc(t.size.max(1) as usize, t.noscan)
}

/// (chan, value words...)
extern "C" fn chan_send(ctx: &mut Ctx, a: Args) {
    let c = a.get(0) as *mut Chan;
    if c.is_null() {
        send(ctx, c, std::ptr::null());
        return;
    }
    let t = elem(c);
    let v = temp(ctx, t);
    // SAFETY: v has room for one element; the words follow the channel.
    unsafe { store_flat(t, a.words(1, t.words()), v) };
    send(ctx, c, v);
}

/// (chan, words of the result...) -> (value words..., ok). The element
/// words count comes from the channel's type; `ok` follows them.
extern "C" fn chan_recv(ctx: &mut Ctx, a: Args) {
    let c = a.get(0) as *mut Chan;
    if c.is_null() {
        recv(ctx, c, null_mut());
        return;
    }
    let t = elem(c);
    let dst = temp(ctx, t);
    let (done, ok) = recv(ctx, c, dst);
    if !done {
        return;
    }
    let n = t.words();
    // SAFETY: dst holds one element; the result buffer has n + 1 words.
    unsafe { load_flat(ctx, t, dst, a.words(0, n)) };
    a.set(n, ok as u64);
}

/// (chan)
extern "C" fn chan_close(ctx: &mut Ctx, a: Args) {
    let c = a.get(0) as *mut Chan;
    if c.is_null() {
        raise_runtime(ctx, RtErr::Plain, "close of nil channel");
        return;
    }
    // SAFETY: c is a live channel.
    unsafe {
        if (*c).closed != 0 {
            raise_runtime(ctx, RtErr::Plain, "close of closed channel");
            return;
        }
        (*c).closed = 1;
        // As gc's closechan: every receiver, then every sender, in queue
        // order onto a list that is then readied from its end (gList is a
        // stack), so the first waiter is readied last and runs first.
        let mut woken = Vec::new();
        loop {
            let r = dequeue(&mut (*c).recvq);
            if r.is_null() {
                break;
            }
            (*r).success = false;
            woken.push((*r).g);
        }
        loop {
            let s = dequeue(&mut (*c).sendq);
            if s.is_null() {
                break;
            }
            (*s).success = false;
            woken.push((*s).g);
        }
        for g in woken.into_iter().rev() {
            sched::ready(ctx, g);
        }
    }
}

extern "C" fn chan_len(_ctx: &mut Ctx, a: Args) {
    let c = a.get(0) as *mut Chan;
    // SAFETY: a non-nil chan is a live channel.
    a.set(0, if c.is_null() || unsafe { (*c).timer != 0 } { 0 } else { unsafe { (*c).len } });
}

extern "C" fn chan_cap(_ctx: &mut Ctx, a: Args) {
    let c = a.get(0) as *mut Chan;
    // SAFETY: as for chan_len.
    a.set(0, if c.is_null() || unsafe { (*c).timer != 0 } { 0 } else { unsafe { (*c).cap } });
}

/// One case of a select, as the frontend lays it out in memory.
#[repr(C)]
struct Case {
    chan: *mut Chan,
    /// 0 receive, 1 send.
    dir: u64,
    /// Send: the value (memory form). Receive: where to store it (or null).
    elem: *mut u8,
}

/// (cases, n, has default) -> (chosen case or -1, received ok)
extern "C" fn select_go(ctx: &mut Ctx, a: Args) {
    let cases = a.get(0) as *mut Case;
    let n = a.get(1) as usize;
    let has_default = a.get(2) != 0;
    // SAFETY: the frontend passes n cases.
    let cs = unsafe { std::slice::from_raw_parts_mut(cases, n) };
    // Poll in a random order (Go chooses uniformly among ready cases).
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (crate::maps::random_u64() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    for &i in &order {
        let c = cs[i].chan;
        if c.is_null() {
            continue;
        }
        // SAFETY: c is a live channel.
        let ready = unsafe {
            if cs[i].dir == 1 {
                (*c).closed != 0 || !(*c).recvq.first.is_null() || (*c).len < (*c).cap
            } else {
                !(*c).sendq.first.is_null() || (*c).len > 0 || (*c).closed != 0
            }
        };
        if ready {
            if cs[i].dir == 1 {
                if send(ctx, c, cs[i].elem) {
                    a.set(0, i as u64);
                }
            } else {
                let (done, ok) = recv(ctx, c, cs[i].elem);
                if done {
                    a.set(0, i as u64);
                    a.set(1, ok as u64);
                }
            }
            return;
        }
    }
    if has_default {
        a.set(0, -1i64 as u64);
        a.set(1, 0);
        return;
    }
    // Block on every channel at once.
    let mut won: i64 = -1;
    let g = ctx.goroutine;
    let mut waiters: Vec<Sudog> =
        cs.iter().enumerate().map(|(i, c)| Sudog { case: i as i64, won: &mut won, ..Sudog::new(g, c.elem) }).collect();
    for (i, w) in waiters.iter_mut().enumerate() {
        let c = cs[i].chan;
        if c.is_null() {
            continue;
        }
        // SAFETY: c is live; the waiter outlives its time in the queue.
        unsafe {
            if cs[i].dir == 1 {
                enqueue(&mut (*c).sendq, w);
            } else {
                enqueue(&mut (*c).recvq, w);
            }
        }
    }
    let live = sched::park(ctx, if n == 0 { "select (no cases)" } else { "select" });
    // Leave every queue; the winner is already out of its own.
    for (i, w) in waiters.iter_mut().enumerate() {
        let c = cs[i].chan;
        if c.is_null() || w.case == won && won >= 0 {
            continue;
        }
        // SAFETY: as above.
        unsafe {
            if cs[i].dir == 1 {
                unlink(&mut (*c).sendq, w);
            } else {
                unlink(&mut (*c).recvq, w);
            }
        }
    }
    if !live || won < 0 {
        return;
    }
    let w = &waiters[won as usize];
    let i = won as usize;
    if cs[i].dir == 1 && !w.success {
        raise_runtime(ctx, RtErr::Plain, "send on closed channel");
        return;
    }
    if cs[i].dir == 0 && !w.success && !cs[i].elem.is_null() {
        // SAFETY: the destination holds one element of the channel's type.
        unsafe { std::ptr::write_bytes(cs[i].elem, 0, elem(cs[i].chan).size as usize) };
    }
    a.set(0, i as u64);
    a.set(1, w.success as u64);
}

/// (closure): `go f()`.
extern "C" fn go_spawn(ctx: &mut Ctx, a: Args) {
    sched::spawn(ctx, a.get(0));
}
