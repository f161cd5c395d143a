//! The interpreter as an engine: function table, lazy compilation to
//! bytecode, entry from Rust, and the hooks to the next tier.

use crate::bytecode::BcFunc;
use crate::compile::{compile, Env};
use crate::exec::{self, Exit, State};
use ir::{FuncId, Module};
use runtime::{Ctx, FuncInfo, NativeFn, Shared};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Dispatch {
    Threaded,
    Switch,
}

/// The JIT tier, as the interpreter sees it.
pub trait Tier {
    /// A function became hot: compile it and install its entries in its
    /// FuncInfo, or decline.
    fn hot_function(&self, fid: FuncId);
    /// A loop became hot in a running frame: return an OSR entry taking
    /// (ctx, frame), or null to keep interpreting.
    fn hot_loop(&self, fid: FuncId, header: ir::Block, slots: &[u16], nresults: u32) -> *const u8;
}

pub struct Options {
    pub dispatch: Dispatch,
    /// Calls before a function is handed to the tier; u32::MAX: never.
    pub call_threshold: u32,
    /// Back-edge trips before a loop is handed to the tier.
    pub loop_threshold: u32,
    /// Count calls against the goroutine's time slice too, so a time limit
    /// stops recursion without loops (runtime::limits).
    pub ticks: bool,
}

pub struct Interp {
    pub module: Rc<Module>,
    /// Boxed so that every BcFunc keeps its address: frames and JIT code
    /// hold raw pointers to them while the table is filled lazily.
    #[allow(clippy::vec_box)]
    funcs: Vec<Box<BcFunc>>,
    pub natives: Vec<NativeFn>,
    pub dispatch: Dispatch,
    pub call_threshold: u32,
    pub loop_threshold: u32,
    pub ticks: bool,
    pub tier: RefCell<Option<Rc<dyn Tier>>>,
    shared: *mut Shared,
    /// Bytecode instructions generated so far (statistics).
    pub compiled_insts: Cell<usize>,
}

impl Interp {
    /// Prepares an interpreter for `module`. Fails if the module uses a
    /// native the runtime does not provide. `shared` must outlive the
    /// interpreter and the code it runs.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn new(module: Rc<Module>, shared: *mut Shared, opts: Options) -> Result<Interp, String> {
        let mut natives = Vec::with_capacity(module.natives.len());
        for n in &module.natives {
            natives
                .push(runtime::native::lookup(&n.name).ok_or_else(|| format!("unknown runtime function {}", n.name))?);
        }
        let funcs = module
            .funcs
            .iter()
            .enumerate()
            .map(|(i, f)| {
                // SAFETY: shared outlives the interpreter.
                let fi = unsafe { (*shared).func_info(i as u32, &f.name) };
                // SAFETY: fi was just created or found; single-threaded.
                unsafe {
                    (*fi).nparams = f.sig.params.len() as u32;
                    (*fi).nresults = f.sig.results.len() as u32;
                }
                Box::new(BcFunc::placeholder(fi))
            })
            .collect();
        let (call_threshold, loop_threshold) = (opts.call_threshold, opts.loop_threshold);
        Ok(Interp {
            module,
            funcs,
            natives,
            dispatch: opts.dispatch,
            call_threshold,
            ticks: opts.ticks,
            loop_threshold,
            tier: RefCell::new(None),
            shared,
            compiled_insts: Cell::new(0),
        })
    }

    pub fn set_tier(&self, t: Rc<dyn Tier>) {
        *self.tier.borrow_mut() = Some(t);
    }

    #[inline(always)]
    pub fn func_ptr(&self, fid: usize) -> *mut BcFunc {
        &*self.funcs[fid] as *const BcFunc as *mut BcFunc
    }

    pub fn func(&self, fid: usize) -> &BcFunc {
        &self.funcs[fid]
    }

    /// Compiles a function to bytecode on first use.
    pub fn ensure_compiled(&self, fid: usize) {
        let p = self.func_ptr(fid);
        // SAFETY: single-threaded; no reference to this BcFunc is live while
        // it is replaced (callers hold raw pointers only).
        unsafe {
            if (*p).compiled {
                return;
            }
            let shared = self.shared;
            let funcinfo = |i: usize| (&(*shared).funcs)[i].as_ref() as *const FuncInfo as u64;
            let env = Env { module: &self.module, funcinfo: &funcinfo };
            let mut bc = compile(&env, &self.module.funcs[fid]);
            bc.fi = (*p).fi;
            bc.tier_tried = Cell::new((*p).tier_tried.get());
            match self.dispatch {
                Dispatch::Threaded => {
                    for i in 0..bc.code.len() {
                        // Data slots after Const64 hold constants, not opcodes.
                        let data = i > 0 && bc.ops[i - 1] == exec::Op::Const64 as u16;
                        if !data {
                            bc.code[i].h = exec::threaded::HANDLERS[bc.code[i].h] as usize;
                        }
                    }
                }
                Dispatch::Switch => {}
            }
            self.compiled_insts.set(self.compiled_insts.get() + bc.code.len());
            *p = bc;
        }
    }

    pub fn hot_function(&self, fid: usize) {
        let t = self.tier.borrow().clone();
        if let Some(t) = t {
            t.hot_function(FuncId::new(fid));
        }
    }

    pub fn hot_loop(&self, f: &BcFunc, loop_id: usize) {
        let t = self.tier.borrow().clone();
        if let Some(t) = t {
            // SAFETY: fi is set for every function.
            let fid = unsafe { (*f.fi).id } as usize;
            let e = t.hot_loop(FuncId::new(fid), f.loop_headers[loop_id], &f.slots, f.nresults);
            f.osr[loop_id].set(e);
        }
    }

    /// Runs function `fid` with `args` (results overwrite them).
    pub fn run(&self, ctx: &mut Ctx, fid: usize, args: &mut [u64]) -> Exit {
        // SAFETY: FuncInfos live as long as the program.
        let fi = unsafe { &*self.funcs[fid].fi };
        let n = fi.calls.get().wrapping_add(1);
        fi.calls.set(n);
        let f = self.func_ptr(fid);
        // SAFETY: f is a live BcFunc; tier_tried is a Cell.
        if n >= self.call_threshold && unsafe { !(*f).tier_tried.get() } {
            unsafe { (*f).tier_tried.set(true) };
            self.hot_function(fid);
        }
        let code = fi.frame_code.get();
        if !code.is_null() {
            // SAFETY: frame_code entries take (ctx, words).
            let entry: extern "C" fn(*mut Ctx, *mut u64) = unsafe { std::mem::transmute(code) };
            entry(ctx, args.as_mut_ptr());
            return if ctx.panicking != 0 { Exit::Panic } else { Exit::Return };
        }
        self.ensure_compiled(fid);
        // SAFETY: the register stack was installed in ctx; the new frame is
        // placed above every frame in use (reg_top) and checked against the
        // end; its header marks it as an entry frame.
        unsafe {
            let bc = &*f;
            let saved_top = ctx.reg_top;
            let base = (ctx.reg_top.max(ctx.reg_base) as *mut u64).add(3);
            let need = (bc.frame_size as usize).max(args.len()) + 3;
            if base.add(need) as usize > ctx.reg_end {
                ctx.shared().out.flush();
                runtime::fatal_stack_overflow();
            }
            for (k, &a) in args.iter().enumerate().take(bc.nparams as usize) {
                *base.add(k) = a;
            }
            *base.sub(3) = 0;
            *base.sub(2) = 0;
            *base.sub(1) = f as u64;
            let mut st = State { ctx, interp: self, stack_end: ctx.reg_end as *mut u64 };
            let ip = bc.code.as_ptr();
            let exit = match self.dispatch {
                Dispatch::Threaded => exec::threaded::dispatch(ip, base, &mut st),
                Dispatch::Switch => exec::run_switch(ip, base, &mut st),
            };
            if exit == Exit::Return {
                // Callers size `args` for the results; never write past it.
                let n = (bc.nresults as usize).min(args.len());
                args[..n].copy_from_slice(std::slice::from_raw_parts(base, n));
            }
            ctx.reg_top = saved_top;
            exit
        }
    }
}

impl Interp {
    /// The tier-up counters of every function, for `--profile`.
    pub fn profile(&self) -> profiler::Profile {
        let funcs = (0..self.funcs.len())
            .map(|i| {
                let f = &self.funcs[i];
                // SAFETY: FuncInfos live as long as the program.
                let fi = unsafe { &*f.fi };
                let tier = if !fi.frame_code.get().is_null() {
                    profiler::TierState::Compiled
                } else if f.compiled {
                    profiler::TierState::Interpreted
                } else {
                    profiler::TierState::Cold
                };
                let loops = (f.loop_headers.iter().zip(&f.loop_counts).zip(&f.osr))
                    .map(|((&header, c), o)| profiler::LoopProfile { header, trips: c.get(), osr: !o.get().is_null() })
                    .collect();
                profiler::FuncProfile { name: self.module.funcs[i].name.clone(), calls: fi.calls.get(), loops, tier }
            })
            .collect();
        profiler::Profile { funcs }
    }
}

impl runtime::Engine for Interp {
    // The runtime only passes FuncInfos of this program (the trait's contract).
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    fn call(&self, ctx: &mut Ctx, fi: *const FuncInfo, args: &mut [u64]) {
        // SAFETY: fi is a FuncInfo of this program.
        let id = unsafe { (*fi).id } as usize;
        if self.run(ctx, id, args) == Exit::Panic {
            ctx.panicking = 1;
        }
    }
}
