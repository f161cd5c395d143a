//! No input may make the parser panic, hang or overflow the stack.
//!
//! Deeply nested inputs must stop with "nesting too deep" on a thread
//! whose stack is no larger than a default Rust thread's (2 MiB) in debug
//! builds, and half that in release builds; random inputs (bytes, token
//! soups, mutations of the corpus) must parse without panicking.

use std::sync::mpsc;
use std::time::Duration;

use frontend::parser::{parse, MAX_HEIGHT, MAX_NESTING};

/// Stack for parser threads: enough for MAX_NESTING (the worst shape
/// needs about 0.9 MiB unoptimized, 0.45 MiB optimized), and no more.
const STACK: usize = if cfg!(debug_assertions) { 2 << 20 } else { 1 << 20 };

/// Runs `f` on a thread with the test stack, failing after `secs`.
fn on_small_stack<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let h = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let r = f();
            let _ = tx.send(());
            r
        })
        .unwrap();
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(()) => h.join().unwrap(),
        Err(_) => panic!("parser did not finish within {secs}s (hang?)"),
    }
}

fn first_error(src: String) -> Option<String> {
    on_small_stack(120, move || {
        let mut ids = 0;
        let out = parse(0, &src, &mut ids);
        out.diagnostics.first().map(|d| d.msg.clone())
    })
}

const DEEP: usize = 100_000;

fn deep_cases(n: usize) -> Vec<(&'static str, String)> {
    vec![
        ("parens", format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n))),
        ("unary", format!("package p\nvar x = {}1\n", "- ".repeat(n))),
        ("deref", format!("package p\nvar x = {}p\n", "*".repeat(n))),
        ("not", format!("package p\nvar x = {}b\n", "!".repeat(n))),
        ("recv", format!("package p\nvar x = {}c\n", "<-".repeat(n))),
        ("slices", format!("package p\nvar x {}int\n", "[]".repeat(n))),
        ("brackets", format!("package p\nvar x = {}\n", "[".repeat(n))),
        ("braces", format!("package p\nfunc f() {}\n", "{".repeat(n))),
        ("blocks", format!("package p\nfunc f() {}{}\n", "{".repeat(n), "}".repeat(n))),
        ("complit", format!("package p\nvar x = T{}{}\n", "{".repeat(n), "}".repeat(n))),
        ("functypes", format!("package p\nvar x {}\n", "func(".repeat(n))),
        ("funclits", format!("package p\nvar x = {}\n", "func() { _ = ".repeat(n))),
        ("calls", format!("package p\nvar x = {}\n", "f(".repeat(n))),
        ("index", format!("package p\nvar x = {}\n", "a[".repeat(n))),
        ("pointers", format!("package p\nvar x {}T\n", "*".repeat(n))),
        ("maps", format!("package p\nvar x {}int\n", "map[int]".repeat(n))),
        ("chans", format!("package p\nvar x {}int\n", "chan ".repeat(n))),
        ("structs", format!("package p\nvar x {}\n", "struct{ a ".repeat(n))),
        ("interfaces", format!("package p\ntype T {}\n", "interface{ m(".repeat(n))),
        ("ifs", format!("package p\nfunc f() {{ {} }}\n", "if x { ".repeat(n))),
        ("fors", format!("package p\nfunc f() {{ {} }}\n", "for { ".repeat(n))),
        ("switches", format!("package p\nfunc f() {{ {} }}\n", "switch { case true: ".repeat(n))),
        ("selects", format!("package p\nfunc f() {{ {} }}\n", "select { case <-c: ".repeat(n))),
        ("labels", format!("package p\nfunc f() {{ {} }}\n", "L: ".repeat(n))),
        ("ifheaders", format!("package p\nfunc f() {{ {} }}\n", "if func() bool { ".repeat(n))),
        ("typeparams", format!("package p\ntype T[P {}\n", "interface{ ~int | func(x T[".repeat(n))),
        ("keyvalues", format!("package p\nvar x = T{}\n", "{a: ".repeat(n))),
        ("gofuncs", format!("package p\nfunc f() {{ {} }}\n", "go func() { ".repeat(n))),
        ("complitfuncs", format!("package p\nvar x = {}\n", "T{func() { _ = ".repeat(n))),
        ("callfuncs", format!("package p\nvar x = {}\n", "f(func() { g(".repeat(n))),
        ("forranges", format!("package p\nfunc f() {{ {} }}\n", "for range func() []int { ".repeat(n))),
        ("typeswitches", format!("package p\nfunc f() {{ {} }}\n", "switch x := y.(type) { case int: ".repeat(n))),
        ("ifinits", format!("package p\nfunc f() {{ {} }}\n", "if x := func() { ".repeat(n))),
        ("mixedtypes", format!("package p\nvar x {}\n", "[]func(map[chan *struct{ a interface{ m(".repeat(n))),
        ("mixedstmts", format!("package p\nvar x = {}\n", "func() { if x { for { switch { case f(T{".repeat(n))),
    ]
}

#[test]
fn deep_nesting_is_rejected_not_overflowing() {
    for (name, src) in deep_cases(DEEP) {
        let err = first_error(src);
        assert_eq!(err.as_deref(), Some("syntax error: nesting too deep"), "{name}");
    }
}

#[test]
fn moderate_nesting_is_accepted() {
    // Real code nests far less than this.
    let n = 60;
    let ok = [
        format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        format!("package p\nfunc f() {}{}\n", "{".repeat(n), "}".repeat(n)),
        format!("package p\nvar x = T{}{}\n", "{".repeat(n), "}".repeat(n)),
        format!("package p\nvar x {}int{}\n", "func(".repeat(n), ")".repeat(n)),
        format!("package p\nvar x = {}{}\n", "func() { _ = ".repeat(n / 2) + "1", "}".repeat(n / 2)),
        format!("package p\nfunc f() {{ {} {} }}\n", "if x { ".repeat(n), "}".repeat(n)),
    ];
    for src in ok {
        assert_eq!(first_error(src.clone()), None, "{}", &src[..60]);
    }
}

#[test]
fn nesting_limit_is_exact_for_parens() {
    // Each parenthesized level costs two units (the operand and the
    // parenthesis); find the deepest accepted and check one more fails.
    let ok = |n: usize| first_error(format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n))).is_none();
    let mut lo = 1;
    let mut hi = MAX_NESTING as usize;
    while lo + 1 < hi {
        let m = (lo + hi) / 2;
        if ok(m) {
            lo = m
        } else {
            hi = m
        }
    }
    assert!(lo >= 200, "at least 200 nested parentheses parse (got {lo})");
    assert!(!ok(lo + 1));
}

#[test]
fn long_chains_are_bounded_by_height() {
    // Left-deep chains are built by loops, not recursion; they are limited
    // by MAX_HEIGHT so that later passes can recurse over them.
    let ok_terms = 2000;
    let chains = |n: usize| {
        vec![
            format!("package p\nvar x = a{}\n", " + a".repeat(n)),
            format!("package p\nvar x = \"\"{}\n", " +\n\t\"s\"".repeat(n)),
            format!("package p\nvar x = a{}\n", ".b".repeat(n)),
            format!("package p\nvar x = f{}\n", "()".repeat(n)),
            format!("package p\nvar x = a{}\n", "[0]".repeat(n)),
            format!("package p\nvar x = a{}\n", " || a".repeat(n)),
            format!("package p\ntype T interface{{ int{} }}\n", " | int".repeat(n)),
            format!("package p\nfunc f() {{ {} {{}} }}\n", "if x {} else ".repeat(n)),
        ]
    };
    for src in chains(ok_terms) {
        assert_eq!(first_error(src.clone()), None, "{}", &src[..40]);
    }
    for src in chains(DEEP) {
        assert_eq!(first_error(src.clone()).as_deref(), Some("syntax error: nesting too deep"), "{}", &src[..40]);
    }
    assert!(MAX_HEIGHT as usize > ok_terms);
}

// ---- fuzzing ---------------------------------------------------------

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const TOKENS: &[&str] = &[
    "package",
    "p",
    "import",
    "\"fmt\"",
    "func",
    "f",
    "main",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "<-",
    "go",
    "defer",
    "return",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "x",
    "y",
    "T",
    "int",
    "string",
    "any",
    "nil",
    "_",
    "1",
    "0x1p-2",
    "1.5",
    "2i",
    "'a'",
    "\"s\"",
    "`r`",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ";",
    ":",
    ".",
    "...",
    "=",
    ":=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "&^",
    "<<",
    ">>",
    "&&",
    "||",
    "!",
    "~",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "+=",
    "&^=",
    "++",
    "--",
    "\n",
    "\n",
    "\n",
    " ",
    "/* c */",
    "// c\n",
    "/*\n*/",
    "@",
    "$",
    "0778",
    "'ab'",
    "\"unterminated",
    "`open",
];

const BYTES: &[u8] = b"package func(){}[]<>-+*/%&|^!~=:;,.'\"`\\ \t\n\r0123456789abcxyzT_\x00\xef\xbb\xbf";

fn token_soup(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.below(4) != 0 {
        s.push_str("package p\n");
    }
    let n = rng.below(200);
    for _ in 0..n {
        s.push_str(rng.pick(TOKENS));
        if rng.below(3) == 0 {
            s.push(' ');
        }
    }
    s
}

fn byte_soup(rng: &mut Rng) -> String {
    let n = rng.below(300);
    let mut v: Vec<u8> = (0..n).map(|_| BYTES[rng.below(BYTES.len())]).collect();
    if rng.below(2) == 0 {
        let mut p = b"package p\n".to_vec();
        p.append(&mut v);
        v = p;
    }
    if rng.below(8) == 0 {
        v.extend((0..rng.below(8)).map(|_| (rng.next() & 0xff) as u8));
    }
    String::from_utf8_lossy(&v).into_owned()
}

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut b: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(4) {
        if b.is_empty() {
            break;
        }
        let p = rng.below(b.len());
        match rng.below(4) {
            0 => {
                b.remove(p);
            }
            1 => {
                let t: Vec<char> = rng.pick(TOKENS).chars().collect();
                b.splice(p..p, t);
            }
            2 => {
                let q = (p + 1 + rng.below(30)).min(b.len());
                b.drain(p..q);
            }
            _ => {
                let q = (p + 1 + rng.below(30)).min(b.len());
                let piece: Vec<char> = b[p..q].to_vec();
                let r = rng.below(b.len());
                b.splice(r..r, piece);
            }
        }
    }
    b.into_iter().collect()
}

fn parse_all(inputs: Vec<String>) {
    on_small_stack(600, move || {
        let mut ids = 0;
        for src in &inputs {
            let out = parse(0, src, &mut ids);
            assert!(out.diagnostics.len() <= 11);
            for d in &out.diagnostics {
                assert!(d.pos as usize <= src.len(), "position past the end: {:?}", d);
            }
        }
    });
}

#[test]
fn fuzz_token_soups() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let inputs: Vec<String> = (0..3000).map(|_| token_soup(&mut rng)).collect();
    parse_all(inputs);
}

#[test]
fn fuzz_byte_soups() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    let inputs: Vec<String> = (0..3000).map(|_| byte_soup(&mut rng)).collect();
    parse_all(inputs);
}

#[test]
fn fuzz_corpus_mutations() {
    let corpus = [include_str!("testdata/corpus_a.go"), include_str!("testdata/corpus_b.go")];
    let mut rng = Rng(0xDEAD_BEEF_CAFE_F00D);
    let n = if cfg!(debug_assertions) { 600 } else { 3000 };
    let inputs: Vec<String> = (0..n).map(|i| mutate(&mut rng, corpus[i % 2])).collect();
    parse_all(inputs);
}

#[test]
fn fuzz_truncations() {
    // Every prefix of a file that uses most of the grammar.
    let src = include_str!("testdata/corpus_b.go");
    let step = if cfg!(debug_assertions) { 7 } else { 1 };
    let inputs: Vec<String> =
        (0..src.len()).step_by(step).filter(|&i| src.is_char_boundary(i)).map(|i| src[..i].to_string()).collect();
    parse_all(inputs);
}
