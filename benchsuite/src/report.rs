//! The measurements of a whole suite run (serialised to JSON) and the
//! ratios derived from them.

use crate::stats::{paired_ratios, Summary};
use crate::sysinfo::SysInfo;
use crate::trace::JitStats;
use serde::{Deserialize, Serialize};

/// One execution of one program under one engine.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Run {
    /// Round of timed runs (0-based); warm-up runs have their own list.
    pub round: usize,
    pub wall_s: f64,
    pub user_s: f64,
    pub sys_s: f64,
    pub max_rss_kb: u64,
    /// `ok`, `wrong-output`, `exit N`, `signal N`, `timeout` or `error`.
    pub status: String,
    /// Why a run failed: the first differing line, or the end of stderr.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// JIT activity parsed from `--trace-jit` (jit engines only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jit: Option<JitStats>,
}

impl Run {
    pub fn ok(&self) -> bool {
        self.status == "ok"
    }
}

/// Everything measured for one (program, engine) pair.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cell {
    pub program: String,
    pub engine: String,
    /// The command line of a run (paths as on the measuring machine).
    pub argv: Vec<String>,
    /// False when the engine is missing or any run failed: then `reason` says why.
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub warmup: Vec<Run>,
    pub runs: Vec<Run>,
    /// Wall time of the timed runs, seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wall: Option<Summary>,
    /// User + system CPU time of the timed runs, seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<Summary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_rss_kb: Option<u64>,
    /// Sum of JIT compile times per run, milliseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jit_compile_ms: Option<Summary>,
}

impl Cell {
    pub fn new(program: &str, engine: &str, argv: Vec<String>) -> Cell {
        Cell {
            program: program.into(),
            engine: engine.into(),
            argv,
            ok: true,
            reason: None,
            warmup: vec![],
            runs: vec![],
            wall: None,
            cpu: None,
            max_rss_kb: None,
            jit_compile_ms: None,
        }
    }

    pub fn unavailable(program: &str, engine: &str, reason: &str) -> Cell {
        let mut c = Cell::new(program, engine, vec![]);
        c.fail(reason);
        c
    }

    pub fn fail(&mut self, reason: &str) {
        if self.ok {
            self.ok = false;
            self.reason = Some(reason.to_string());
        }
    }

    /// Computes the summaries once the runs are in (only for a cell whose
    /// runs all succeeded).
    pub fn finish(&mut self) {
        if !self.ok || self.runs.is_empty() {
            self.ok = false;
            if self.reason.is_none() {
                self.reason = Some("no timed run".into());
            }
            return;
        }
        let wall: Vec<f64> = self.runs.iter().map(|r| r.wall_s).collect();
        let cpu: Vec<f64> = self.runs.iter().map(|r| r.user_s + r.sys_s).collect();
        self.wall = Summary::of(&wall);
        self.cpu = Summary::of(&cpu);
        self.max_rss_kb = self.runs.iter().map(|r| r.max_rss_kb).max();
        let jit: Vec<f64> = self.runs.iter().filter_map(|r| r.jit.as_ref().map(|j| j.compile_ms)).collect();
        if jit.len() == self.runs.len() {
            self.jit_compile_ms = Summary::of(&jit);
        }
    }

    /// Wall time per round, `None` where the round did not succeed.
    pub fn by_round(&self, rounds: usize) -> Vec<Option<f64>> {
        let mut v = vec![None; rounds];
        if self.ok {
            for r in &self.runs {
                if r.ok() && r.round < rounds {
                    v[r.round] = Some(r.wall_s);
                }
            }
        }
        v
    }

    /// JIT compile time as a percentage of the median wall time.
    pub fn jit_compile_pct(&self) -> Option<f64> {
        let j = self.jit_compile_ms.as_ref()?;
        let w = self.wall.as_ref()?;
        (w.median > 0.0).then(|| j.median / 1e3 / w.median * 100.0)
    }
}

/// A comparison of engine `a` against engine `b` on one program, from the
/// runs of the same rounds.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Ratio {
    pub program: String,
    pub a: String,
    pub b: String,
    /// Per-round `t_b / t_a`: above 1 means `a` is faster.
    pub speedup: Summary,
    /// Per-round `t_a / t_b`: above 1 means `a` is slower.
    pub time_ratio: Summary,
}

/// Settings of the run, as given on the command line.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Settings {
    pub quick: bool,
    pub warmup: usize,
    pub runs: usize,
    pub timeout_s: f64,
    pub engines: Vec<String>,
    pub programs: Vec<String>,
    pub thresholds: Vec<u32>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Report {
    pub system: SysInfo,
    pub settings: Settings,
    /// Programs that are start-up measurements (left out of geometric means).
    pub startup_programs: Vec<String>,
    pub cells: Vec<Cell>,
    /// Threshold sweep: engine names `jit-t<N>`.
    pub sweep: Vec<Cell>,
    pub ratios: Vec<Ratio>,
    /// Total wall time of the suite run, seconds.
    pub elapsed_s: f64,
}

/// The pairs compared in the tables: (a, b) means "a against b".
pub fn ratio_pairs(engines: &[String]) -> Vec<(String, String)> {
    let has = |e: &str| engines.iter().any(|x| x == e);
    let mut pairs = Vec::new();
    for (a, b) in [
        ("vm-threaded", "ast"),
        ("vm-threaded", "vm-switch"),
        ("jit", "vm-threaded"),
        ("jit", "jit-no-osr"),
        ("jit-no-osr", "vm-threaded"),
    ] {
        if has(a) && has(b) {
            pairs.push((a.to_string(), b.to_string()));
        }
    }
    if has("go") {
        for e in engines.iter().filter(|e| *e != "go") {
            pairs.push((e.clone(), "go".to_string()));
        }
    }
    if has("vm-switch") {
        for e in engines.iter().filter(|e| *e != "vm-switch") {
            if !pairs.iter().any(|(a, b)| a == e && b == "vm-switch") {
                pairs.push((e.clone(), "vm-switch".to_string()));
            }
        }
    }
    if has("ast") {
        for e in engines.iter().filter(|e| *e != "ast") {
            if !pairs.iter().any(|(a, b)| a == e && b == "ast") {
                pairs.push((e.clone(), "ast".to_string()));
            }
        }
    }
    pairs
}

/// Computes the ratio of every pair on every program where both sides ran.
pub fn compute_ratios(cells: &[Cell], programs: &[String], engines: &[String], rounds: usize) -> Vec<Ratio> {
    let find = |p: &str, e: &str| cells.iter().find(|c| c.program == p && c.engine == e);
    let mut out = Vec::new();
    for p in programs {
        for (a, b) in ratio_pairs(engines) {
            let (Some(ca), Some(cb)) = (find(p, &a), find(p, &b)) else { continue };
            let (ta, tb) = (ca.by_round(rounds), cb.by_round(rounds));
            let speedup = Summary::of(&paired_ratios(&tb, &ta));
            let time_ratio = Summary::of(&paired_ratios(&ta, &tb));
            if let (Some(speedup), Some(time_ratio)) = (speedup, time_ratio) {
                out.push(Ratio { program: p.clone(), a, b, speedup, time_ratio });
            }
        }
    }
    out
}

impl Report {
    pub fn cell(&self, program: &str, engine: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.program == program && c.engine == engine)
    }

    pub fn sweep_cell(&self, program: &str, threshold: u32) -> Option<&Cell> {
        let name = sweep_engine(threshold);
        self.sweep.iter().find(|c| c.program == program && c.engine == name)
    }

    pub fn ratio(&self, program: &str, a: &str, b: &str) -> Option<&Ratio> {
        self.ratios.iter().find(|r| r.program == program && r.a == a && r.b == b)
    }
}

/// Engine name of a threshold-sweep point.
pub fn sweep_engine(threshold: u32) -> String {
    format!("jit-t{threshold}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(round: usize, wall: f64) -> Run {
        Run {
            round,
            wall_s: wall,
            user_s: wall,
            sys_s: 0.0,
            max_rss_kb: 100,
            status: "ok".into(),
            detail: None,
            jit: None,
        }
    }

    fn cell(p: &str, e: &str, walls: &[f64]) -> Cell {
        let mut c = Cell::new(p, e, vec![]);
        c.runs = walls.iter().enumerate().map(|(i, &w)| run(i, w)).collect();
        c.finish();
        c
    }

    #[test]
    fn ratios_are_paired() {
        let cells = vec![cell("fib", "vm-switch", &[2.0, 4.0, 3.0]), cell("fib", "vm-threaded", &[1.0, 1.0, 2.0])];
        let engines = vec!["vm-switch".to_string(), "vm-threaded".to_string()];
        let r = compute_ratios(&cells, &["fib".into()], &engines, 3);
        let r = r.iter().find(|r| r.a == "vm-threaded" && r.b == "vm-switch").unwrap();
        // rounds: 2/1, 4/1, 3/2 -> median 2
        assert_eq!(r.speedup.median, 2.0);
        assert_eq!(r.speedup.max, 4.0);
        assert_eq!(r.time_ratio.median, 0.5);
    }

    #[test]
    fn failed_cells_give_no_ratio() {
        let mut bad = cell("fib", "ast", &[1.0]);
        bad.ok = false;
        let cells = vec![bad, cell("fib", "vm-threaded", &[1.0])];
        let engines = vec!["ast".to_string(), "vm-threaded".to_string()];
        assert!(compute_ratios(&cells, &["fib".into()], &engines, 1).is_empty());
    }

    #[test]
    fn finish_needs_runs() {
        let mut c = Cell::new("p", "e", vec![]);
        c.finish();
        assert!(!c.ok);
        assert_eq!(c.reason.as_deref(), Some("no timed run"));
    }

    #[test]
    fn jit_percentage() {
        let mut c = Cell::new("p", "jit", vec![]);
        let mut r = run(0, 2.0);
        r.jit = Some(JitStats { compile_ms: 100.0, ..Default::default() });
        c.runs.push(r);
        c.finish();
        assert!((c.jit_compile_pct().unwrap() - 5.0).abs() < 1e-9);
    }

    #[test]
    fn pairs_cover_the_brief() {
        let e: Vec<String> =
            ["ast", "vm-switch", "vm-threaded", "jit", "jit-no-osr", "go"].iter().map(|s| s.to_string()).collect();
        let p = ratio_pairs(&e);
        for want in
            [("vm-threaded", "ast"), ("vm-threaded", "vm-switch"), ("jit", "vm-threaded"), ("ast", "go"), ("jit", "go")]
        {
            assert!(p.iter().any(|(a, b)| a == want.0 && b == want.1), "{want:?}");
        }
        assert!(!p.iter().any(|(a, b)| a == b));
    }
}
