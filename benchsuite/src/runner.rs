//! Engines and the measuring loop.

use crate::config::{expand_template, ProgramSpec};
use crate::exec::{self, Exit, RawRun};
use crate::report::{sweep_engine, Cell, Run};
use crate::trace;
use indicatif::ProgressBar;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Clone, Debug)]
pub enum Kind {
    /// `mvm run <flags> prog.go args...`
    Mvm(Vec<String>),
    /// The program compiled once by `go build`, then run directly.
    Go,
    /// An external runtime from a command template.
    Peer(String),
}

#[derive(Clone, Debug)]
pub struct Engine {
    pub name: String,
    pub kind: Kind,
    /// Pass `--trace-jit` and parse the compile times.
    pub trace_jit: bool,
}

fn mvm_engine(name: &str, flags: &[&str], trace_jit: bool) -> Engine {
    let mut f: Vec<String> = flags.iter().map(|s| s.to_string()).collect();
    if trace_jit {
        f.push("--trace-jit".into());
    }
    Engine { name: name.into(), kind: Kind::Mvm(f), trace_jit }
}

/// The mvm engines, in table order.
pub fn mvm_engines() -> Vec<Engine> {
    vec![
        mvm_engine("ast", &["--engine=ast"], false),
        mvm_engine("vm-switch", &["--engine=vm", "--dispatch=switch"], false),
        mvm_engine("vm-threaded", &["--engine=vm", "--dispatch=threaded"], false),
        mvm_engine("jit", &["--engine=jit"], true),
        mvm_engine("jit-no-osr", &["--engine=jit", "--no-osr"], true),
    ]
}

/// The jit engine at a given threshold (for the sweep).
pub fn sweep_engine_def(threshold: u32) -> Engine {
    let flag = format!("--jit-threshold={threshold}");
    mvm_engine(&sweep_engine(threshold), &["--engine=jit", &flag], true)
}

pub struct Plan {
    pub programs_dir: PathBuf,
    pub programs: Vec<ProgramSpec>,
    /// Engines of the main table, then the sweep engines.
    pub engines: Vec<Engine>,
    pub mvm: Option<PathBuf>,
    pub go: Option<PathBuf>,
    pub quick: bool,
    pub warmup: usize,
    pub runs: usize,
    pub timeout: Duration,
}

impl Plan {
    /// Number of runs the plan may make (for the progress bar).
    pub fn total_runs(&self) -> u64 {
        (self.programs.len() * self.engines.len() * (self.warmup + self.runs)) as u64
    }
}

/// Compares a run's stdout with the expected text; `None` when equal.
pub fn output_mismatch(got: &str, want: &str) -> Option<String> {
    if got == want {
        return None;
    }
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    let clip = |s: &str| {
        let s: String = s.chars().take(80).collect();
        format!("{s:?}")
    };
    for i in 0..g.len().max(w.len()) {
        match (g.get(i), w.get(i)) {
            (Some(a), Some(b)) if a == b => continue,
            (a, b) => {
                return Some(format!(
                    "line {}: got {}, want {}",
                    i + 1,
                    a.map_or("end of output".to_string(), |s| clip(s)),
                    b.map_or("end of output".to_string(), |s| clip(s))
                ))
            }
        }
    }
    Some("trailing newline differs".into())
}

/// The last non-empty lines of stderr, clipped, for failure reports.
pub fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    // A Go panic report: keep the panic line rather than the stack.
    if let Some(p) = lines.iter().find(|l| l.starts_with("panic:") || l.starts_with("fatal error:")) {
        return p.chars().take(300).collect();
    }
    let tail = lines[lines.len().saturating_sub(2)..].join(" / ");
    tail.chars().take(300).collect()
}

/// Turns a finished process into a `Run`.
pub fn judge(round: usize, raw: &RawRun, expected: &str, trace_jit: bool) -> Run {
    let stderr = if trace_jit { trace::strip_trace(&raw.stderr) } else { raw.stderr.clone() };
    let (status, detail) = match raw.exit {
        Exit::Timeout => ("timeout".to_string(), None),
        Exit::Signal(s) => (format!("signal {s}"), Some(stderr_tail(&stderr))),
        Exit::Code(0) => match output_mismatch(&raw.stdout, expected) {
            None => ("ok".to_string(), None),
            Some(d) => ("wrong-output".to_string(), Some(d)),
        },
        Exit::Code(c) => (format!("exit {c}"), Some(stderr_tail(&stderr))),
    };
    Run {
        round,
        wall_s: raw.wall_s,
        user_s: raw.user_s,
        sys_s: raw.sys_s,
        max_rss_kb: raw.max_rss_kb,
        status,
        detail,
        jit: trace_jit.then(|| trace::parse_stderr(&raw.stderr)),
    }
}

/// The cell's reason after a failed run.
pub fn failure_reason(run: &Run, timeout: Duration) -> String {
    let detail = run.detail.clone().unwrap_or_default();
    match run.status.as_str() {
        "timeout" => format!("timeout after {} s", timeout.as_secs_f64()),
        "wrong-output" => format!("wrong output: {detail}"),
        _ if detail.contains("is not available") => format!("not available: {detail}"),
        s => format!("{s}: {detail}"),
    }
}

/// Builds Go binaries once per source file.
pub struct GoBuilder {
    go: PathBuf,
    dir: PathBuf,
    built: HashMap<PathBuf, Result<PathBuf, String>>,
}

impl GoBuilder {
    pub fn new(go: PathBuf) -> Result<GoBuilder, String> {
        let dir = std::env::temp_dir().join(format!("benchsuite-go-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(GoBuilder { go, dir, built: HashMap::new() })
    }

    pub fn build(&mut self, src: &Path) -> Result<PathBuf, String> {
        if let Some(r) = self.built.get(src) {
            return r.clone();
        }
        let stem = src.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "prog".into());
        let bin = self.dir.join(stem);
        let out = std::process::Command::new(&self.go)
            .arg("build")
            .arg("-o")
            .arg(&bin)
            .arg(src)
            .current_dir(src.parent().unwrap_or(Path::new(".")))
            .output();
        let r = match out {
            Ok(o) if o.status.success() => Ok(bin),
            Ok(o) => Err(format!("build failed: {}", stderr_tail(&String::from_utf8_lossy(&o.stderr)))),
            Err(e) => Err(format!("build failed: cannot start go: {e}")),
        };
        self.built.insert(src.to_path_buf(), r.clone());
        r
    }
}

impl Drop for GoBuilder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The command line of one engine on one program, or why there is none.
fn argv_for(
    e: &Engine,
    src: &Path,
    args: &[String],
    mvm: Option<&Path>,
    go: &mut Option<GoBuilder>,
) -> Result<Vec<String>, String> {
    match &e.kind {
        Kind::Mvm(flags) => {
            let mvm = mvm.ok_or("not available: mvm binary not found (build it or pass --mvm)")?;
            let mut v = vec![mvm.display().to_string(), "run".into()];
            v.extend(flags.iter().cloned());
            v.push(src.display().to_string());
            v.extend(args.iter().cloned());
            Ok(v)
        }
        Kind::Go => {
            let b = go.as_mut().ok_or("not available: go not found on PATH")?;
            let bin = b.build(src)?;
            let mut v = vec![bin.display().to_string()];
            v.extend(args.iter().cloned());
            Ok(v)
        }
        Kind::Peer(t) => {
            let argv = expand_template(t, src, args);
            let prog = argv.first().ok_or("empty command template")?;
            if !prog.contains('/') && crate::config::which(prog).is_none() {
                return Err(format!("not available: {prog} not found on PATH"));
            }
            Ok(argv)
        }
    }
}

/// Runs the whole plan: per program, warm-up runs of every engine, then
/// `runs` rounds in which every engine runs once, in order. An engine whose
/// run fails is not run again on that program.
pub fn run_plan(plan: &Plan, pb: &ProgressBar) -> Vec<Cell> {
    let mut go = plan.go.clone().and_then(|g| match GoBuilder::new(g) {
        Ok(b) => Some(b),
        Err(e) => {
            pb.println(format!("warning: go engine disabled: {e}"));
            None
        }
    });
    let mut all = Vec::new();
    for spec in &plan.programs {
        let src_rel = plan.programs_dir.join(spec.source_file());
        let src = std::fs::canonicalize(&src_rel).unwrap_or(src_rel);
        // The generated input (cached across runs), its path in the args.
        let input = match spec.input_for(plan.quick) {
            None => Ok(None),
            Some(i) => {
                pb.set_message(format!("{}: generating input {i}", spec.name));
                crate::inputs::ensure(&crate::inputs::cache_dir(), i).map(Some)
            }
        };
        let args = spec.expand_args(plan.quick, input.as_ref().ok().and_then(|p| p.as_deref()));
        let stdin = if spec.stdin { input.as_ref().ok().and_then(|p| p.clone()) } else { None };
        let exp_path = plan.programs_dir.join(spec.expected_file(plan.quick));
        let expected = std::fs::read_to_string(&exp_path);
        let mut cells: Vec<Cell> = Vec::new();
        let mut argvs: Vec<Vec<String>> = Vec::new();
        for e in &plan.engines {
            pb.set_message(format!("{} {}: preparing", spec.name, e.name));
            let r = match (&expected, src.exists()) {
                (_, false) => Err(format!("source {} not found", src.display())),
                _ if input.is_err() => Err(input.clone().err().unwrap_or_default()),
                (Err(err), _) => Err(format!("no expected output {} ({err}); run --regen", exp_path.display())),
                (Ok(_), true) => argv_for(e, &src, &args, plan.mvm.as_deref(), &mut go),
            };
            match r {
                Ok(argv) => {
                    cells.push(Cell::new(&spec.name, &e.name, argv.clone()));
                    argvs.push(argv);
                }
                Err(reason) => {
                    cells.push(Cell::unavailable(&spec.name, &e.name, &reason));
                    argvs.push(vec![]);
                }
            }
        }
        let expected = expected.unwrap_or_default();
        let total = plan.warmup + plan.runs;
        for it in 0..total {
            let warm = it < plan.warmup;
            for (k, e) in plan.engines.iter().enumerate() {
                let cell = &mut cells[k];
                if cell.ok {
                    pb.set_message(if warm {
                        format!("{} {}: warm-up {}", spec.name, e.name, it + 1)
                    } else {
                        format!("{} {}: run {}/{}", spec.name, e.name, it - plan.warmup + 1, plan.runs)
                    });
                    let round = it.saturating_sub(plan.warmup);
                    match exec::run(&argvs[k], plan.timeout, &[], stdin.as_deref()) {
                        Ok(raw) => {
                            let run = judge(round, &raw, &expected, e.trace_jit);
                            if !run.ok() {
                                cell.fail(&failure_reason(&run, plan.timeout));
                            }
                            if warm {
                                cell.warmup.push(run);
                            } else {
                                cell.runs.push(run);
                            }
                        }
                        Err(err) => cell.fail(&format!("not available: {err}")),
                    }
                }
                pb.inc(1);
            }
        }
        for mut c in cells {
            c.finish();
            all.push(c);
        }
    }
    all
}

/// Writes `<name>.out` and `<name>.quick.out` from real Go.
pub fn regen(dir: &Path, programs: &[ProgramSpec], go: &Path, timeout: Duration) -> Result<(), String> {
    let mut b = GoBuilder::new(go.to_path_buf())?;
    for p in programs {
        let src = std::fs::canonicalize(dir.join(p.source_file())).map_err(|e| format!("{}: {e}", p.source_file()))?;
        let bin = b.build(&src)?;
        for quick in [false, true] {
            let input = match p.input_for(quick) {
                Some(i) => Some(crate::inputs::ensure(&crate::inputs::cache_dir(), i)?),
                None => None,
            };
            let mut argv = vec![bin.display().to_string()];
            argv.extend(p.expand_args(quick, input.as_deref()));
            let stdin = if p.stdin { input.as_deref() } else { None };
            let raw = exec::run(&argv, timeout, &[], stdin)?;
            if raw.exit != Exit::Code(0) {
                return Err(format!("{}: go run failed ({:?}): {}", p.name, raw.exit, stderr_tail(&raw.stderr)));
            }
            let out = dir.join(p.expected_file(quick));
            std::fs::write(&out, &raw.stdout).map_err(|e| format!("{}: {e}", out.display()))?;
            eprintln!("wrote {} ({:.2} s)", out.display(), raw.wall_s);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mismatch_reports_first_line() {
        assert_eq!(output_mismatch("a\nb\n", "a\nb\n"), None);
        assert_eq!(output_mismatch("a\nc\n", "a\nb\n").unwrap(), "line 2: got \"c\", want \"b\"");
        assert_eq!(output_mismatch("a\n", "a\nb\n").unwrap(), "line 2: got end of output, want \"b\"");
        assert_eq!(output_mismatch("a", "a\n").unwrap(), "trailing newline differs");
    }

    #[test]
    fn tail_prefers_panic_line() {
        let e = "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n";
        assert_eq!(stderr_tail(e), "panic: runtime error: index out of range [5] with length 3");
        assert_eq!(stderr_tail("x\ny\nz\n"), "y / z");
    }

    #[test]
    fn judge_statuses() {
        let raw = |exit, out: &str, err: &str| RawRun {
            wall_s: 0.1,
            user_s: 0.1,
            sys_s: 0.0,
            max_rss_kb: 1,
            exit,
            stdout: out.into(),
            stderr: err.into(),
        };
        let t = Duration::from_secs(1);
        assert!(judge(0, &raw(Exit::Code(0), "x\n", ""), "x\n", false).ok());
        let r = judge(0, &raw(Exit::Code(0), "y\n", ""), "x\n", false);
        assert_eq!(r.status, "wrong-output");
        assert!(failure_reason(&r, t).starts_with("wrong output: line 1"));
        let r = judge(0, &raw(Exit::Code(2), "", "fatal error: mvm: the ast engine is not available\n"), "", false);
        assert!(failure_reason(&r, t).starts_with("not available"));
        let r = judge(0, &raw(Exit::Timeout, "", ""), "", false);
        assert_eq!(failure_reason(&r, t), "timeout after 1 s");
        let r = judge(
            3,
            &raw(Exit::Code(0), "x\n", "jit: compiled main.f (osr=no) 1 IR insts, 2.00 ms, 3 bytes\n"),
            "x\n",
            true,
        );
        assert!(r.ok());
        assert_eq!(r.round, 3);
        assert_eq!(r.jit.unwrap().compile_ms, 2.0);
    }

    #[test]
    fn mvm_argv() {
        let e = &mvm_engines()[3];
        let argv = argv_for(e, Path::new("/p/fib.go"), &["30".into()], Some(Path::new("/t/mvm")), &mut None).unwrap();
        assert_eq!(argv, vec!["/t/mvm", "run", "--engine=jit", "--trace-jit", "/p/fib.go", "30"]);
        assert!(argv_for(e, Path::new("/p/fib.go"), &[], None, &mut None).unwrap_err().starts_with("not available"));
        let s = sweep_engine_def(10);
        assert_eq!(s.name, "jit-t10");
        let argv = argv_for(&s, Path::new("/f.go"), &[], Some(Path::new("mvm")), &mut None).unwrap();
        assert_eq!(argv, vec!["mvm", "run", "--engine=jit", "--jit-threshold=10", "--trace-jit", "/f.go"]);
    }
}
