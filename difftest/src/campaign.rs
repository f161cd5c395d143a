//! A run over a range of seeds: generate, check, save and reduce
//! mismatches, summarize.

use crate::gen::{generate, Options};
use crate::reduce::reduce;
use crate::run::{Outcome, Report, Runner};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

#[derive(Clone, Debug)]
pub struct Campaign {
    pub seeds: std::ops::Range<u64>,
    pub runner: Runner,
    pub gen: Options,
    /// Where mismatches are written (one directory per seed).
    pub out: PathBuf,
    /// Scratch space for programs being run.
    pub work: PathBuf,
    pub jobs: usize,
    pub reduce: bool,
    /// Candidate runs allowed per reduction.
    pub reduce_tests: usize,
    pub verbose: bool,
}

/// What happened to one seed.
#[derive(Clone, Debug)]
pub struct Finding {
    pub seed: u64,
    /// "mismatch", "go-rejects" (the generator made invalid Go),
    /// "reference-timeout" (a generated program does not terminate).
    pub kind: String,
    /// Engines that disagree with the reference.
    pub engines: Vec<String>,
    pub reference: String,
    pub dir: PathBuf,
    pub reduced_lines: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub programs: usize,
    pub findings: Vec<Finding>,
}

impl Summary {
    pub fn mismatches(&self) -> usize {
        self.findings.iter().filter(|f| f.kind == "mismatch").count()
    }
}

impl Campaign {
    pub fn run(&self) -> Summary {
        let next = AtomicU64::new(self.seeds.start);
        let done = AtomicUsize::new(0);
        let findings = Mutex::new(Vec::new());
        let total = self.seeds.end.saturating_sub(self.seeds.start);
        std::thread::scope(|s| {
            for w in 0..self.jobs.max(1) {
                let next = &next;
                let done = &done;
                let findings = &findings;
                s.spawn(move || loop {
                    let seed = next.fetch_add(1, Ordering::SeqCst);
                    if seed >= self.seeds.end {
                        break;
                    }
                    let dir = self.work.join(format!("w{w}"));
                    if let Some(f) = self.one(seed, &dir) {
                        eprintln!(
                            "seed {seed}: {} ({} vs {}) -> {}",
                            f.kind,
                            f.reference,
                            f.engines.join(","),
                            f.dir.display()
                        );
                        findings.lock().unwrap().push(f);
                    }
                    let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                    if self.verbose || n.is_multiple_of(50) || n as u64 == total {
                        eprintln!("[{n}/{total}] programs checked, {} findings", findings.lock().unwrap().len());
                    }
                });
            }
        });
        let mut findings = findings.into_inner().unwrap();
        findings.sort_by_key(|f| f.seed);
        Summary { programs: done.into_inner(), findings }
    }

    /// Checks one seed; a finding when something is wrong.
    pub fn one(&self, seed: u64, dir: &Path) -> Option<Finding> {
        let src = generate(seed, &self.gen);
        let rep = self.runner.check(&src, dir);
        let kind = if self.runner.go && rep.reference_rejected() {
            "go-rejects"
        } else if matches!(rep.reference().1, Outcome::Timeout { .. }) && rep.results.len() == 1 {
            "reference-timeout"
        } else if !rep.mismatches().is_empty() {
            "mismatch"
        } else {
            return None;
        };
        let out = self.out.join(format!("seed-{seed}"));
        let _ = std::fs::create_dir_all(&out);
        let _ = std::fs::write(out.join("main.go"), &src);
        let _ = std::fs::write(out.join("outputs.txt"), describe(&rep));
        let mut f = Finding {
            seed,
            kind: kind.into(),
            engines: rep.mismatches(),
            reference: rep.reference().0.clone(),
            dir: out.clone(),
            reduced_lines: None,
        };
        if kind == "mismatch" && self.reduce {
            let (a, b) = pick_pair(&rep);
            let orig_b = rep.get(&b).unwrap().clone();
            let rdir = dir.join("reduce");
            let reduced = reduce(
                &src,
                |cand| still_differs(&self.runner, &rdir, &a, &b, &orig_b, cand),
                self.reduce_tests,
                self.verbose,
            );
            let r = self.runner.check(&reduced, &rdir);
            let _ = std::fs::write(out.join("reduced.go"), &reduced);
            let _ = std::fs::write(
                out.join("reduced-outputs.txt"),
                format!("reduced while {a} and {b} disagree\n\n{}", describe(&r)),
            );
            f.reduced_lines = Some(reduced.lines().count());
        }
        Some(f)
    }
}

/// The pair of results to keep apart while reducing: an mvm engine that
/// agrees with the reference (cheaper to run than Go) and one that does
/// not.
pub fn pick_pair(rep: &Report) -> (String, String) {
    let rk = rep.reference().1.key();
    let bad = rep.mismatches()[0].clone();
    let good = rep
        .results
        .iter()
        .find(|(n, o)| n != "go" && o.key() == rk)
        .map(|(n, _)| n.clone())
        .unwrap_or_else(|| rep.reference().0.clone());
    (good, bad)
}

/// Do engines `a` (the good one) and `b` still disagree on `cand`, with
/// `b` failing the way it did originally (a wrong output stays a wrong
/// output, a crash a crash)? Runs `b` first: it is cheaper than Go and
/// rejects most candidates (those that no longer compile).
pub fn still_differs(runner: &Runner, dir: &Path, a: &str, b: &str, orig_b: &Outcome, cand: &str) -> bool {
    let rb = runner.check_some(cand, dir, &[b.to_string()]);
    let ob = &rb.results[0].1;
    if std::mem::discriminant(ob) != std::mem::discriminant(orig_b) {
        return false;
    }
    let ra = runner.check_some(cand, dir, &[a.to_string()]);
    let oa = &ra.results[0].1;
    matches!(oa, Outcome::Ran { .. }) && oa.key() != ob.key()
}

pub fn describe(rep: &Report) -> String {
    let mut s = String::new();
    let rk = rep.reference().1.key();
    for (n, o) in &rep.results {
        let tag = if o.key() == rk { "" } else { "   <-- differs" };
        s.push_str(&format!("===== {n}{tag}\n{}\n", o.describe()));
    }
    s
}
