//! Calls and frames: argument passing, function bodies (tree, native,
//! glue), panics unwinding through frames with deferred calls, and the
//! `runtime::Engine` entry natives use to call guest code.
//!
//! A frame is a window of the goroutine's register stack: parameter words
//! first (env/receiver/data word included), then the result words, then
//! the function's slots. `ctx.reg_top` always covers the innermost frame
//! (and the arguments being built above it), so the collector scans every
//! live value (docs/decisions/0004-garbage-collector.md).

use super::eval::Fp;
use super::layout;
use super::tree::*;
use super::{Unwind, Walker, M, R};
use runtime::native::Args;
use runtime::{Ctx, FuncInfo};

/// The id of the function a FuncInfo describes.
///
/// # Safety
/// `fi` must point at a FuncInfo of this program.
unsafe fn fi_id(fi: u64) -> u32 {
    (*(fi as *const FuncInfo)).id
}

impl M<'_> {
    #[cold]
    fn overflow(&mut self) -> ! {
        self.ctx.shared().out.flush();
        runtime::fatal_stack_overflow()
    }

    /// Reserves `n` words above the frames in use; returns their start.
    #[inline]
    fn reserve(&mut self, n: u32) -> Fp {
        let base = self.ctx.reg_top.max(self.ctx.reg_base) as Fp;
        let top = base as usize + 8 * n as usize;
        if top > self.ctx.reg_end {
            self.overflow();
        }
        self.ctx.reg_top = top;
        base
    }

    /// Performs a call; returns where the callee left its results (above
    /// the frames in use: read them at once).
    pub(crate) fn call(&mut self, fp: Fp, c: &CallX) -> R<*mut u64> {
        let saved = self.ctx.reg_top;
        let base = self.reserve(c.nargs);
        let r = self.call_in(fp, c, base);
        self.ctx.reg_top = saved;
        r
    }

    #[inline]
    fn call_in(&mut self, fp: Fp, c: &CallX, base: Fp) -> R<*mut u64> {
        // SAFETY: base holds nargs reserved words; tmps are frame slots;
        // closures start with their FuncInfo, itabs hold FuncInfos at
        // `itab_method_offset`.
        unsafe {
            let fid = match &c.target {
                Target::Static(id) => *id,
                Target::Closure(x) => {
                    let fv = self.eval1(fp, x)?;
                    if fv == 0 {
                        return Err(self.nil(c.loc));
                    }
                    *base = fv;
                    fi_id(*(fv as *const u64))
                }
                Target::Iface { recv, index, tmp } => {
                    let t = fp.add(*tmp as usize);
                    self.eval_to(fp, recv, t)?;
                    let itab = *t;
                    if itab == 0 {
                        return Err(self.nil(c.loc));
                    }
                    *base = *t.add(1);
                    let off = runtime::types::itab_method_offset(*index as usize) as usize;
                    fi_id(*((itab as usize + off) as *const u64))
                }
            };
            for a in c.args.iter() {
                self.eval_n(fp, &a.x, a.n, base.add(a.off as usize))?;
            }
            let Some(f) = self.w.func(fid) else { return Err(self.internal("call of an unknown function")) };
            if self.invoke(f, base).is_err() {
                return Err(self.fail(c.loc));
            }
            Ok(base.add(f.np as usize))
        }
    }

    /// Calls function `fid` with argument words taken from `parts`, in
    /// order; returns where its results are (read them at once).
    fn call_parts(&mut self, fid: u32, parts: &[(*const u64, u32)], loc: u32) -> R<*mut u64> {
        let Some(f) = self.w.func(fid) else { return Err(self.internal("call of an unknown function")) };
        let saved = self.ctx.reg_top;
        let base = self.reserve(f.np);
        let mut k = 0usize;
        for &(p, n) in parts {
            // SAFETY: parts point at live words; base holds f.np words.
            unsafe { std::ptr::copy(p, base.add(k), n as usize) };
            k += n as usize;
        }
        let r = self.invoke(f, base);
        self.ctx.reg_top = saved;
        match r {
            // SAFETY: results follow the parameters.
            Ok(()) => Ok(unsafe { base.add(f.np as usize) }),
            Err(_) => Err(self.fail(loc)),
        }
    }

    /// Runs `f` on the frame at `fp`, whose parameter words are in place.
    pub(crate) fn invoke(&mut self, f: &Func, fp: Fp) -> R<()> {
        if runtime::stackscan::approx_sp() < self.ctx.stack_limit {
            self.overflow();
        }
        let end = fp as usize + 8 * f.frame as usize;
        if end > self.ctx.reg_end {
            self.overflow();
        }
        let saved = self.ctx.reg_top;
        self.ctx.reg_top = end;
        // Under a time limit calls count against the time slice too, so
        // recursion without loops is stopped (runtime::limits). After the
        // frame is published: another goroutine may collect meanwhile.
        if self.ctx.shared().limits.deadline.is_some() {
            if let Err(u) = self.back_edge() {
                self.ctx.reg_top = saved;
                return Err(u);
            }
        }
        let r = match &f.body {
            Body::Tree(tb) => self.run_tree(f, tb, fp),
            Body::Native(nf) => self.run_native(f, *nf, fp),
            Body::Host(i) => self.run_host(f, *i, fp),
            Body::Glue(g) => self.run_glue(f, g, fp),
            Body::Fail(m) => {
                let m = format!("{}: {m}", self.w.res.borrow().func_name(f.id));
                Err(self.internal(&m))
            }
        };
        self.ctx.reg_top = saved;
        r
    }

    fn run_tree(&mut self, f: &Func, tb: &TreeBody, fp: Fp) -> R<()> {
        let mut r = self.exec_block(fp, &tb.body).map(|_| ());
        loop {
            match r {
                Ok(()) => {
                    let Some(d) = &tb.defers else { return Ok(()) };
                    // SAFETY: the mark and cell slots are the function's.
                    unsafe {
                        let mut b = [*fp.add(d.mark as usize)];
                        runtime::panic::defer_return(self.ctx, Args(b.as_mut_ptr()));
                        if self.ctx.panicking != 0 {
                            self.w.loc.set(tb.end_loc);
                            r = Err(Unwind);
                            continue;
                        }
                        // The results are what the cells hold now (deferred
                        // calls may have changed named results).
                        for (slot, ty, off) in d.cells.iter() {
                            let c = *fp.add(*slot as usize) as *const u8;
                            let dst = fp.add(*off as usize);
                            if ty.mem {
                                let p = self.alloc(ty.size, ty.noscan);
                                std::ptr::copy(c, p as *mut u8, ty.size as usize);
                                *dst = p;
                            } else {
                                layout::load(ty, c, dst);
                            }
                        }
                    }
                    return Ok(());
                }
                Err(_) => {
                    runtime::panic::trace_frame(self.ctx, f.id, self.w.loc.get());
                    let Some(d) = &tb.defers else { return Err(Unwind) };
                    // SAFETY: the mark slot is the function's.
                    let mut b = [unsafe { *fp.add(d.mark as usize) }];
                    runtime::panic::unwind(self.ctx, Args(b.as_mut_ptr()));
                    if b[0] != 1 {
                        return Err(Unwind);
                    }
                    // Recovered: return the current results, running the
                    // remaining deferred calls first.
                    r = Ok(());
                }
            }
        }
    }

    fn run_native(&mut self, f: &Func, nf: runtime::NativeFn, fp: Fp) -> R<()> {
        nf(self.ctx, Args(fp));
        if self.ctx.panicking != 0 {
            runtime::panic::trace_frame(self.ctx, f.id, 0);
            return Err(Unwind);
        }
        // SAFETY: the frame holds np + nr words; results were written over
        // the arguments.
        unsafe { std::ptr::copy(fp, fp.add(f.np as usize), f.nr as usize) };
        Ok(())
    }

    /// `runtime::host::host_call` with the index before the arguments.
    fn run_host(&mut self, f: &Func, index: u64, fp: Fp) -> R<()> {
        let (np, nr) = (f.np as usize, f.nr as usize);
        let mut buf = vec![0u64; (np + 1).max(nr)];
        buf[0] = index;
        // SAFETY: the frame holds np argument words (still rooted there
        // while the host runs) followed by nr result words.
        unsafe {
            std::ptr::copy_nonoverlapping(fp, buf.as_mut_ptr().add(1), np);
            runtime::host::host_call(self.ctx, Args(buf.as_mut_ptr()));
            if self.ctx.panicking != 0 {
                runtime::panic::trace_frame(self.ctx, f.id, 0);
                return Err(Unwind);
            }
            std::ptr::copy_nonoverlapping(buf.as_ptr(), fp.add(np), nr);
        }
        Ok(())
    }

    fn run_glue(&mut self, f: &Func, g: &GlueBody, fp: Fp) -> R<()> {
        let (np, nr) = (f.np as usize, f.nr as usize);
        // SAFETY: fp holds np + nr + GLUE_SCRATCH words (resolve::glue);
        // closures and itabs are laid out as the lowering made them.
        unsafe {
            let res = fp.add(np);
            let r = match g {
                GlueBody::FuncValue(target) => {
                    // f$fv(env, args...) = f(args...): the target's frame
                    // starts after the env word, its results land in ours.
                    let Some(t) = self.w.func(*target) else { return Err(self.internal("unknown function")) };
                    return self.invoke(t, fp.add(1));
                }
                GlueBody::IfaceMethod(plan, wrap) => {
                    let data = *fp;
                    if let (0, Some(msg)) = (data, wrap) {
                        runtime::panic::raise_runtime(self.ctx, runtime::panic::RtErr::Plain, msg);
                        return Err(self.fail(0));
                    }
                    let addr = if plan.recv.direct {
                        let s = fp.add(np + nr);
                        layout::store(&plan.recv, s as *mut u8, &data);
                        s as u64
                    } else {
                        data
                    };
                    self.call_plan(plan, addr, fp.add(1), (np - 1) as u32)?
                }
                GlueBody::MethodExpr(plan) if plan.steps.is_empty() && !plan.recv.mem => {
                    // A method of the receiver's own type: no cell needed
                    // (as `FnLower::call_method_on`).
                    let rn = plan.recv.n as usize;
                    let args = fp.add(1 + rn) as *const u64;
                    let n = (np - 1 - rn) as u32;
                    match &plan.how {
                        MethodHow::Value(id) => self.call_parts(*id, &[(fp.add(1), (np - 1) as u32)], 0)?,
                        MethodHow::Deref(id, ety) => {
                            let p = *fp.add(1);
                            if p == 0 {
                                return Err(self.nil(0));
                            }
                            self.call_value(*id, ety, p, args, n)?
                        }
                        _ => {
                            let c = self.alloc(plan.recv.size, plan.recv.noscan);
                            layout::store(&plan.recv, c as *mut u8, fp.add(1));
                            *fp.add(np + nr) = c;
                            self.call_plan(plan, c, args, n)?
                        }
                    }
                }
                GlueBody::MethodExpr(plan) => {
                    let rn = plan.recv.n as usize;
                    let addr = if plan.recv.mem {
                        *fp.add(1)
                    } else {
                        let c = self.alloc(plan.recv.size, plan.recv.noscan);
                        layout::store(&plan.recv, c as *mut u8, fp.add(1));
                        // Keep the cell in the frame for the collector.
                        *fp.add(np + nr) = c;
                        c
                    };
                    self.call_plan(plan, addr, fp.add(1 + rn), (np - 1 - rn) as u32)?
                }
                GlueBody::Bound { target, recv_words } => {
                    let env = *fp as *const u64;
                    let parts = [(env.add(1), *recv_words), (fp.add(1) as *const u64, (np - 1) as u32)];
                    self.call_parts(*target, &parts, 0)?
                }
                GlueBody::BoundIface { index } => {
                    let env = *fp as *const u64;
                    let itab = *env.add(1);
                    let off = runtime::types::itab_method_offset(*index as usize) as usize;
                    let fid = fi_id(*((itab as usize + off) as *const u64));
                    let parts = [(env.add(2), 1), (fp.add(1) as *const u64, (np - 1) as u32)];
                    self.call_parts(fid, &parts, 0)?
                }
                GlueBody::DeferCall { arg_words } => {
                    let env = *fp as *const u64;
                    let fv = *env.add(1);
                    if fv == 0 {
                        return Err(self.nil(0));
                    }
                    let fid = fi_id(*(fv as *const u64));
                    let parts = [(env.add(1), 1 + *arg_words)];
                    self.call_parts(fid, &parts, 0)?;
                    return Ok(());
                }
                GlueBody::DeferBuiltin(x) => {
                    let t = fp.add(np + nr);
                    self.eval_to(fp, x, t)?;
                    return Ok(());
                }
            };
            std::ptr::copy(r, res, nr);
        }
        Ok(())
    }

    /// Calls a method through its plan: the receiver value is at `addr`,
    /// the other arguments (`n` words) at `args`.
    fn call_plan(&mut self, plan: &MethodPlan, mut addr: u64, args: *const u64, n: u32) -> R<*mut u64> {
        // SAFETY: addr points at a receiver of the plan's type; steps stay
        // within it (or follow nil-checked pointers).
        unsafe {
            for s in plan.steps.iter() {
                match s {
                    Step::Off(o) => addr = addr.wrapping_add(*o as i64 as u64),
                    Step::Deref(o) => {
                        let p = *((addr.wrapping_add(*o as i64 as u64)) as *const u64);
                        if p == 0 {
                            return Err(self.nil(0));
                        }
                        addr = p;
                    }
                }
            }
            let mut w = [0u64; 4];
            match &plan.how {
                MethodHow::Iface(index) => {
                    let itab = *(addr as *const u64);
                    if itab == 0 {
                        return Err(self.nil(0));
                    }
                    w[0] = *((addr + 8) as *const u64);
                    let off = runtime::types::itab_method_offset(*index as usize) as usize;
                    let fid = fi_id(*((itab as usize + off) as *const u64));
                    self.call_parts(fid, &[(w.as_ptr(), 1), (args, n)], 0)
                }
                MethodHow::PtrOfHolder(id) => {
                    w[0] = addr;
                    self.call_parts(*id, &[(w.as_ptr(), 1), (args, n)], 0)
                }
                MethodHow::Value(id) => self.call_value(*id, &plan.holder, addr, args, n),
                MethodHow::Deref(id, ety) => {
                    let p = *(addr as *const u64);
                    if p == 0 {
                        return Err(self.nil(0));
                    }
                    self.call_value(*id, ety, p, args, n)
                }
                MethodHow::Missing => Err(self.internal("method not found")),
            }
        }
    }

    /// Calls `id` with a copy of the value of type `ty` at `addr` as its
    /// receiver.
    fn call_value(&mut self, id: u32, ty: &layout::TyInfo, addr: u64, args: *const u64, n: u32) -> R<*mut u64> {
        let Some(f) = self.w.func(id) else { return Err(self.internal("unknown function")) };
        let saved = self.ctx.reg_top;
        let base = self.reserve(f.np);
        // SAFETY: base holds f.np words: the receiver's, then n more.
        unsafe {
            if ty.mem {
                let p = self.alloc(ty.size, ty.noscan);
                std::ptr::copy(addr as *const u8, p as *mut u8, ty.size as usize);
                *base = p;
            } else {
                layout::load(ty, addr as *const u8, base);
            }
            std::ptr::copy(args, base.add(ty.n as usize), n as usize);
        }
        let r = self.invoke(f, base);
        self.ctx.reg_top = saved;
        match r {
            // SAFETY: results follow the parameters.
            Ok(()) => Ok(unsafe { base.add(f.np as usize) }),
            Err(_) => Err(Unwind),
        }
    }
}

impl runtime::Engine for Walker {
    // The trait's signature takes a raw FuncInfo pointer: natives only pass
    // descriptors of this program.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    fn call(&self, ctx: &mut Ctx, fi: *const FuncInfo, args: &mut [u64]) {
        // Natives call in through `extern "C"` frames, which a Rust panic
        // must not cross: a bug of the walker becomes an internal error.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.call_guarded(ctx, fi, args)));
        if let Err(p) = r {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic in the ast engine".into());
            let mut m = M { w: self, ctx };
            let _ = m.internal(&msg);
        }
    }
}

impl Walker {
    fn call_guarded(&self, ctx: &mut Ctx, fi: *const FuncInfo, args: &mut [u64]) {
        let mut m = M { w: self, ctx };
        // SAFETY: natives pass FuncInfos of this program.
        let id = unsafe { (*fi).id };
        let Some(f) = self.func(id) else {
            let _ = m.internal("call of an unknown function");
            return;
        };
        let saved = m.ctx.reg_top;
        let base = m.reserve(f.np);
        let n = (f.np as usize).min(args.len());
        // SAFETY: base holds f.np >= n words.
        unsafe { std::ptr::copy_nonoverlapping(args.as_ptr(), base, n) };
        let r = m.invoke(f, base);
        m.ctx.reg_top = saved;
        if r.is_ok() {
            let k = (f.nr as usize).min(args.len());
            // SAFETY: results follow the parameters.
            unsafe { std::ptr::copy_nonoverlapping(base.add(f.np as usize), args.as_mut_ptr(), k) };
        } else if m.ctx.panicking == 0 {
            m.ctx.panicking = 1;
        }
    }
}
