//! The embedding API beyond `Program::run`: host functions the guest calls
//! and guest functions the host calls (ADR 0019).
//!
//! ```no_run
//! use mvm::{Program, Val, Config};
//! let src = "package main\n\nfunc hostLog(s string)\n\nfunc Add(a, b int) int { hostLog(\"adding\"); return a + b }\n\nfunc main() {}\n";
//! let prog = Program::builder()
//!     .file("calc.go", src)
//!     .host("hostLog", |args| { println!("guest says {:?}", args[0]); Ok(vec![]) })
//!     .build()
//!     .unwrap();
//! let mut inst = prog.instantiate(&Config::default()).unwrap();
//! assert_eq!(inst.call("Add", &[Val::Int(2), Val::Int(3)]).unwrap(), vec![Val::Int(5)]);
//! ```

use crate::session::{Config, Machine, Outcome, Program};
use runtime::host::{Host, Kind};
use std::collections::HashMap;
use std::sync::mpsc;

pub use runtime::host::Val;

/// Collects the sources and host functions of an embedded program.
#[derive(Default)]
pub struct Builder {
    files: Vec<(String, String)>,
    hosts: Vec<Host>,
}

impl Builder {
    /// Adds a source file of package main.
    pub fn file(mut self, name: impl Into<String>, source: impl Into<String>) -> Self {
        self.files.push((name.into(), source.into()));
        self
    }

    /// Provides function `name` of package main, which the program
    /// declares without a body (`func name(params) results`). Its
    /// parameters and results may be integers, floats, bool and string
    /// (`Val`); an `Err` is raised in the guest as `panic(message)`.
    pub fn host(
        mut self,
        name: impl Into<String>,
        f: impl FnMut(&[Val]) -> Result<Vec<Val>, String> + Send + 'static,
    ) -> Self {
        self.hosts.push(Host { name: name.into(), params: Vec::new(), results: Vec::new(), f: Box::new(f) });
        self
    }

    /// Checks and compiles the program; errors as gc words them.
    pub fn build(self) -> Result<Program, Vec<String>> {
        Program::compile_guarded(self.files, Some(self.hosts))
    }
}

impl Program {
    /// An embedded program: sources plus host functions.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// Starts the program on its own thread: package initialization and
    /// `main` run, then the host may `call` its functions. If main does not
    /// return (a panic, `os.Exit`, a limit), its outcome is the error.
    pub fn instantiate(self, cfg: &Config) -> Result<Instance, Outcome> {
        let exports: HashMap<String, Sig> = self
            .exports
            .iter()
            .map(|e| (e.name.clone(), Sig { id: e.id.index(), params: e.params.clone(), results: e.results.clone() }))
            .collect();
        let (tx, rx) = mpsc::channel::<Request>();
        let (rtx, rrx) = mpsc::channel::<Reply>();
        let cfg = cfg.clone();
        let job = crate::session::SendBox(self);
        let thread = std::thread::Builder::new().stack_size(cfg.stack_bytes).spawn(move || {
            let job = job;
            serve(job.0, &cfg, rx, rtx)
        });
        let thread = match thread {
            Ok(t) => t,
            Err(e) => return Err(crate::session::internal(format!("cannot start the program's thread: {e}"))),
        };
        let mut inst = Instance { tx, rx: rrx, thread: Some(thread), exports, ended: None };
        match inst.rx.recv() {
            Ok(Reply::Started) => Ok(inst),
            Ok(Reply::Ended(o)) => {
                inst.join();
                Err(o)
            }
            _ => Err(inst.finish()),
        }
    }
}

/// A running embedded program.
pub struct Instance {
    tx: mpsc::Sender<Request>,
    rx: mpsc::Receiver<Reply>,
    thread: Option<std::thread::JoinHandle<()>>,
    exports: HashMap<String, Sig>,
    /// Set once the program has ended (os.Exit, a limit, a fatal error).
    ended: Option<Outcome>,
}

#[derive(Clone)]
struct Sig {
    id: usize,
    params: Vec<Kind>,
    results: Vec<Kind>,
}

enum Request {
    Call(Sig, Vec<Val>),
    Finish,
}

enum Reply {
    Started,
    Returned(Result<Vec<Val>, String>),
    Ended(Outcome),
}

impl Instance {
    /// Calls function `name` of package main. A panic in it is an `Err`
    /// with Go's report (the program goes on); after `os.Exit` or a limit
    /// the program has ended and every call fails.
    pub fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, String> {
        if self.ended.is_some() {
            return Err("the program has ended".into());
        }
        let Some(sig) = self.exports.get(name).cloned() else {
            return Err(format!(
                "no function {name} to call (a top-level function of package main whose parameters and \
                 results are integers, floats, bool or string)"
            ));
        };
        if self.tx.send(Request::Call(sig, args.to_vec())).is_err() {
            return Err("the program has ended".into());
        }
        match self.rx.recv() {
            Ok(Reply::Returned(r)) => r,
            Ok(Reply::Ended(o)) => {
                let msg = String::from_utf8_lossy(&o.stderr).trim_end().to_string();
                self.ended = Some(o);
                self.join();
                Err(if msg.is_empty() { "the program has ended".into() } else { msg })
            }
            _ => Err("the program has ended".into()),
        }
    }

    /// Ends the program; its captured output and how it ended.
    pub fn finish(mut self) -> Outcome {
        if let Some(o) = self.ended.take() {
            return o;
        }
        let _ = self.tx.send(Request::Finish);
        let o = match self.rx.recv() {
            Ok(Reply::Ended(o)) => o,
            _ => crate::session::internal("the program's thread died".into()),
        };
        self.join();
        o
    }

    fn join(&mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.tx.send(Request::Finish);
        self.join();
    }
}

/// The program's thread: runs main, then serves calls until told to stop
/// or the program ends.
fn serve(mut p: Program, cfg: &Config, rx: mpsc::Receiver<Request>, tx: mpsc::Sender<Reply>) {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| serve_calls(&mut p, cfg, &rx, &tx)));
    let mut out = match r {
        Ok(Some(o)) => o,
        Ok(None) => Outcome::default(),
        Err(e) => crate::session::internal(format!("internal error: {}", crate::session::panic_text(&*e))),
    };
    p.finish_outcome(&mut out);
    let _ = tx.send(Reply::Ended(out));
}

/// None when the host finished the program; Some(outcome) when it ended.
fn serve_calls(
    p: &mut Program,
    cfg: &Config,
    rx: &mpsc::Receiver<Request>,
    tx: &mpsc::Sender<Reply>,
) -> Option<Outcome> {
    let sp = runtime::stackscan::approx_sp();
    let mut m = match Machine::new(p, cfg, sp) {
        Ok(m) => m,
        Err(e) => return Some(crate::session::internal(e)),
    };
    let mut out = Outcome::default();
    if let Err(msg) = m.run_entry(p.entry_index()) {
        return Some(crate::session::internal(msg));
    }
    if m.ctx.panicking != 0 {
        m.end_with_panic(&mut out);
        return Some(out);
    }
    p.flush_output();
    let _ = tx.send(Reply::Started);
    while let Ok(Request::Call(sig, args)) = rx.recv() {
        let r = call(&mut m, &sig, &args);
        p.flush_output();
        if m.ctx.exit_code.is_some() {
            m.end_with_panic(&mut out);
            return Some(out);
        }
        if tx.send(Reply::Returned(r)).is_err() {
            break;
        }
    }
    None
}

/// One call into the guest; a panic is reported and cleared.
fn call(m: &mut Machine, sig: &Sig, args: &[Val]) -> Result<Vec<Val>, String> {
    let mut words = Vec::new();
    runtime::host::to_words(&mut m.ctx, args, &sig.params, &mut words).map_err(|e| format!("argument {e}"))?;
    let nres: usize = sig.results.iter().map(|k| k.words()).sum();
    words.resize(words.len().max(nres).max(1), 0);
    let fi: *const runtime::FuncInfo = &*m.ctx.shared().funcs[sig.id];
    m.call(fi, &mut words);
    if m.ctx.panicking != 0 {
        if m.ctx.exit_code.is_some() {
            return Err("the program has ended".into());
        }
        let report = runtime::panic::report(&mut m.ctx);
        m.ctx.panics.clear();
        m.ctx.panicking = 0;
        return Err(report);
    }
    Ok(runtime::host::from_words(&words, &sig.results))
}
