//! Smoke runs of the harness binary in --quick mode.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_benchsuite");

/// The mvm binary: $MVM, or next to the harness, or in a release directory
/// beside it.
fn mvm() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MVM") {
        return Some(PathBuf::from(p));
    }
    let dir = Path::new(BIN).parent()?;
    [dir.join("mvm"), dir.parent()?.join("release").join("mvm")].into_iter().find(|p| p.is_file())
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("benchsuite-smoke-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(BIN).args(args).arg("--no-progress").output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn missing_mvm_is_reported_not_fatal() {
    let out = tmp("missing");
    let (ok, stdout, stderr) = run(&[
        "--quick",
        "--only",
        "hello,fib",
        "--engines",
        "vm-threaded,jit",
        "--mvm",
        "/nonexistent/mvm",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("| fib "), "{stdout}");
    assert!(stdout.contains("n/a"), "{stdout}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("results.json")).unwrap()).unwrap();
    let cells = json["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 4);
    assert!(cells.iter().all(|c| c["ok"] == false));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn unknown_engine_is_an_error() {
    let (ok, _, stderr) = run(&["--quick", "--engines", "nope"]);
    assert!(!ok);
    assert!(stderr.contains("unknown engine"), "{stderr}");
}

#[test]
fn quick_run_with_mvm() {
    let Some(mvm) = mvm() else {
        eprintln!("skipping: no mvm binary (build it with cargo build --release -p mvm, or set MVM)");
        return;
    };
    let out = tmp("quick");
    let (ok, stdout, stderr) = run(&[
        "--quick",
        "--only",
        "hello,fib,sieve,nbody",
        "--engines",
        "vm-switch,vm-threaded,jit,jit-no-osr",
        "--threshold-sweep",
        "--thresholds",
        "0,1000",
        "--mvm",
        mvm.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("jit vs thr"), "{stdout}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("results.json")).unwrap()).unwrap();
    for c in json["cells"].as_array().unwrap() {
        assert_eq!(c["ok"], true, "{c}");
    }
    // fib is hot under jit: its compile time was parsed from --trace-jit
    let fib_jit =
        json["cells"].as_array().unwrap().iter().find(|c| c["program"] == "fib" && c["engine"] == "jit").unwrap();
    assert!(fib_jit["runs"][0]["jit"]["functions"].as_u64().unwrap() >= 1, "{fib_jit}");
    assert_eq!(json["sweep"].as_array().unwrap().len(), 8);
    assert!(out.join("results.md").is_file());
    assert!(out.join("speedup-vs-vm-switch.svg").is_file());
    assert!(out.join("threshold-sweep.svg").is_file());
    let _ = std::fs::remove_dir_all(&out);
}
