//! Golden programs: every `tests/golden/**/*.go` runs under every engine
//! and must give the output recorded in its trailing comment block.
//!
//! The block, generated from real Go (`MVM_GOLDEN=update`), is:
//!
//! ```text
//! // Exit: 2                         (when not 0)
//! // Stderr:                         (lines before the traceback)
//! // panic: runtime error: ...
//! // Output:                         (stdout, one line per comment line)
//! // ...
//! ```
//!
//! or, for programs gc rejects, `// Error:` followed by the messages. A
//! `// Trace:` section (opt-in: regeneration keeps it only where it is
//! already present) lists the traceback's frames in the program's file.
//! `MVM_GOLDEN=check` compares the recorded block with what `go run`
//! prints now, without writing. `MVM_GOLDEN_ONLY=<substring>` limits
//! either to the files whose path contains it.

use libtest_mimic::{Arguments, Failed, Trial};
use mvm::{Config, Dispatch, EngineKind, Program};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

#[path = "golden/expect.rs"]
mod expect;
use expect::Expect;

const ENGINES: &[(&str, EngineKind, Dispatch, u32)] = &[
    ("ast", EngineKind::Ast, Dispatch::Threaded, 0),
    ("vm", EngineKind::Vm, Dispatch::Threaded, 0),
    ("vm-switch", EngineKind::Vm, Dispatch::Switch, 0),
    ("jit0", EngineKind::Jit, Dispatch::Threaded, 0),
    ("jit", EngineKind::Jit, Dispatch::Threaded, 7),
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut list = Vec::new();
    files(&root, &mut list);
    if let Ok(mode) = std::env::var("MVM_GOLDEN") {
        // MVM_GOLDEN_ONLY=substring limits regeneration to matching paths.
        if let Ok(only) = std::env::var("MVM_GOLDEN_ONLY") {
            list.retain(|p| p.to_string_lossy().contains(&only));
        }
        std::process::exit(expect::regenerate(&list, &mode));
    }
    let mut trials = Vec::new();
    for path in list {
        let rel = path.strip_prefix(&root).unwrap().to_string_lossy().trim_end_matches(".go").to_string();
        // Known gaps (see tests/golden/known_gaps/README.md) are ignored
        // trials: `-- --ignored` shows where Mvm still differs from Go.
        let known_gap = rel.starts_with("known_gaps");
        for &(ename, kind, dispatch, threshold) in ENGINES {
            let p = path.clone();
            let t = Trial::test(format!("{rel}::{ename}"), move || run_one(&p, kind, dispatch, threshold));
            trials.push(t.with_ignored_flag(known_gap));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn run_one(path: &Path, engine: EngineKind, dispatch: Dispatch, threshold: u32) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let exp = Expect::parse(&src).ok_or("no // Output: or // Error: block")?;
    let name = format!("./{}", path.file_name().unwrap().to_string_lossy());
    let cfg = Config {
        engine,
        dispatch,
        jit_threshold: threshold,
        capture: true,
        stack_bytes: 64 << 20,
        ..Config::default()
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let r = match Program::from_files(vec![(name, src)]) {
            Err(errs) => Err(errs),
            Ok(p) => Ok(p.run(&cfg)),
        };
        let _ = tx.send(r);
    });
    let r = rx.recv_timeout(Duration::from_secs(60)).map_err(|_| "timed out (or crashed) after 60 s")?;
    match r {
        Err(errs) => {
            if exp.errors.is_empty() {
                return Err(format!("compile errors:\n{}", errs.join("\n")).into());
            }
            let got: Vec<&str> = errs.iter().flat_map(|e| e.lines()).collect();
            let want: Vec<&str> = exp.errors.iter().map(String::as_str).collect();
            if got.len() < want.len() || got[..want.len()] != want[..] {
                return Err(format!("errors differ\n--- want\n{}\n--- got\n{}", want.join("\n"), got.join("\n")).into());
            }
            Ok(())
        }
        Ok(out) => {
            if !exp.errors.is_empty() {
                return Err("compiled, but gc rejects the program".into());
            }
            let stdout = String::from_utf8_lossy(&out.stdout);
            let mut problems = Vec::new();
            if stdout != exp.stdout {
                problems.push(format!("stdout differs\n--- want\n{}--- got\n{}", exp.stdout, stdout));
            }
            if out.exit_code != exp.exit {
                problems.push(format!("exit code {} (want {})", out.exit_code, exp.exit));
            }
            let stderr = expect::panic_head(&String::from_utf8_lossy(&out.stderr));
            if stderr != exp.stderr {
                problems.push(format!("stderr differs\n--- want\n{}\n--- got\n{}", exp.stderr, stderr));
            }
            if let Some(want) = &exp.trace {
                let file = path.file_name().unwrap().to_string_lossy();
                let got = expect::trace_frames(&String::from_utf8_lossy(&out.stderr), &file);
                if &got != want {
                    problems.push(format!(
                        "traceback differs\n--- want\n{}\n--- got\n{}",
                        want.join("\n"),
                        got.join("\n")
                    ));
                }
            }
            if problems.is_empty() {
                Ok(())
            } else {
                Err(problems.join("\n").into())
            }
        }
    }
}
