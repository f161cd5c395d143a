//! No input makes the compiler (checker and lowering) panic, hang or
//! overflow its stack: mutants of the golden programs, which mostly parse
//! but break typing in every possible way, must compile or be rejected
//! with ordinary messages — never `mvm: internal error`.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic, so failures reproduce.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn golden_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            golden_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

/// Words and punctuation of a program, with the whitespace after each.
fn tokens(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in src.chars() {
        let word = c.is_alphanumeric() || c == '_' || c == '.';
        if word && cur.chars().last().is_some_and(|l| l.is_alphanumeric() || l == '_' || l == '.') {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(c);
        }
    }
    out.push(cur);
    out
}

const REPLACEMENTS: &[&str] = &[
    "int",
    "string",
    "nil",
    "0",
    "-1",
    "1.5",
    "\"s\"",
    "true",
    "x",
    "_",
    "[]int",
    "map[string]int",
    "*int",
    "any",
    "error",
    "func()",
    "struct{}",
    "chan int",
    "<-",
    "...",
    ":=",
    "=",
    "+",
    "&",
    "*",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    "go",
    "defer",
    "return",
    "range",
    "len",
    "append",
    "make",
    "new",
    "panic",
    "recover",
    "T",
    "[T any]",
    "iota",
    "1<<62",
    "'a'",
    "complex(1,2)",
    "interface{ M() }",
    "switch",
    "case",
    "select",
    "fallthrough",
    "goto",
];

fn mutate(rng: &mut Rng, toks: &[String]) -> String {
    let mut t = toks.to_vec();
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(t.len());
        match rng.below(4) {
            0 => {
                t.remove(i);
            }
            1 => {
                let j = rng.below(t.len());
                let x = t[j].clone();
                t.insert(i, x);
            }
            2 => t[i] = format!(" {} ", REPLACEMENTS[rng.below(REPLACEMENTS.len())]),
            _ => {
                let j = rng.below(t.len());
                t.swap(i, j);
            }
        }
        if t.is_empty() {
            break;
        }
    }
    t.concat()
}

/// Compiles `src`; returns an internal error message if mvm failed.
fn internal_error(src: String) -> Option<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let r = match mvm::Program::from_files(vec![("./m.go".into(), src)]) {
                Ok(_) => None,
                Err(errs) => errs.into_iter().find(|e| e.contains("internal error")),
            };
            let _ = tx.send(r);
        })
        .unwrap();
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(r) => r,
        Err(_) => Some("compilation hung (or crashed)".into()),
    }
}

#[test]
fn compiler_survives_mutated_programs() {
    let mut files = Vec::new();
    golden_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden"), &mut files);
    files.sort();
    let sources: Vec<Vec<String>> =
        files.iter().map(|p| tokens(&std::fs::read_to_string(p).unwrap())).filter(|t| t.len() > 4).collect();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let n: usize = std::env::var("MVM_ROBUST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(1500);
    let mut failures = Vec::new();
    for k in 0..n {
        let toks = &sources[rng.below(sources.len())];
        let src = mutate(&mut rng, toks);
        if let Some(e) = internal_error(src.clone()) {
            failures.push(format!("case {k}: {e}\n{src}"));
            if failures.len() >= 3 {
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n----\n\n"));
}

#[test]
fn deeply_nested_types_and_literals_are_rejected_cleanly() {
    let depth = 5000;
    let cases = [
        format!("package main\nvar x {}int\nfunc main() {{ _ = x }}\n", "[]".repeat(depth)),
        format!("package main\nvar x {}int\nfunc main() {{ _ = x }}\n", "*".repeat(depth)),
        format!(
            "package main\nfunc main() {{ f := {} 1 {} ; _ = f }}\n",
            "func() int { return ".repeat(200),
            "}".repeat(200)
        ),
        format!("package main\ntype T {}int{}\nfunc main() {{}}\n", "struct{ a ".repeat(depth), " }".repeat(depth)),
    ];
    for src in cases {
        assert_eq!(internal_error(src.clone()), None, "{}", &src[..200.min(src.len())]);
    }
}
