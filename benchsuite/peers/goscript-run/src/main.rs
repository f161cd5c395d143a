//! `goscript-run prog.go`: runs a Go program with goscript's engine.
//!
//! goscript resolves standard packages under a base path; its Go sources
//! ship inside the goscript-engine crate, so they are looked up in cargo's
//! registry sources.

use std::path::PathBuf;

fn std_dir() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    let src = home.join("registry").join("src");
    std::fs::read_dir(src)
        .ok()?
        .flatten()
        .map(|e| e.path().join("goscript-engine-0.1.0").join("std"))
        .find(|p| p.is_dir())
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: goscript-run prog.go");
        std::process::exit(2);
    };
    let Some(std) = std_dir() else {
        eprintln!("goscript-run: goscript-engine-0.1.0/std not found in cargo's registry");
        std::process::exit(2);
    };
    // goscript resolves the program's path against the working directory.
    let path = std::fs::canonicalize(&path).map(|p| p.to_string_lossy().into_owned()).unwrap_or(path);
    let cfg = goscript_engine::Config {
        work_dir: Some("./".to_string()),
        base_path: Some(format!("{}/", std.display())),
        trace_parser: false,
        trace_checker: false,
        trace_vm: false,
    };
    let errors = goscript_engine::Engine::new(cfg).run(&path);
    std::process::exit(if errors == 0 { 0 } else { 1 });
}
