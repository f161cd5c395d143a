//! Differential runs over fixed seeds: every engine must agree on every
//! generated program. `cargo test --release -p difftest` runs a small
//! range; the long run is `cargo test --release -p difftest -- --ignored`
//! (set DIFFTEST_GO=1 to compare with real Go as well).

use difftest::campaign::{Campaign, Summary};
use difftest::run::{have_go, Runner, ENGINES};
use std::path::PathBuf;
use std::time::Duration;

fn campaign(seeds: std::ops::Range<u64>, go: bool, tag: &str) -> Campaign {
    let base = std::env::temp_dir().join(format!("difftest-test-{tag}-{}", std::process::id()));
    Campaign {
        seeds,
        runner: Runner {
            exe: PathBuf::from(env!("CARGO_BIN_EXE_difftest")),
            engines: ENGINES.iter().collect(),
            go,
            timeout: Duration::from_secs(20),
        },
        gen: Default::default(),
        out: base.join("out"),
        work: base.join("work"),
        jobs: std::thread::available_parallelism().map_or(2, |n| n.get().min(4)),
        reduce: false,
        reduce_tests: 0,
        verbose: false,
    }
}

fn report(s: &Summary) -> String {
    let mut m = String::new();
    for f in &s.findings {
        m.push_str(&format!(
            "seed {}: {} ({} vs {}), see {}\n",
            f.seed,
            f.kind,
            f.reference,
            f.engines.join(","),
            f.dir.display()
        ));
    }
    m
}

#[test]
fn engines_agree_on_thirty_programs() {
    let c = campaign(1..31, false, "small");
    let s = c.run();
    assert_eq!(s.programs, 30);
    assert!(s.findings.is_empty(), "engines disagree:\n{}", report(&s));
    let _ = std::fs::remove_dir_all(c.work.parent().unwrap());
}

#[test]
fn generation_is_deterministic() {
    let o = difftest::gen::Options::default();
    for seed in [1, 17, 4242] {
        assert_eq!(difftest::gen::generate(seed, &o), difftest::gen::generate(seed, &o));
    }
    assert_ne!(difftest::gen::generate(1, &o), difftest::gen::generate(2, &o));
}

#[test]
#[ignore = "long: thousands of programs (DIFFTEST_GO=1 adds real Go)"]
fn engines_agree_on_thousands_of_programs() {
    let go = std::env::var("DIFFTEST_GO").is_ok_and(|v| v == "1") && have_go();
    let c = campaign(1000..4000, go, "long");
    let s = c.run();
    assert!(s.findings.is_empty(), "{} of {} programs differ:\n{}", s.findings.len(), s.programs, report(&s));
}
