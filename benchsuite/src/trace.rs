//! Parsing of `mvm run --trace-jit` lines on stderr:
//!
//! ```text
//! jit: compiled main.fib (osr=no) 13 IR insts, 0.20 ms, 466 bytes
//! jit: compiled main.main (osr=block3) 40 IR insts, 1.10 ms, 900 bytes
//! jit: declined main.f: unsupported instruction
//! jit: declined main.g (osr=block2): reason
//! ```

use serde::{Deserialize, Serialize};

/// One successful compilation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Compiled {
    pub func: String,
    /// The loop header block of an OSR entry; `None` for a whole function.
    pub osr: Option<String>,
    pub ir_insts: u64,
    pub ms: f64,
    pub bytes: u64,
}

/// What the JIT did during one run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JitStats {
    /// Whole-function compilations.
    pub functions: usize,
    /// OSR loop-entry compilations.
    pub osr_entries: usize,
    pub declined: usize,
    /// Sum of the compile times, in milliseconds.
    pub compile_ms: f64,
    pub code_bytes: u64,
}

/// Parses one `jit: compiled` line; `None` for any other line.
pub fn parse_compiled(line: &str) -> Option<Compiled> {
    let rest = line.trim_end().strip_prefix("jit: compiled ")?;
    let open = rest.rfind(" (osr=")?;
    let func = rest[..open].to_string();
    let after = &rest[open + " (osr=".len()..];
    let close = after.find(") ")?;
    let osr = match &after[..close] {
        "no" => None,
        b => Some(b.to_string()),
    };
    let mut parts = after[close + 2..].split(", ");
    let ir_insts = parts.next()?.strip_suffix(" IR insts")?.trim().parse().ok()?;
    let ms = parts.next()?.strip_suffix(" ms")?.trim().parse().ok()?;
    let bytes = parts.next()?.strip_suffix(" bytes")?.trim().parse().ok()?;
    Some(Compiled { func, osr, ir_insts, ms, bytes })
}

/// Sums the JIT events found in a run's stderr; other lines are ignored.
pub fn parse_stderr(stderr: &str) -> JitStats {
    let mut st = JitStats::default();
    for line in stderr.lines() {
        if let Some(c) = parse_compiled(line) {
            if c.osr.is_some() {
                st.osr_entries += 1;
            } else {
                st.functions += 1;
            }
            st.compile_ms += c.ms;
            st.code_bytes += c.bytes;
        } else if line.starts_with("jit: declined ") {
            st.declined += 1;
        }
    }
    st
}

/// Removes the trace lines from stderr, leaving what the program wrote.
pub fn strip_trace(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| !l.starts_with("jit: compiled ") && !l.starts_with("jit: declined "))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_function_line() {
        let c = parse_compiled("jit: compiled main.fib (osr=no) 13 IR insts, 0.20 ms, 466 bytes").unwrap();
        assert_eq!(c, Compiled { func: "main.fib".into(), osr: None, ir_insts: 13, ms: 0.20, bytes: 466 });
    }

    #[test]
    fn parses_osr_line_and_odd_names() {
        let c = parse_compiled("jit: compiled main.(*Node).check (osr=block12) 7 IR insts, 12.50 ms, 1024 bytes\n")
            .unwrap();
        assert_eq!(c.func, "main.(*Node).check");
        assert_eq!(c.osr.as_deref(), Some("block12"));
        assert_eq!(c.ir_insts, 7);
        assert_eq!(c.ms, 12.5);
        assert_eq!(c.bytes, 1024);
    }

    #[test]
    fn rejects_other_lines() {
        assert!(parse_compiled("jit: declined main.f: no").is_none());
        assert!(parse_compiled("hello").is_none());
        assert!(parse_compiled("jit: compiled main.f (osr=no) x IR insts, 1 ms, 2 bytes").is_none());
        assert!(parse_compiled("jit: compiled main.f (osr=no) 1 IR insts").is_none());
    }

    #[test]
    fn sums_a_run() {
        let err = "jit: compiled main.fib (osr=no) 13 IR insts, 0.25 ms, 466 bytes\n\
                   some program output\n\
                   jit: declined main.g: unsupported\n\
                   jit: compiled main.main (osr=block3) 40 IR insts, 1.50 ms, 900 bytes\n\
                   jit: declined main.h (osr=block1): too big\n";
        let st = parse_stderr(err);
        assert_eq!(st.functions, 1);
        assert_eq!(st.osr_entries, 1);
        assert_eq!(st.declined, 2);
        assert!((st.compile_ms - 1.75).abs() < 1e-12);
        assert_eq!(st.code_bytes, 1366);
        assert_eq!(strip_trace(err), "some program output\n");
    }

    #[test]
    fn empty_stderr() {
        assert_eq!(parse_stderr(""), JitStats::default());
    }
}
