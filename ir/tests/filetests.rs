//! IR filetests: each `filetests/*.ir` file holds a `; passes:` line, an
//! input module, a `; expect:` line and the module the passes must print.
//! Set MVM_BLESS=1 to rewrite the expectations from the current output.

use ir::parse::parse_module;
use ir::print::module_to_string;
use ir::verify::verify_module;
use std::path::Path;

/// Runs one pass: `inline` and `optimize` over the module, the others on
/// every function.
fn run_pass(name: &str, m: &mut ir::Module) {
    use ir::passes::*;
    let pass: fn(&mut ir::Function) -> bool = match name {
        "inline" => {
            inline::run(m);
            return;
        }
        "optimize" => return optimize(m),
        "constfold" => constfold::run,
        "dce" => dce::run,
        "simplify_params" => simplify_params::run,
        "gvn" => gvn::run,
        "licm" => licm::run,
        "bce" => bce::run,
        "simplify_cfg" => simplify_cfg::run,
        "none" => return,
        other => panic!("unknown pass {other}"),
    };
    for f in &mut m.funcs {
        pass(f);
    }
}

#[test]
fn filetests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/filetests");
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "ir")) {
        let text = std::fs::read_to_string(path).unwrap();
        let (input, expect) = text.split_once("; expect:\n").expect("missing `; expect:` line");
        let passes: Vec<&str> = input
            .lines()
            .find_map(|l| l.strip_prefix("; passes:"))
            .expect("missing `; passes:` line")
            .split_whitespace()
            .collect();
        let mut m = parse_module(input).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        verify_module(&m).unwrap_or_else(|e| panic!("{}: input does not verify: {e}", path.display()));
        for p in &passes {
            run_pass(p, &mut m);
            verify_module(&m).unwrap_or_else(|e| panic!("{}: does not verify after {p}: {e}", path.display()));
        }
        // Passes must be safe to run again: a second round keeps the IR valid.
        let mut again = m.clone();
        for p in &passes {
            run_pass(p, &mut again);
        }
        verify_module(&again).unwrap_or_else(|e| panic!("{}: output does not verify: {e}", path.display()));
        let got = module_to_string(&m);
        // The printed form must parse back to itself.
        let again = module_to_string(&parse_module(&got).unwrap());
        assert_eq!(got, again, "{}: print/parse round trip", path.display());
        if got.trim() != expect.trim() {
            if std::env::var_os("MVM_BLESS").is_some() {
                std::fs::write(path, format!("{input}; expect:\n{got}")).unwrap();
            } else {
                failures.push(format!("{}:\n--- expected\n{}\n--- got\n{}", path.display(), expect.trim(), got.trim()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn verifier_rejects_bad_ir() {
    let cases = [
        // use before definition
        "func @f() -> i64 {\nblock0:\n    v0 = iadd v1, v1\n    v1 = iconst 1\n    ret v0\n}\n",
        // wrong return type
        "func @f() -> i64 {\nblock0:\n    v0 = fconst 1.0\n    ret v0\n}\n",
        // wrong block argument count
        "func @f() {\nblock0:\n    v0 = iconst 1\n    jump block1(v0, v0)\nblock1(v1: i64):\n    ret\n}\n",
        // value from a non-dominating block
        "func @f(i64) -> i64 {\nblock0(v0: i64):\n    brif v0, block1, block2\nblock1:\n    v1 = iconst 1\n    jump block2\nblock2:\n    ret v1\n}\n",
        // float operand to an integer op
        "func @f(f64) -> i64 {\nblock0(v0: f64):\n    v1 = iconst 1\n    v2 = iadd v0, v1\n    ret v2\n}\n",
    ];
    for c in cases {
        let m = parse_module(c).unwrap_or_else(|e| panic!("{e}\n{c}"));
        assert!(verify_module(&m).is_err(), "verifier accepted:\n{c}");
    }
}
