//! Mvm's second tier: hot IR functions and loops compiled to native code
//! with Cranelift.
//!
//! Decisions (see also the contracts in runtime::types::FuncInfo and
//! runtime::ctx::Ctx):
//! - Code is compiled from the optimized IR, one function at a time, into
//!   one `JITModule` for the program; each function is finalized as soon as
//!   it is compiled. Calls between functions go through the callee's
//!   `FuncInfo.jit_code`, loaded at run time unless the callee was already
//!   compiled (then its address is a constant), so functions can be
//!   compiled in any order and never need patching.
//! - Every function gets two entries: the native one (`jit_code`,
//!   `(ctx, params...) -> results` in the platform's calling convention,
//!   multiple results through Cranelift's implicit return area) and a frame
//!   trampoline (`frame_code`, `(ctx, words)`) for the interpreter.
//! - Panics are not native unwinding: after anything that may panic the
//!   code tests `ctx.panicking` and, when set, records its frame, runs the
//!   frame's deferred calls (functions with unwind info) and either resumes
//!   at the recover block or returns zeros to its caller, which tests the
//!   flag in turn.
//! - OSR entries are separate functions that start at the loop header with
//!   the live values read from the interpreter frame and run the rest of
//!   the function. In a function with unwind info the entry leaves a panic
//!   to the interpreter frame it came from: the recover block reads only
//!   entry-block values, which the interpreter keeps in slots of their own
//!   that the entry never writes, so the frame's own unwinding (deferred
//!   calls, recovery, resuming at the recover block) works unchanged.

mod liveness;
mod shims;
mod translate;

pub use target_lexicon::Triple;
pub use translate::{loop_headers, Ext, SymbolFn};

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir as cl;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Module as _, ModuleError};
use ir::{Block, FuncId};
use runtime::{FuncInfo, Shared};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;
use translate::{Callee, Env, Mode};

/// How the JIT behaves.
#[derive(Clone, Debug)]
pub struct JitOptions {
    /// Print a `jit:` line to stderr per compilation or refusal.
    pub trace: bool,
    /// Compile OSR entries for hot loops.
    pub osr: bool,
    /// Target to compile for; the host when None. For another target the
    /// code is compiled (to check the lowering) but never installed.
    pub target: Option<Triple>,
    /// Run Cranelift's IR verifier on every function (slower compiles).
    pub verify: bool,
    /// Functions (by IR name) never to compile.
    pub exclude: Vec<String>,
    /// Print every compiled function's optimized Cranelift IR to stderr.
    pub dump: bool,
    /// Offer to yield at every loop header and function entry even in
    /// programs without goroutines, so a time limit is noticed
    /// (runtime::limits).
    pub ticks: bool,
}

impl Default for JitOptions {
    fn default() -> Self {
        JitOptions {
            trace: false,
            osr: true,
            target: None,
            verify: cfg!(debug_assertions),
            exclude: Vec::new(),
            dump: false,
            ticks: false,
        }
    }
}

/// Counters, for tests and statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub compiled: usize,
    pub declined: usize,
    pub osr_compiled: usize,
    pub osr_declined: usize,
    /// Machine code bytes of every entry (trampolines included).
    pub code_bytes: usize,
}

#[derive(Clone, Copy)]
enum State {
    NotTried,
    /// Native entry (null when compiled for another target).
    Compiled(*const u8),
    Declined,
}

enum Backend {
    Host(Box<JITModule>),
    /// Compile only: code for a target this process cannot run.
    Cross(OwnedTargetIsa),
}

struct Inner {
    backend: Backend,
    cctx: Context,
    fctx: FunctionBuilderContext,
    state: Vec<State>,
    /// OSR entries by (function, header); None when declined.
    osr: HashMap<(usize, Block), Option<*const u8>>,
    stats: Stats,
}

/// The JIT tier for one program.
pub struct Jit {
    module: Rc<ir::Module>,
    shared: *mut Shared,
    opts: JitOptions,
    call_conv: CallConv,
    natives: Vec<u64>,
    /// FuncInfo address per function.
    infos: Vec<u64>,
    nan_passthrough: [bool; 4],
    /// The program starts goroutines (compiled loops check preemption).
    preempt: bool,
    inner: RefCell<Inner>,
}

fn make_isa(opts: &JitOptions) -> Result<(OwnedTargetIsa, bool), String> {
    let mut fb = settings::builder();
    let verify = if opts.verify { "true" } else { "false" };
    for (k, v) in [
        ("opt_level", "speed"),
        ("enable_multi_ret_implicit_sret", "true"),
        ("is_pic", "false"),
        ("use_colocated_libcalls", "false"),
        ("enable_verifier", verify),
    ] {
        fb.set(k, v).map_err(|e| format!("cranelift setting {k}: {e}"))?;
    }
    let flags = settings::Flags::new(fb);
    match &opts.target {
        Some(t) if *t != Triple::host() => {
            let b = cranelift_codegen::isa::lookup(t.clone()).map_err(|e| format!("target {t}: {e}"))?;
            Ok((b.finish(flags).map_err(|e| e.to_string())?, false))
        }
        _ => {
            let b = cranelift_native::builder().map_err(|e| format!("host: {e}"))?;
            Ok((b.finish(flags).map_err(|e| e.to_string())?, true))
        }
    }
}

/// Whether the interpreter's floor, ceil, trunc and round-half-even (Rust's
/// f64 methods, which may be library calls) return a signaling NaN as is;
/// the rounding instructions quiet it. Asked of the running code itself so
/// JIT results stay bit-identical on every host.
fn rounding_keeps_snan() -> [bool; 4] {
    use std::hint::black_box;
    let snan = 0x7ff0_0000_0000_0001u64;
    let x = f64::from_bits(black_box(snan));
    let same = |r: f64| r.to_bits() == snan;
    [
        same(black_box(x).floor()),
        same(black_box(x).ceil()),
        same(black_box(x).trunc()),
        same(black_box(x).round_ties_even()),
    ]
}

impl Jit {
    /// A JIT for `module`, whose functions' descriptors live in `shared`
    /// (created here if the interpreter has not done so). As with
    /// `interp::Interp::new`, `shared` must outlive the JIT and the code it
    /// installs.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn new(module: Rc<ir::Module>, shared: *mut Shared, opts: JitOptions) -> Result<Jit, String> {
        let (isa, host) = make_isa(&opts)?;
        let call_conv = isa.default_call_conv();
        let backend = if host {
            let b = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
            Backend::Host(Box::new(JITModule::new(b)))
        } else {
            Backend::Cross(isa)
        };
        let natives = module
            .natives
            .iter()
            .map(|n| runtime::native::lookup(&n.name).map_or(0, |f| f as *const () as u64))
            .collect();
        let infos = module
            .funcs
            .iter()
            .enumerate()
            // SAFETY: shared outlives the JIT and nothing else borrows it
            // while the JIT is built (single-threaded runtime).
            .map(|(i, f)| unsafe { (*shared).func_info(i as u32, &f.name) } as u64)
            .collect();
        let n = module.funcs.len();
        let preempt = opts.ticks || module.natives.iter().any(|n| n.name.starts_with("go_spawn"));
        let nan_passthrough = if host { rounding_keeps_snan() } else { [false; 4] };
        Ok(Jit {
            module,
            shared,
            opts,
            call_conv,
            natives,
            infos,
            nan_passthrough,
            preempt,
            inner: RefCell::new(Inner {
                backend,
                cctx: Context::new(),
                fctx: FunctionBuilderContext::new(),
                state: vec![State::NotTried; n],
                osr: HashMap::new(),
                stats: Stats::default(),
            }),
        })
    }

    pub fn stats(&self) -> Stats {
        self.inner.borrow().stats
    }

    /// The shared state this JIT installs code into.
    pub fn shared(&self) -> *mut Shared {
        self.shared
    }

    fn info(&self, fid: usize) -> &FuncInfo {
        // SAFETY: FuncInfos are boxed in `shared` and live as long as the
        // program; `infos` holds their addresses.
        unsafe { &*(self.infos[fid] as *const FuncInfo) }
    }

    fn trace(&self, fid: usize, osr: Option<Block>, what: Result<String, &str>) {
        if !self.opts.trace {
            return;
        }
        let name = &self.module.funcs[fid].name;
        match what {
            Ok(s) => {
                let osr = osr.map_or("no".to_string(), |b| b.to_string());
                eprintln!("jit: compiled {name} (osr={osr}) {s}");
            }
            Err(reason) => {
                let line = reason.lines().next().unwrap_or("");
                match osr {
                    Some(b) => eprintln!("jit: declined {name} (osr={b}): {line}"),
                    None => eprintln!("jit: declined {name}: {line}"),
                }
            }
        }
    }

    /// Compiles function `fid` (once) and installs its entries. Returns the
    /// reason when it is, or was earlier, declined.
    pub fn compile(&self, fid: usize) -> Result<(), String> {
        let mut inner = self.inner.borrow_mut();
        match inner.state[fid] {
            State::Compiled(_) => return Ok(()),
            State::Declined => return Err("declined earlier".into()),
            State::NotTried => {}
        }
        let t0 = Instant::now();
        let f = &self.module.funcs[fid];
        let r = if self.opts.exclude.contains(&f.name) {
            Err("excluded by options".to_string())
        } else {
            self.guarded(&mut inner, |j, inner| j.compile_function(inner, fid))
        };
        match r {
            Ok((entry, frame, bytes)) => {
                inner.state[fid] = State::Compiled(entry);
                inner.stats.compiled += 1;
                inner.stats.code_bytes += bytes;
                if !entry.is_null() {
                    let fi = self.info(fid);
                    fi.jit_code.set(entry);
                    fi.frame_code.set(frame);
                }
                let ms = t0.elapsed().as_secs_f64() * 1e3;
                self.trace(fid, None, Ok(format!("{} IR insts, {ms:.2} ms, {bytes} bytes", f.inst_count())));
                Ok(())
            }
            Err(e) => {
                inner.state[fid] = State::Declined;
                inner.stats.declined += 1;
                self.trace(fid, None, Err(&e));
                Err(e)
            }
        }
    }

    /// Compiles (once) an OSR entry for the loop at `header` of `fid`,
    /// reading live values from frame slots `slots[value]`. The entry is
    /// null when compiled for another target.
    pub fn compile_loop(&self, fid: usize, header: Block, slots: &[u16], nresults: u32) -> Result<*const u8, String> {
        let mut inner = self.inner.borrow_mut();
        if let Some(&e) = inner.osr.get(&(fid, header)) {
            return e.ok_or_else(|| "declined earlier".into());
        }
        let t0 = Instant::now();
        let f = &self.module.funcs[fid];
        let r = if !self.opts.osr {
            Err("OSR disabled".to_string())
        } else if nresults as usize != f.sig.results.len() {
            Err(format!("frame expects {nresults} results, function has {}", f.sig.results.len()))
        } else if self.opts.exclude.contains(&f.name) {
            Err("excluded by options".to_string())
        } else {
            self.guarded(&mut inner, |j, inner| j.compile_osr(inner, fid, header, slots))
        };
        match r {
            Ok((entry, bytes)) => {
                inner.osr.insert((fid, header), Some(entry));
                inner.stats.osr_compiled += 1;
                inner.stats.code_bytes += bytes;
                let ms = t0.elapsed().as_secs_f64() * 1e3;
                self.trace(fid, Some(header), Ok(format!("{} IR insts, {ms:.2} ms, {bytes} bytes", f.inst_count())));
                Ok(entry)
            }
            Err(e) => {
                inner.osr.insert((fid, header), None);
                inner.stats.osr_declined += 1;
                self.trace(fid, Some(header), Err(&e));
                Err(e)
            }
        }
    }

    /// Runs a compilation; a panic inside it (a bug in the translation or
    /// in Cranelift) becomes a refusal, so the program keeps running in the
    /// interpreter. The builder state it may have left half-done is reset.
    fn guarded<T>(
        &self,
        inner: &mut Inner,
        f: impl FnOnce(&Self, &mut Inner) -> Result<T, String>,
    ) -> Result<T, String> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self, inner))) {
            Ok(r) => r,
            Err(p) => {
                inner.cctx = Context::new();
                inner.fctx = FunctionBuilderContext::new();
                let msg = p
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| p.downcast_ref::<&str>().copied())
                    .unwrap_or("panic");
                Err(format!("internal error: {msg}"))
            }
        }
    }

    fn env_callee(&self, inner: &Inner, fid: usize) -> Callee {
        match inner.state[fid] {
            State::Compiled(p) if !p.is_null() => Callee::Native(p),
            State::Declined => Callee::Interp,
            _ => Callee::Unknown,
        }
    }

    /// Translates into `inner.cctx`. With `symbol` (code for an object
    /// file) every callee counts as compiled, its entry a symbol.
    fn translate(
        &self,
        inner: &mut Inner,
        fid: usize,
        mode: &Mode,
        symbol: Option<SymbolFn>,
        self_id: Option<cranelift_module::FuncId>,
    ) -> Result<(), String> {
        let states: Vec<Callee> = (0..self.module.funcs.len())
            .map(|i| if symbol.is_some() { Callee::Native(std::ptr::dangling()) } else { self.env_callee(inner, i) })
            .collect();
        let frontend = match &inner.backend {
            Backend::Host(m) => m.isa().frontend_config(),
            Backend::Cross(isa) => isa.frontend_config(),
        };
        let env = Env {
            module: &self.module,
            call_conv: self.call_conv,
            frontend,
            funcinfo: &|i| self.infos[i],
            natives: &self.natives,
            callee: &|i| states[i],
            nan_passthrough: self.nan_passthrough,
            preempt: self.preempt,
            ticks: self.opts.ticks,
            symbol,
            self_id: self_id.map(|id| id.as_u32()),
        };
        let Inner { cctx, fctx, .. } = inner;
        cctx.clear();
        let r = translate::translate(&env, fid, mode, &mut cctx.func, fctx);
        if r.is_err() {
            // The builder stopped halfway: start the next function afresh.
            *fctx = FunctionBuilderContext::new();
        }
        r
    }

    /// Compiles what is in `cctx`; returns the module id (host) and size.
    /// Compiles what is in `cctx` under `id` (declared beforehand, when the
    /// code refers to itself) or a fresh id.
    fn emit_as(
        &self,
        inner: &mut Inner,
        id: Option<cranelift_module::FuncId>,
    ) -> Result<(Option<cranelift_module::FuncId>, usize), String> {
        let Inner { backend, cctx, .. } = inner;
        let r = match backend {
            Backend::Host(m) => {
                let id = match id {
                    Some(id) => id,
                    None => m.declare_anonymous_function(&cctx.func.signature).map_err(|e| e.to_string())?,
                };
                if let Err(e) = m.define_function(id, cctx) {
                    return Err(match e {
                        ModuleError::Compilation(ce) => cranelift_codegen::print_errors::pretty_error(&cctx.func, ce),
                        e => e.to_string(),
                    });
                }
                let size = cctx.compiled_code().map_or(0, |c| c.code_info().total_size as usize);
                Ok((Some(id), size))
            }
            Backend::Cross(isa) => {
                let code = cctx
                    .compile(&**isa, &mut ControlPlane::default())
                    .map_err(|e| cranelift_codegen::print_errors::pretty_error(e.func, e.inner))?;
                Ok((None, code.code_info().total_size as usize))
            }
        };
        if self.opts.dump {
            eprintln!("{}", cctx.func.display());
        }
        r
    }

    fn finalize(inner: &mut Inner, ids: &[Option<cranelift_module::FuncId>]) -> Result<Vec<*const u8>, String> {
        match &mut inner.backend {
            Backend::Host(m) => {
                m.finalize_definitions().map_err(|e| e.to_string())?;
                Ok(ids.iter().map(|id| id.map_or(std::ptr::null(), |id| m.get_finalized_function(id))).collect())
            }
            Backend::Cross(_) => Ok(vec![std::ptr::null(); ids.len()]),
        }
    }

    /// Native entry and frame trampoline: (entry, frame entry, bytes).
    fn emit(&self, inner: &mut Inner) -> Result<(Option<cranelift_module::FuncId>, usize), String> {
        self.emit_as(inner, None)
    }

    fn compile_function(&self, inner: &mut Inner, fid: usize) -> Result<(*const u8, *const u8, usize), String> {
        let self_id = match &mut inner.backend {
            Backend::Host(m) => Some(
                m.declare_anonymous_function(&translate::native_sig(&self.module.funcs[fid].sig, self.call_conv))
                    .map_err(|e| e.to_string())?,
            ),
            Backend::Cross(_) => None,
        };
        self.translate(inner, fid, &Mode::Native, None, self_id)?;
        let (body, n1) = self.emit_as(inner, self_id)?;
        self.frame_trampoline(inner, fid, None);
        let (tramp, n2) = self.emit(inner)?;
        let p = Self::finalize(inner, &[body, tramp])?;
        Ok((p[0], p[1], n1 + n2))
    }

    fn compile_osr(
        &self,
        inner: &mut Inner,
        fid: usize,
        header: Block,
        slots: &[u16],
    ) -> Result<(*const u8, usize), String> {
        self.translate(inner, fid, &Mode::Osr { header, slots }, None, None)?;
        let (id, n) = self.emit(inner)?;
        Ok((Self::finalize(inner, &[id])?[0], n))
    }

    /// `(ctx, words)`: loads the parameters from the words, calls the
    /// native entry (read from the FuncInfo, which is set before anyone
    /// can reach this trampoline) and stores the results over the words.
    fn frame_trampoline(&self, inner: &mut Inner, fid: usize, symbol: Option<SymbolFn>) {
        let sig = &self.module.funcs[fid].sig;
        let Inner { cctx, fctx, backend, .. } = inner;
        cctx.clear();
        cctx.func =
            cl::Function::with_name_signature(UserFuncName::user(1, fid as u32), translate::words_sig(self.call_conv));
        let mut b = FunctionBuilder::new(&mut cctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let (ctx, words) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let fl = MemFlagsData::trusted();
        let fi = translate::ext_addr(&mut b, symbol, translate::Ext::FuncInfo(fid), self.infos[fid]);
        let code = b.ins().load(types::I64, fl, fi, std::mem::offset_of!(FuncInfo, jit_code) as i32);
        let mut args = vec![ctx];
        for (k, &t) in sig.params.iter().enumerate() {
            let t = if t == ir::Type::F64 { types::F64 } else { types::I64 };
            args.push(b.ins().load(t, fl, words, (k * 8) as i32));
        }
        let sr = b.import_signature(translate::native_sig(sig, self.call_conv));
        let call = b.ins().call_indirect(sr, code, &args);
        let results = b.inst_results(call).to_vec();
        for (k, r) in results.into_iter().enumerate() {
            b.ins().store(fl, r, words, (k * 8) as i32);
        }
        b.ins().return_(&[]);
        b.seal_all_blocks();
        let frontend = match backend {
            Backend::Host(m) => m.isa().frontend_config(),
            Backend::Cross(isa) => isa.frontend_config(),
        };
        b.finalize(frontend);
    }
}

/// Code for another process: object files (ADR 0015).
impl Jit {
    /// A fresh instance of the ISA this JIT compiles for.
    pub fn target_isa(&self) -> Result<OwnedTargetIsa, String> {
        make_isa(&self.opts).map(|(isa, _)| isa)
    }

    /// Function `fid`'s native entry and frame trampoline as Cranelift IR
    /// that refers to everything outside the function by symbol (named by
    /// `symbol`), for an object file: tests link the aarch64 code with a C
    /// harness and run it under qemu. Calls go straight to the callee's
    /// `Ext::Entry`, as if every function were compiled; the trampoline
    /// reads the entry from the function's `Ext::FuncInfo`. Nothing is
    /// compiled, installed or counted.
    pub fn translate_relocatable(&self, fid: usize, symbol: SymbolFn) -> Result<(cl::Function, cl::Function), String> {
        let mut inner = self.inner.borrow_mut();
        self.guarded(&mut inner, |j, inner| {
            j.translate(inner, fid, &Mode::Native, Some(symbol), None)?;
            let body = inner.cctx.func.clone();
            j.frame_trampoline(inner, fid, Some(symbol));
            Ok((body, inner.cctx.func.clone()))
        })
    }
}

impl interp::Tier for Jit {
    fn hot_function(&self, fid: FuncId) {
        // A refusal leaves the entries null: the interpreter keeps running it.
        let _ = self.compile(fid.index());
    }

    fn hot_loop(&self, fid: FuncId, header: Block, slots: &[u16], nresults: u32) -> *const u8 {
        self.compile_loop(fid.index(), header, slots, nresults).unwrap_or(std::ptr::null())
    }
}
