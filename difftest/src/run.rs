//! Running one program under every engine (and real Go) and comparing.
//!
//! Each engine runs in a child process (the difftest binary's `exec`
//! subcommand, which uses the embedding API), so that a crash or a hang
//! of one engine is a result like any other, not the end of the run.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// An engine configuration of mvm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Engine {
    pub name: &'static str,
    pub engine: mvm::EngineKind,
    pub dispatch: mvm::Dispatch,
    pub threshold: u32,
    pub osr: bool,
}

const fn eng(
    name: &'static str,
    engine: mvm::EngineKind,
    dispatch: mvm::Dispatch,
    threshold: u32,
    osr: bool,
) -> Engine {
    Engine { name, engine, dispatch, threshold, osr }
}

use mvm::Dispatch::{Switch, Threaded};
use mvm::EngineKind::{Ast, Jit, Vm};

/// The engines compared by default.
pub const ENGINES: &[Engine] = &[
    eng("ast", Ast, Threaded, 0, true),
    eng("vm", Vm, Threaded, 0, true),
    eng("vm-switch", Vm, Switch, 0, true),
    eng("jit0", Jit, Threaded, 0, true),
    eng("jit3", Jit, Threaded, 3, true),
];

/// More configurations, selectable with `--engines`.
pub const MORE_ENGINES: &[Engine] = &[
    eng("jit1", Jit, Threaded, 1, true),
    eng("jit7", Jit, Threaded, 7, true),
    eng("jit3-no-osr", Jit, Threaded, 3, false),
    eng("jit0-switch", Jit, Switch, 0, true),
    eng("jit3-switch", Jit, Switch, 3, true),
];

pub fn engine(name: &str) -> Option<&'static Engine> {
    ENGINES.iter().chain(MORE_ENGINES).find(|e| e.name == name)
}

/// Exit status a child uses to say "mvm rejected the program".
pub const COMPILE_ERROR_EXIT: i32 = 125;

/// What one engine did with a program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ran {
        stdout: Vec<u8>,
        exit: i32,
        stderr_head: String,
        stderr: String,
    },
    /// The program did not compile (mvm's or gc's messages).
    CompileError(String),
    Timeout {
        stdout: Vec<u8>,
    },
    /// The engine's process died (a signal, or an unexpected status).
    Crash(String),
}

impl Outcome {
    /// The part compared across engines.
    pub fn key(&self) -> String {
        match self {
            Outcome::Ran { stdout, exit, stderr_head, .. } => {
                format!("exit {exit}\nstderr {stderr_head}\nstdout\n{}", String::from_utf8_lossy(stdout))
            }
            Outcome::CompileError(_) => "compile error".into(),
            Outcome::Timeout { .. } => "timeout".into(),
            Outcome::Crash(s) => format!("crash {s}"),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Outcome::Ran { stdout, exit, stderr, .. } => {
                let mut s = format!("exit code: {exit}\n");
                if !stderr.is_empty() {
                    let head: Vec<&str> = stderr.lines().take(12).collect();
                    s.push_str(&format!("stderr (head):\n{}\n", head.join("\n")));
                }
                s.push_str(&format!("stdout:\n{}", String::from_utf8_lossy(stdout)));
                s
            }
            Outcome::CompileError(e) => format!("compile error:\n{e}\n"),
            Outcome::Timeout { stdout } => {
                format!("timeout; stdout so far:\n{}", String::from_utf8_lossy(stdout))
            }
            Outcome::Crash(s) => format!("crash: {s}\n"),
        }
    }
}

/// The first line of stderr that matters: `panic: ...`, `fatal error:
/// ...` (the goroutine traceback, which differs by design, is left out).
pub fn stderr_head(stderr: &str) -> String {
    stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim_end().to_string()
}

/// A finished child: exit code, stdout, stderr, whether it was killed at
/// the deadline, and the signal that ended it (empty if none).
type Finished = (Option<i32>, Vec<u8>, Vec<u8>, bool, String);

/// Runs `cmd` with a deadline, capturing stdout and stderr.
fn run_with_timeout(mut cmd: Command, timeout: Duration) -> std::io::Result<Finished> {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn()?;
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = so.read_to_end(&mut b);
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = se.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break st;
        }
        if start.elapsed() > timeout {
            timed_out = true;
            let _ = child.kill();
            break child.wait()?;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let out = t_out.join().unwrap_or_default();
    let err = t_err.join().unwrap_or_default();
    let sig = signal_of(&status);
    Ok((status.code(), out, err, timed_out, sig))
}

#[cfg(unix)]
fn signal_of(st: &std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    st.signal().map(|s| format!("signal {s}")).unwrap_or_default()
}

#[cfg(not(unix))]
fn signal_of(_: &std::process::ExitStatus) -> String {
    String::new()
}

/// How to run programs.
#[derive(Clone, Debug)]
pub struct Runner {
    /// The difftest binary (its `exec` subcommand runs one engine).
    pub exe: PathBuf,
    pub engines: Vec<&'static Engine>,
    /// Also build and run with the `go` toolchain.
    pub go: bool,
    pub timeout: Duration,
}

/// The results of one program.
#[derive(Clone, Debug)]
pub struct Report {
    /// (engine name, outcome), Go first when it ran.
    pub results: Vec<(String, Outcome)>,
}

impl Report {
    /// The reference result: Go's when present, else the first engine's.
    pub fn reference(&self) -> &(String, Outcome) {
        &self.results[0]
    }

    /// Engines whose result differs from the reference.
    pub fn mismatches(&self) -> Vec<String> {
        let r = self.reference().1.key();
        self.results.iter().filter(|(_, o)| o.key() != r).map(|(n, _)| n.clone()).collect()
    }

    /// The reference did not compile (a generator bug when it is Go).
    pub fn reference_rejected(&self) -> bool {
        matches!(self.reference().1, Outcome::CompileError(_))
    }

    pub fn get(&self, name: &str) -> Option<&Outcome> {
        self.results.iter().find(|(n, _)| n == name).map(|(_, o)| o)
    }
}

impl Runner {
    /// Runs `src` (written to `dir/main.go`) under every configured
    /// engine, Go first when enabled.
    pub fn check(&self, src: &str, dir: &Path) -> Report {
        let _ = std::fs::create_dir_all(dir);
        let file = dir.join("main.go");
        let _ = std::fs::write(&file, src);
        let mut results = Vec::new();
        let gave_up = |o: &Outcome| matches!(o, Outcome::Timeout { .. } | Outcome::CompileError(_));
        if self.go {
            let g = self.run_go(dir);
            // A program gc rejects or Go cannot finish is the generator's
            // fault: do not wait for every engine too.
            let stop = gave_up(&g);
            results.push(("go".to_string(), g));
            if stop {
                return Report { results };
            }
        }
        for (i, e) in self.engines.iter().enumerate() {
            let o = self.run_engine(e, &file);
            // Without Go: two engines timing out means a slow program.
            let slow = !self.go
                && i == 1
                && matches!(o, Outcome::Timeout { .. })
                && matches!(results[0].1, Outcome::Timeout { .. });
            results.push((e.name.to_string(), o));
            if slow {
                results.truncate(1);
                return Report { results };
            }
        }
        Report { results }
    }

    /// Runs only the named engines (for the reducer).
    pub fn check_some(&self, src: &str, dir: &Path, names: &[String]) -> Report {
        let _ = std::fs::create_dir_all(dir);
        let file = dir.join("main.go");
        let _ = std::fs::write(&file, src);
        let mut results = Vec::new();
        for n in names {
            let o = if n == "go" {
                self.run_go(dir)
            } else {
                match engine(n) {
                    Some(e) => self.run_engine(e, &file),
                    None => Outcome::Crash(format!("unknown engine {n}")),
                }
            };
            results.push((n.clone(), o));
        }
        Report { results }
    }

    pub fn run_engine(&self, e: &Engine, file: &Path) -> Outcome {
        let mut cmd = Command::new(&self.exe);
        cmd.arg("exec").arg(e.name).arg(file);
        match run_with_timeout(cmd, self.timeout) {
            Err(err) => Outcome::Crash(format!("cannot start {}: {err}", self.exe.display())),
            Ok((_, out, _, true, _)) => Outcome::Timeout { stdout: out },
            Ok((Some(COMPILE_ERROR_EXIT), _, err, _, _)) => {
                Outcome::CompileError(String::from_utf8_lossy(&err).into_owned())
            }
            Ok((Some(code), out, err, _, _)) => {
                let err = String::from_utf8_lossy(&err).into_owned();
                Outcome::Ran { stdout: out, exit: code, stderr_head: stderr_head(&err), stderr: err }
            }
            Ok((None, out, err, _, sig)) => {
                let err = String::from_utf8_lossy(&err).into_owned();
                let _ = out;
                Outcome::Crash(format!("{sig}; stderr: {}", err.lines().take(5).collect::<Vec<_>>().join(" | ")))
            }
        }
    }

    /// Builds `dir/main.go` with gc in a go1.27 module, then runs it.
    pub fn run_go(&self, dir: &Path) -> Outcome {
        let _ = std::fs::write(dir.join("go.mod"), "module difftest\n\ngo 1.27\n");
        let bin = dir.join("prog.bin");
        let _ = std::fs::remove_file(&bin);
        let mut b = Command::new("go");
        b.arg("build").arg("-o").arg(&bin).arg(".").current_dir(dir).env("GOTOOLCHAIN", "local").env("GOFLAGS", "");
        match run_with_timeout(b, Duration::from_secs(120)) {
            Err(e) => return Outcome::Crash(format!("cannot run go: {e}")),
            Ok((_, _, _, true, _)) => return Outcome::Crash("go build timed out".into()),
            Ok((Some(0), ..)) => {}
            Ok((_, out, err, _, _)) => {
                let mut m = String::from_utf8_lossy(&out).into_owned();
                m.push_str(&String::from_utf8_lossy(&err));
                return Outcome::CompileError(m);
            }
        }
        let cmd = Command::new(&bin);
        let r = match run_with_timeout(cmd, self.timeout) {
            Err(e) => Outcome::Crash(format!("cannot run the go binary: {e}")),
            Ok((_, out, _, true, _)) => Outcome::Timeout { stdout: out },
            Ok((Some(code), out, err, _, _)) => {
                let err = String::from_utf8_lossy(&err).into_owned();
                Outcome::Ran { stdout: out, exit: code, stderr_head: stderr_head(&err), stderr: err }
            }
            Ok((None, _, err, _, sig)) => Outcome::Crash(format!("{sig}: {}", String::from_utf8_lossy(&err))),
        };
        let _ = std::fs::remove_file(&bin);
        r
    }
}

/// The child side: runs `file` under `engine` with the embedding API,
/// writing the program's output as its own, and returns the exit status.
pub fn exec_child(engine_name: &str, file: &str) -> i32 {
    let Some(e) = engine(engine_name) else {
        eprintln!("difftest exec: unknown engine {engine_name}");
        return 2;
    };
    let src = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(err) => {
            eprintln!("difftest exec: {file}: {err}");
            return COMPILE_ERROR_EXIT;
        }
    };
    let prog = match mvm::Program::from_files(vec![("./main.go".into(), src)]) {
        Ok(p) => p,
        Err(errs) => {
            eprintln!("{}", errs.join("\n"));
            return COMPILE_ERROR_EXIT;
        }
    };
    let cfg = mvm::Config {
        engine: e.engine,
        dispatch: e.dispatch,
        jit_threshold: e.threshold,
        osr: e.osr,
        capture: false,
        ..mvm::Config::default()
    };
    let out = prog.run(&cfg);
    out.exit_code
}

/// Is `go` on PATH?
pub fn have_go() -> bool {
    Command::new("go").arg("version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}
