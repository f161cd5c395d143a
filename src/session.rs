//! One program from source to exit: check, lower, optimize, run.

use frontend::check::{check_program, Loader};
use interp::{Dispatch, Interp, Options, RegStack};
use ir::{FuncId, Module};
use jit::{Jit, JitOptions};
use profiler::Policy;
pub use runtime::limits::Limit;
use runtime::{Ctx, Shared};
use std::rc::Rc;

/// Which engine runs the program.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum EngineKind {
    /// The tree-walking interpreter over the typed AST (the baseline).
    Ast,
    /// The bytecode interpreter alone.
    Vm,
    /// The bytecode interpreter with the Cranelift tier (the default).
    Jit,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub engine: EngineKind,
    pub dispatch: Dispatch,
    /// Calls (and loop trips) before a function (loop) is compiled.
    pub jit_threshold: u32,
    pub osr: bool,
    pub trace_jit: bool,
    /// Keep stdout in `Outcome::stdout` instead of writing it.
    pub capture: bool,
    /// `os.Args[1:]`.
    pub args: Vec<String>,
    /// Native stack for the guest, in bytes.
    pub stack_bytes: usize,
    /// Print the hottest functions' tier-up counters to stderr at exit.
    pub profile: bool,
    /// Bounds on the run's wall-clock time and heap.
    pub limits: Limits,
}

/// Bounds on a guest: past either, the program ends as after `os.Exit(2)`
/// with a `fatal error:` line, and `Outcome::limit` says which.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    /// Wall-clock time from the start of `run`.
    pub time: Option<std::time::Duration>,
    /// Bytes of live heap (what survives a collection, plus the request).
    pub memory: Option<usize>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            engine: EngineKind::Jit,
            dispatch: Dispatch::Threaded,
            jit_threshold: 1000,
            osr: true,
            trace_jit: false,
            capture: false,
            args: Vec::new(),
            stack_bytes: 256 << 20,
            profile: false,
            limits: Limits::default(),
        }
    }
}

/// How a run ended.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// The process exit status Go would give: 0, os.Exit's code, or 2
    /// after an unrecovered panic.
    pub exit_code: i32,
    /// What the program wrote to stdout, when `Config::capture` is set.
    pub stdout: Vec<u8>,
    /// What it wrote to stderr (println, os.Stderr), when capturing.
    pub stderr: Vec<u8>,
    /// The panic report (Go's `panic: ...` text and traceback), if any;
    /// it was also written to stderr.
    pub panic: Option<String>,
    /// The limit that ended the program, if one did.
    pub limit: Option<Limit>,
}

/// A checked and lowered program, ready to run once.
pub struct Program {
    shared: Box<Shared>,
    module: Rc<Module>,
    entry: FuncId,
    /// Program name for `os.Args[0]`.
    name: String,
    /// The checked program and the lowering's tables, for the
    /// tree-walking engine.
    walk: Option<frontend::walk::Prepared>,
    /// Functions the host may call (embedded programs only).
    pub(crate) exports: Vec<frontend::embed::Export>,
}

fn stdlib_loader() -> Loader {
    Rc::new(frontend::stdlib::load)
}

impl Program {
    /// Checks and compiles a `package main` made of `files` (name, source).
    /// Errors are rendered as `file:line:col: message`, gc's words.
    pub fn from_files(files: Vec<(String, String)>) -> Result<Program, Vec<String>> {
        // A bug in mvm must not crash the embedding process: a Rust panic
        // while compiling becomes an error message.
        Self::compile_guarded(files, None)
    }

    pub(crate) fn compile_guarded(
        files: Vec<(String, String)>,
        hosts: Option<Vec<runtime::host::Host>>,
    ) -> Result<Program, Vec<String>> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Self::compile(files, hosts))) {
            Ok(r) => r,
            Err(p) => Err(vec![format!("mvm: internal error: {}", panic_text(&*p))]),
        }
    }

    /// `hosts`: compile for an embedder, with these host functions.
    fn compile(files: Vec<(String, String)>, hosts: Option<Vec<runtime::host::Host>>) -> Result<Program, Vec<String>> {
        let name = files.first().map(|f| f.0.clone()).unwrap_or_default();
        let checked = match &hosts {
            None => check_program(files, stdlib_loader()),
            Some(hs) => {
                let names = hs.iter().map(|h| h.name.clone()).collect();
                frontend::check::check_embedded(files, stdlib_loader(), names)
            }
        };
        let mut checked = match checked {
            Ok(p) => p,
            Err((fs, errs)) => return Err(errs.iter().map(|e| e.render(&fs)).collect()),
        };
        let mut shared = Box::new(Shared::new());
        shared.hosts = hosts.unwrap_or_default();
        let lowered = match frontend::lower::lower_program(&mut checked, &mut shared) {
            Ok(l) => l,
            Err(errs) => return Err(errs.iter().map(|e| e.render(&checked.fs)).collect()),
        };
        let frontend::lower::Lowered { mut module, entry, tables, exports } = lowered;
        ir::passes::optimize(&mut module);
        frontend::lower::publish_locs(&module, &mut shared);
        let walk = Some(frontend::walk::Prepared::new(checked, tables));
        Ok(Program { shared, module: Rc::new(module), entry, name, walk, exports })
    }

    /// Reads and compiles one source file.
    pub fn from_path(path: &str) -> Result<Program, Vec<String>> {
        Self::from_paths(&[path])
    }

    /// Reads and compiles the files of one `package main` (as `go run
    /// a.go b.go` does).
    pub fn from_paths(paths: &[&str]) -> Result<Program, Vec<String>> {
        let mut files = Vec::new();
        for &path in paths {
            let shown = display_path(path);
            let src = std::fs::read(path).map_err(|e| vec![format!("open {path}: {}", io_reason(&e))])?;
            let src = String::from_utf8(src).map_err(|_| vec![format!("{shown}:1:1: invalid UTF-8 encoding")])?;
            files.push((shown, src));
        }
        Self::from_files(files)
    }

    /// The optimized IR (the JIT's tests compile it for other targets).
    pub fn module(&self) -> Rc<Module> {
        self.module.clone()
    }

    /// The optimized IR, as `mvm ir` prints it.
    pub fn ir_text(&self) -> String {
        ir::print::module_to_string(&self.module)
    }

    /// The bytecode of every function, as `mvm bytecode` prints it.
    pub fn bytecode_text(&mut self, dispatch: Dispatch) -> Result<String, String> {
        let p = Policy::INTERPRET;
        let opts =
            Options { dispatch, call_threshold: p.call_threshold, loop_threshold: p.loop_threshold, ticks: false };
        let vm = Interp::new(self.module.clone(), &mut *self.shared, opts)?;
        let mut s = String::new();
        for (i, f) in self.module.funcs.iter().enumerate() {
            vm.ensure_compiled(i);
            s.push_str(&interp::disasm::disassemble(&f.name, vm.func(i)));
            s.push('\n');
        }
        Ok(s)
    }

    /// Runs the program to completion on a thread with a large stack.
    pub fn run(self, cfg: &Config) -> Outcome {
        let cfg = cfg.clone();
        let stack = cfg.stack_bytes;
        // The program's state is not Send (raw pointers everywhere), but it
        // moves to the thread as a whole and never comes back.
        let job = SendBox(self);
        let h = std::thread::Builder::new().stack_size(stack).spawn(move || {
            let job = job;
            job.0.run_here(&cfg)
        });
        match h.map(|h| h.join()) {
            Ok(Ok(o)) => o,
            Ok(Err(p)) => internal(format!("internal error: {}", panic_text(&*p))),
            Err(e) => internal(format!("cannot start the program's thread: {e}")),
        }
    }

    /// Runs the program on the current thread, whose stack must be at least
    /// `cfg.stack_bytes` deep.
    pub fn run_here(mut self, cfg: &Config) -> Outcome {
        let sp = runtime::stackscan::approx_sp();
        let mut m = match Machine::new(&mut self, cfg, sp) {
            Ok(m) => m,
            Err(e) => return internal(e),
        };
        let mut out = Outcome::default();
        match m.run_entry(self.entry.index()) {
            Err(msg) => {
                drop(m);
                let mut o = internal(msg);
                self.finish_outcome(&mut o);
                return o;
            }
            Ok(()) if m.ctx.panicking != 0 => m.end_with_panic(&mut out),
            Ok(()) => {}
        }
        if cfg.profile {
            if let Some(vm) = &m.vm {
                let report = vm.profile().render(20);
                self.shared.out.write_err(report.as_bytes());
            }
        }
        drop(m);
        self.finish_outcome(&mut out);
        out
    }

    /// Flushes the program's output into `out` (captured or written),
    /// ahead of what `out` already holds (mvm's own error message).
    pub(crate) fn finish_outcome(&mut self, out: &mut Outcome) {
        self.shared.out.flush();
        if let Some((o, e)) = self.shared.out.capture.take() {
            out.stdout = [o, std::mem::take(&mut out.stdout)].concat();
            out.stderr = [e, std::mem::take(&mut out.stderr)].concat();
        }
        out.limit = self.shared.limits.hit;
    }

    pub(crate) fn entry_index(&self) -> usize {
        self.entry.index()
    }

    /// Writes out what the program printed so far (unless captured).
    pub(crate) fn flush_output(&mut self) {
        self.shared.out.flush();
    }
}

/// One run's engines and main goroutine: the bytecode interpreter (with
/// the JIT as its tier) or the tree-walker, over the program's runtime.
pub(crate) struct Machine {
    // Field order is drop order: the context and the goroutines go before
    // the engines that ran them.
    pub ctx: Box<Ctx>,
    _regs: RegStack,
    _jit: Option<Rc<Jit>>,
    pub vm: Option<Box<Interp>>,
    /// Boxed: the context points at the engine.
    walker: Option<Box<frontend::walk::Walker>>,
}

impl Machine {
    /// Sets up the engines `cfg` asks for on the current thread. `sp` is
    /// the stack pointer of the caller that will run the guest: the
    /// collector scans the native stack from there down, so every engine
    /// frame must be below it.
    pub fn new(p: &mut Program, cfg: &Config, sp: usize) -> Result<Machine, String> {
        if cfg.capture {
            p.shared.out.capture = Some((Vec::new(), Vec::new()));
        }
        p.shared.args = std::iter::once(p.name.clone()).chain(cfg.args.iter().cloned()).collect();
        p.shared.limits = runtime::limits::Limits {
            deadline: cfg.limits.time.map(|t| std::time::Instant::now() + t),
            max_heap: cfg.limits.memory,
            hit: None,
        };
        let ticks = cfg.limits.time.is_some();
        let sp_shared: *mut Shared = &mut *p.shared;
        let (mut vm, mut jit, mut walker) = (None, None, None);
        if cfg.engine == EngineKind::Ast {
            let Some(prep) = p.walk.take() else { return Err("the program was already run".into()) };
            walker = Some(Box::new(frontend::walk::Walker::new(prep, sp_shared)));
        } else {
            let policy = match cfg.engine {
                EngineKind::Jit if cfg.osr => Policy::tiered(cfg.jit_threshold),
                EngineKind::Jit => Policy::tiered(cfg.jit_threshold).without_osr(),
                _ => Policy::INTERPRET,
            };
            let opts = Options {
                dispatch: cfg.dispatch,
                call_threshold: policy.call_threshold,
                loop_threshold: policy.loop_threshold,
                ticks,
            };
            let v = Box::new(Interp::new(p.module.clone(), sp_shared, opts)?);
            if cfg.engine == EngineKind::Jit {
                // MVM_JIT_DUMP=1 prints the Cranelift IR of every compiled function (a debugging aid).
                let dump = std::env::var_os("MVM_JIT_DUMP").is_some_and(|v| v == "1");
                let jo = JitOptions { trace: cfg.trace_jit, osr: cfg.osr, dump, ticks, ..JitOptions::default() };
                let j = Rc::new(Jit::new(p.module.clone(), sp_shared, jo)?);
                v.set_tier(j.clone());
                jit = Some(j);
            }
            vm = Some(v);
        }
        let regs = RegStack::new(1 << 30);
        let mut ctx = Box::new(Ctx::new(sp_shared));
        regs.install(&mut ctx);
        ctx.native_stack_top = sp;
        // Leave a margin below the limit for natives and the runtime.
        ctx.stack_limit = sp.saturating_sub(cfg.stack_bytes) + (4 << 20);
        // Both engines are boxed, so the pointer stays valid as they move
        // into the machine, which drops the context first.
        ctx.engine = Some(engine(&vm, &walker) as *const dyn runtime::Engine);
        let mut m = Machine { ctx, _regs: regs, _jit: jit, vm, walker };
        runtime::sched::register_main(&mut m.ctx);
        Ok(m)
    }

    /// Calls function descriptor `fi` on the main goroutine (see
    /// `runtime::Engine::call`).
    pub fn call(&mut self, fi: *const runtime::FuncInfo, words: &mut [u64]) {
        engine(&self.vm, &self.walker).call(&mut self.ctx, fi, words);
    }

    /// Runs `main$entry`; an error is a failure of mvm itself.
    pub fn run_entry(&mut self, entry: usize) -> Result<(), String> {
        if let Some(w) = &self.walker {
            return w.run(&mut self.ctx, entry as u32);
        }
        let mut args = [0u64; 1];
        let vm = self.vm.as_ref().expect("an engine");
        vm.run(&mut self.ctx, entry, &mut args);
        Ok(())
    }

    /// After the main goroutine unwound: os.Exit's code, a limit's, or
    /// Go's panic report and status 2.
    pub fn end_with_panic(&mut self, out: &mut Outcome) {
        match self.ctx.exit_code {
            Some(code) => out.exit_code = code,
            None => {
                let report = runtime::panic::report(&mut self.ctx);
                self.ctx.shared().out.write_err(report.as_bytes());
                out.exit_code = 2;
                out.panic = Some(report);
            }
        }
    }
}

/// The engine a machine runs: the interpreter, or else the tree-walker.
fn engine<'a>(
    vm: &'a Option<Box<Interp>>,
    walker: &'a Option<Box<frontend::walk::Walker>>,
) -> &'a (dyn runtime::Engine + 'static) {
    match (vm, walker) {
        (Some(v), _) => &**v,
        (None, Some(w)) => &**w,
        (None, None) => unreachable!("a machine has an engine"),
    }
}

impl Drop for Machine {
    fn drop(&mut self) {
        runtime::sched::finish(&mut self.ctx);
    }
}

pub(crate) struct SendBox(pub(crate) Program);
// SAFETY: the program is moved to exactly one thread and used only there;
// nothing of it is shared with the thread that built it.
unsafe impl Send for SendBox {}

/// A failure of mvm itself before the program could start.
pub(crate) fn internal(e: String) -> Outcome {
    let msg = format!("fatal error: mvm: {e}\n");
    let _ = std::io::Write::write_all(&mut std::io::stderr(), msg.as_bytes());
    Outcome { exit_code: 2, stderr: msg.clone().into_bytes(), panic: Some(msg), ..Outcome::default() }
}

/// The reason Go gives for a failed open, without Rust's decoration.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

/// A source path as gc shows it in messages: relative paths get `./`.
fn display_path(path: &str) -> String {
    if path.starts_with('/') || path.starts_with("./") || path.starts_with("../") {
        path.to_string()
    } else {
        format!("./{path}")
    }
}

/// The message of a caught Rust panic.
pub(crate) fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
}
