//! The expectation block of a golden program, and its regeneration from
//! real Go.

use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, Default, PartialEq)]
pub struct Expect {
    pub exit: i32,
    pub stdout: String,
    pub stderr: String,
    pub errors: Vec<String>,
    /// Opt-in (`// Trace:`): the first goroutine's traceback frames in the
    /// program's own file, as `function file:line`.
    pub trace: Option<Vec<String>>,
}

const MARKERS: &[&str] = &["// Output:", "// Error:", "// Exit:", "// Stderr:", "// Trace:"];

/// Start of the trailing expectation block: the first marker line after
/// which every line is a comment.
fn block_start(src: &str) -> Option<usize> {
    let lines: Vec<&str> = src.lines().collect();
    let mut k = lines.len();
    while k > 0 && lines[k - 1].starts_with("//") {
        k -= 1;
    }
    (k..lines.len()).find(|&i| MARKERS.iter().any(|m| lines[i].starts_with(m)))
}

fn uncomment(l: &str) -> &str {
    l.strip_prefix("// ").unwrap_or_else(|| l.strip_prefix("//").unwrap_or(l))
}

impl Expect {
    pub fn parse(src: &str) -> Option<Expect> {
        let lines: Vec<&str> = src.lines().collect();
        let start = block_start(src)?;
        let mut e = Expect::default();
        #[derive(PartialEq)]
        enum Sec {
            None,
            Out,
            Err,
            Errors,
            Trace,
        }
        let mut sec = Sec::None;
        for l in &lines[start..] {
            if let Some(code) = l.strip_prefix("// Exit: ") {
                e.exit = code.trim().parse().ok()?;
                continue;
            }
            match *l {
                "// Output:" => sec = Sec::Out,
                "// Stderr:" => sec = Sec::Err,
                "// Error:" => sec = Sec::Errors,
                "// Trace:" => {
                    sec = Sec::Trace;
                    e.trace = Some(Vec::new());
                }
                _ => {
                    let t = uncomment(l);
                    match sec {
                        Sec::Out => {
                            e.stdout.push_str(t);
                            e.stdout.push('\n');
                        }
                        Sec::Err => {
                            if !e.stderr.is_empty() {
                                e.stderr.push('\n');
                            }
                            e.stderr.push_str(t);
                        }
                        Sec::Errors => e.errors.push(t.to_string()),
                        Sec::Trace => e.trace.get_or_insert_with(Vec::new).push(t.to_string()),
                        Sec::None => {}
                    }
                }
            }
        }
        Some(e)
    }

    fn render(&self) -> String {
        let mut s = String::new();
        let comment = |s: &mut String, l: &str| {
            if l.is_empty() {
                s.push_str("//\n");
            } else {
                s.push_str("// ");
                s.push_str(l);
                s.push('\n');
            }
        };
        if !self.errors.is_empty() {
            s.push_str("// Error:\n");
            for l in &self.errors {
                comment(&mut s, l);
            }
            return s;
        }
        if self.exit != 0 {
            s.push_str(&format!("// Exit: {}\n", self.exit));
        }
        if !self.stderr.is_empty() {
            s.push_str("// Stderr:\n");
            for l in self.stderr.lines() {
                comment(&mut s, l);
            }
        }
        if let Some(t) = &self.trace {
            s.push_str("// Trace:\n");
            for l in t {
                comment(&mut s, l);
            }
        }
        s.push_str("// Output:\n");
        for l in self.stdout.lines() {
            comment(&mut s, l);
        }
        s
    }
}

/// The part of a program's stderr that must match: everything before the
/// goroutine traceback, with addresses and signal details (which differ
/// from run to run) left out.
pub fn panic_head(stderr: &str) -> String {
    let mut out = Vec::new();
    for l in stderr.lines() {
        if l.starts_with("goroutine ") && l.ends_with("]:") {
            break;
        }
        if l.starts_with("[signal ") {
            continue;
        }
        out.push(mask_addresses(l));
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

/// The frames of the first goroutine's traceback that are in `file` (a
/// base name): `function file:line`, arguments and offsets left out, so
/// Go's `main.f({0x1, ...})` / `\t/tmp/x/f.go:12 +0x1d` and Mvm's
/// `main.f(...)` / `\t./f.go:12` compare equal.
pub fn trace_frames(stderr: &str, file: &str) -> Vec<String> {
    let mut lines = stderr.lines().skip_while(|l| !(l.starts_with("goroutine ") && l.ends_with("]:")));
    lines.next();
    let mut out = Vec::new();
    let mut func: Option<&str> = None;
    for l in lines {
        if l.is_empty() {
            break;
        }
        if let Some(loc) = l.strip_prefix('\t') {
            let loc = loc.split(" +0x").next().unwrap_or(loc);
            let base = loc.rsplit('/').next().unwrap_or(loc);
            if let (Some(f), Some((name, line))) = (func.take(), base.split_once(':')) {
                if name == file {
                    out.push(format!("{f} {name}:{line}"));
                }
            }
        } else if l.starts_with("created by ") {
            func = None;
        } else {
            func = Some(l.rfind('(').map_or(l, |i| &l[..i]));
        }
    }
    out
}

fn mask_addresses(l: &str) -> String {
    let mut s = String::new();
    let b = l.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 2 < b.len() && b[i + 1] == b'x' && b[i + 2].is_ascii_hexdigit() {
            s.push_str("0x?");
            i += 2;
            while i < b.len() && b[i].is_ascii_hexdigit() {
                i += 1;
            }
        } else {
            s.push(b[i] as char);
            i += 1;
        }
    }
    s
}

/// What real Go does with the program at `path`. The program is built in
/// a module declaring the current language version, so Go 1.22+ semantics
/// (per-iteration loop variables, panic(nil) errors) apply as they do for
/// any `go run` in a module.
fn go_expect(path: &Path, want_trace: bool) -> Result<Expect, String> {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let dir = std::env::temp_dir().join(format!("mvm-golden-{}-{}", std::process::id(), name.trim_end_matches(".go")));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::copy(path, dir.join(&name)).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("go.mod"), "module golden\n\ngo 1.27\n").map_err(|e| e.to_string())?;
    let bin = dir.join("prog");
    let build = Command::new("go")
        .args(["build", "-o"])
        .arg(&bin)
        .arg(format!("./{name}"))
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("cannot run go: {e}"))?;
    let result = if !build.status.success() {
        let text = String::from_utf8_lossy(&build.stderr);
        let errors = text.lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect();
        Ok(Expect { errors, ..Expect::default() })
    } else {
        let run = Command::new(&bin).current_dir(&dir).output().map_err(|e| e.to_string())?;
        let stderr = String::from_utf8_lossy(&run.stderr);
        Ok(Expect {
            exit: run.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&run.stdout).into_owned(),
            stderr: panic_head(&stderr),
            errors: Vec::new(),
            trace: want_trace.then(|| trace_frames(&stderr, &name)),
        })
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// `update`: rewrites each file's block from Go's behaviour; `check`:
/// reports files whose block disagrees with Go. Returns the exit status.
pub fn regenerate(files: &[PathBuf], mode: &str) -> i32 {
    let mut bad = 0;
    for p in files {
        let src = std::fs::read_to_string(p).unwrap();
        let want_trace = Expect::parse(&src).is_some_and(|e| e.trace.is_some());
        let exp = match go_expect(p, want_trace) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("{}: {e}", p.display());
                return 1;
            }
        };
        let body = match block_start(&src) {
            Some(i) => src.lines().take(i).map(|l| format!("{l}\n")).collect::<String>(),
            None => {
                let mut s = src.clone();
                if !s.ends_with('\n') {
                    s.push('\n');
                }
                s.push('\n');
                s
            }
        };
        let new = format!("{body}{}", exp.render());
        if new != src {
            match mode {
                "update" => {
                    std::fs::write(p, &new).unwrap();
                    eprintln!("updated {}", p.display());
                }
                _ => {
                    eprintln!("differs from go: {}", p.display());
                    bad += 1;
                }
            }
        }
    }
    i32::from(bad > 0)
}
