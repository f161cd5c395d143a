//! Markdown tables of a report.

use crate::report::{Cell, Report};
use crate::stats::{geomean, Summary};
use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Align {
    Left,
    Right,
}

/// Renders a Markdown table with padded columns.
pub fn render(headers: &[String], rows: &[Vec<String>], align: &[Align]) -> String {
    let ncol = headers.len();
    let mut width: Vec<usize> = headers.iter().map(|h| h.chars().count().max(3)).collect();
    for r in rows {
        assert_eq!(r.len(), ncol, "row width");
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let al = |i: usize| align.get(i).copied().unwrap_or(Align::Left);
    let pad = |s: &str, i: usize| {
        let n = width[i] - s.chars().count();
        match al(i) {
            Align::Left => format!("{s}{}", " ".repeat(n)),
            Align::Right => format!("{}{s}", " ".repeat(n)),
        }
    };
    let mut out = String::new();
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out += &line(headers.iter().enumerate().map(|(i, h)| pad(h, i)).collect());
    out += &line(
        (0..ncol)
            .map(|i| match al(i) {
                Align::Left => "-".repeat(width[i]),
                Align::Right => format!("{}:", "-".repeat(width[i] - 1)),
            })
            .collect(),
    );
    for r in rows {
        out += &line(r.iter().enumerate().map(|(i, c)| pad(c, i)).collect());
    }
    out
}

/// Seconds with three significant digits: `12.3 ms`, `456 ms`, `1.23 s`.
pub fn fmt_secs(t: f64) -> String {
    if t < 0.001 {
        format!("{:.0} µs", t * 1e6)
    } else if t < 1.0 {
        let ms = t * 1e3;
        if ms < 10.0 {
            format!("{ms:.2} ms")
        } else if ms < 100.0 {
            format!("{ms:.1} ms")
        } else {
            format!("{ms:.0} ms")
        }
    } else if t < 10.0 {
        format!("{t:.2} s")
    } else if t < 100.0 {
        format!("{t:.1} s")
    } else {
        format!("{t:.0} s")
    }
}

/// A median with its spread: `1.23 s ±0.8%` (± is half the min-max range).
pub fn fmt_time(s: &Summary) -> String {
    if s.n <= 1 {
        fmt_secs(s.median)
    } else {
        format!("{} ±{:.1}%", fmt_secs(s.median), s.spread_pct())
    }
}

/// A ratio: `3.42×`, `0.871×`, `12.3×`, `142×`.
pub fn fmt_ratio(r: f64) -> String {
    if r >= 100.0 {
        format!("{r:.0}×")
    } else if r >= 10.0 {
        format!("{r:.1}×")
    } else if r >= 1.0 {
        format!("{r:.2}×")
    } else {
        format!("{r:.3}×")
    }
}

/// The short form of why a cell has no time.
pub fn short_reason(reason: &str) -> &'static str {
    if reason.contains("not available") || reason.contains("not found") || reason.contains("cannot start") {
        "n/a"
    } else if reason.starts_with("timeout") {
        "timeout"
    } else if reason.starts_with("wrong output") {
        "wrong"
    } else if reason.starts_with("build") {
        "no build"
    } else {
        "fail"
    }
}

fn time_cell(c: Option<&Cell>) -> String {
    match c {
        None => "-".into(),
        Some(c) => match (&c.wall, &c.reason) {
            (Some(w), _) if c.ok => fmt_time(w),
            (_, Some(r)) => short_reason(r).into(),
            _ => "n/a".into(),
        },
    }
}

/// Short column names for engines.
fn short(e: &str) -> &str {
    match e {
        "vm-threaded" => "thr",
        "vm-switch" => "switch",
        "jit-no-osr" => "no-osr",
        other => other,
    }
}

fn program_label(r: &Report, p: &str) -> String {
    if r.startup_programs.iter().any(|s| s == p) {
        format!("{p} (start-up)")
    } else {
        p.to_string()
    }
}

/// Geomean over the non-start-up programs of one ratio column.
fn geo_row_value(r: &Report, a: &str, b: &str, time_ratio: bool) -> String {
    let vals: Vec<f64> = r
        .settings
        .programs
        .iter()
        .filter(|p| !r.startup_programs.contains(p))
        .filter_map(|p| r.ratio(p, a, b))
        .map(|x| if time_ratio { x.time_ratio.median } else { x.speedup.median })
        .collect();
    geomean(&vals).map(fmt_ratio).unwrap_or_else(|| "-".into())
}

/// The speedup columns of the main table: (a, b, header).
fn speedup_columns(engines: &[String]) -> Vec<(String, String, String)> {
    let has = |e: &str| engines.iter().any(|x| x == e);
    [("vm-threaded", "ast"), ("vm-threaded", "vm-switch"), ("jit", "vm-threaded"), ("jit", "jit-no-osr")]
        .iter()
        .filter(|(a, b)| has(a) && has(b))
        .map(|(a, b)| (a.to_string(), b.to_string(), format!("{} vs {}", short(a), short(b))))
        .collect()
}

/// The main table: program x engine times, speedup columns, JIT compile time.
pub fn main_table(r: &Report) -> String {
    let engines = &r.settings.engines;
    let cols = speedup_columns(engines);
    let has_jit = engines.iter().any(|e| e == "jit");
    let mut headers = vec!["program".to_string()];
    headers.extend(engines.iter().cloned());
    headers.extend(cols.iter().map(|c| c.2.clone()));
    if has_jit {
        headers.push("jit compile".into());
    }
    let mut rows = Vec::new();
    for p in &r.settings.programs {
        let mut row = vec![program_label(r, p)];
        for e in engines {
            row.push(time_cell(r.cell(p, e)));
        }
        for (a, b, _) in &cols {
            row.push(r.ratio(p, a, b).map(|x| fmt_ratio(x.speedup.median)).unwrap_or_else(|| "-".into()));
        }
        if has_jit {
            row.push(match r.cell(p, "jit") {
                Some(c) if c.ok => match (&c.jit_compile_ms, c.jit_compile_pct()) {
                    (Some(j), Some(pct)) => format!("{:.2} ms ({pct:.1}%)", j.median),
                    _ => "-".into(),
                },
                _ => "-".into(),
            });
        }
        rows.push(row);
    }
    if !cols.is_empty() {
        let mut row = vec!["geomean".to_string()];
        row.extend(engines.iter().map(|_| String::new()));
        for (a, b, _) in &cols {
            row.push(geo_row_value(r, a, b, false));
        }
        if has_jit {
            row.push(String::new());
        }
        rows.push(row);
    }
    let mut align = vec![Align::Left];
    align.resize(headers.len(), Align::Right);
    render(&headers, &rows, &align)
}

/// Time relative to Go: `t_engine / t_go` per round, median.
pub fn go_table(r: &Report) -> Option<String> {
    let engines: Vec<&String> = r.settings.engines.iter().filter(|e| *e != "go").collect();
    if !r.settings.engines.iter().any(|e| e == "go") || engines.is_empty() {
        return None;
    }
    let mut headers = vec!["program".to_string()];
    headers.extend(engines.iter().map(|e| format!("{e} / go")));
    let mut rows = Vec::new();
    for p in &r.settings.programs {
        let mut row = vec![program_label(r, p)];
        for e in &engines {
            row.push(r.ratio(p, e, "go").map(|x| fmt_ratio(x.time_ratio.median)).unwrap_or_else(|| "-".into()));
        }
        rows.push(row);
    }
    let mut row = vec!["geomean".to_string()];
    row.extend(engines.iter().map(|e| geo_row_value(r, e, "go", true)));
    rows.push(row);
    let mut align = vec![Align::Left];
    align.resize(headers.len(), Align::Right);
    Some(render(&headers, &rows, &align))
}

/// Threshold sweep: jit wall time per threshold.
pub fn sweep_table(r: &Report) -> Option<String> {
    if r.sweep.is_empty() {
        return None;
    }
    let ts = &r.settings.thresholds;
    let mut headers = vec!["program".to_string()];
    headers.extend(ts.iter().map(|t| format!("t={t}")));
    headers.push("best".into());
    let mut rows = Vec::new();
    for p in &r.settings.programs {
        let mut row = vec![program_label(r, p)];
        let mut best: Option<(u32, f64)> = None;
        for &t in ts {
            let c = r.sweep_cell(p, t);
            row.push(time_cell(c));
            if let Some(w) = c.filter(|c| c.ok).and_then(|c| c.wall.as_ref()) {
                if best.is_none_or(|(_, b)| w.median < b) {
                    best = Some((t, w.median));
                }
            }
        }
        row.push(best.map(|(t, _)| format!("t={t}")).unwrap_or_else(|| "-".into()));
        rows.push(row);
    }
    let mut align = vec![Align::Left];
    align.resize(headers.len(), Align::Right);
    Some(render(&headers, &rows, &align))
}

/// Why cells have no time: one line per engine and reason, naming the
/// programs (or "all programs").
pub fn notes(r: &Report) -> String {
    let mut groups: Vec<(String, String, Vec<String>)> = Vec::new();
    for c in r.cells.iter().chain(r.sweep.iter()) {
        if c.ok {
            continue;
        }
        let reason = c.reason.as_deref().unwrap_or("failed").replace('\n', " ");
        match groups.iter_mut().find(|g| g.0 == c.engine && g.1 == reason) {
            Some(g) => g.2.push(c.program.clone()),
            None => groups.push((c.engine.clone(), reason, vec![c.program.clone()])),
        }
    }
    let mut s = String::new();
    for (engine, reason, progs) in groups {
        let which = if progs.len() == r.settings.programs.len() && progs.len() > 1 {
            "all programs".to_string()
        } else {
            progs.join(", ")
        };
        let _ = writeln!(s, "- {engine} on {which}: {reason}");
    }
    s
}

/// The whole Markdown report.
pub fn markdown(r: &Report) -> String {
    let sys = &r.system;
    let mut s = String::new();
    let _ = writeln!(s, "# Mvm benchmark results{}\n", if r.settings.quick { " (quick)" } else { "" });
    let _ = writeln!(s, "- date: {}", sys.date);
    let _ = writeln!(
        s,
        "- commit: {}{}",
        sys.git_commit.as_deref().unwrap_or("unknown"),
        if sys.git_dirty == Some(true) { " (with uncommitted changes)" } else { "" }
    );
    let _ = writeln!(s, "- cpu: {} ({} cores); os: {}, kernel {}", sys.cpu, sys.cores, sys.os, sys.kernel);
    let _ = writeln!(s, "- {}; {}", sys.rustc, sys.go.as_deref().unwrap_or("go: not found"));
    let _ = writeln!(s, "- load average at start: {}", sys.load_avg);
    let _ = writeln!(
        s,
        "- method: {} warm-up + {} timed run(s) per engine, rounds interleaved; timeout {} s; suite took {:.0} s",
        r.settings.warmup, r.settings.runs, r.settings.timeout_s, r.elapsed_s
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "## Wall time (median, ± half the min-max range) and speedups (t_b / t_a, paired by round)\n");
    s += &main_table(r);
    if let Some(t) = go_table(r) {
        let _ = writeln!(s, "\n## Time relative to Go (t_engine / t_go, paired by round; lower is better)\n");
        s += &t;
    }
    if let Some(t) = sweep_table(r) {
        let _ = writeln!(s, "\n## JIT threshold sweep (`--engine=jit --jit-threshold=N`, wall time)\n");
        s += &t;
    }
    let n = notes(r);
    if !n.is_empty() {
        let _ = writeln!(s, "\n## Missing cells\n");
        s += &n;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_aligned_table() {
        let t = render(
            &["program".into(), "vm".into()],
            &[vec!["fib".into(), "1.23 s".into()], vec!["sieve".into(), "n/a".into()]],
            &[Align::Left, Align::Right],
        );
        let want = "| program | vm     |\n\
                    | ------- | -----: |\n\
                    | fib     | 1.23 s |\n\
                    | sieve   |    n/a |\n";
        // headers are padded like cells: right-aligned columns pad on the left
        let want = want.replace("| vm     |", "|     vm |");
        assert_eq!(t, want);
    }

    #[test]
    fn seconds_formatting() {
        assert_eq!(fmt_secs(0.0004), "400 µs");
        assert_eq!(fmt_secs(0.00123), "1.23 ms");
        assert_eq!(fmt_secs(0.0123), "12.3 ms");
        assert_eq!(fmt_secs(0.456), "456 ms");
        assert_eq!(fmt_secs(1.234), "1.23 s");
        assert_eq!(fmt_secs(12.34), "12.3 s");
        assert_eq!(fmt_secs(123.4), "123 s");
    }

    #[test]
    fn ratio_formatting() {
        assert_eq!(fmt_ratio(3.421), "3.42×");
        assert_eq!(fmt_ratio(0.8712), "0.871×");
        assert_eq!(fmt_ratio(12.34), "12.3×");
        assert_eq!(fmt_ratio(142.2), "142×");
    }

    #[test]
    fn time_with_spread() {
        let s = Summary::of(&[1.0, 1.1, 0.9]).unwrap();
        assert_eq!(fmt_time(&s), "1.00 s ±10.0%");
        let s = Summary::of(&[0.5]).unwrap();
        assert_eq!(fmt_time(&s), "500 ms");
    }

    fn report() -> Report {
        use crate::report::{compute_ratios, Run, Settings};
        let mk = |p: &str, e: &str, walls: &[f64]| {
            let mut c = Cell::new(p, e, vec![]);
            c.runs = walls
                .iter()
                .enumerate()
                .map(|(i, &w)| Run {
                    round: i,
                    wall_s: w,
                    user_s: w,
                    sys_s: 0.0,
                    max_rss_kb: 1,
                    status: "ok".into(),
                    detail: None,
                    jit: None,
                })
                .collect();
            c.finish();
            c
        };
        let engines: Vec<String> = ["ast", "vm-threaded", "go"].iter().map(|s| s.to_string()).collect();
        let programs: Vec<String> = ["hello", "fib", "sieve"].iter().map(|s| s.to_string()).collect();
        let cells = vec![
            Cell::unavailable("hello", "ast", "not available: no ast"),
            Cell::unavailable("fib", "ast", "not available: no ast"),
            Cell::unavailable("sieve", "ast", "not available: no ast"),
            mk("hello", "vm-threaded", &[0.003, 0.003]),
            mk("fib", "vm-threaded", &[2.0, 2.2]),
            Cell::unavailable("sieve", "vm-threaded", "timeout after 120 s"),
            mk("hello", "go", &[0.001, 0.001]),
            mk("fib", "go", &[0.5, 0.55]),
            mk("sieve", "go", &[0.1, 0.1]),
        ];
        let ratios = compute_ratios(&cells, &programs, &engines, 2);
        Report {
            system: Default::default(),
            settings: Settings {
                quick: false,
                warmup: 1,
                runs: 2,
                timeout_s: 120.0,
                engines,
                programs,
                thresholds: vec![],
            },
            startup_programs: vec!["hello".into()],
            cells,
            sweep: vec![],
            ratios,
            elapsed_s: 1.0,
        }
    }

    #[test]
    fn whole_report() {
        let r = report();
        let md = markdown(&r);
        assert!(md.contains("| hello (start-up) |"), "{md}");
        assert!(md.contains("2.10 s ±4.8%"), "{md}");
        assert!(md.contains("timeout"), "{md}");
        // fib: vm-threaded / go = 4.0 in both rounds; the geomean leaves hello out
        let go = go_table(&r).unwrap();
        let geo = go.lines().find(|l| l.starts_with("| geomean")).unwrap();
        assert!(geo.contains("4.00×"), "{go}");
        let n = notes(&r);
        assert!(n.contains("- ast on all programs: not available: no ast"), "{n}");
        assert!(n.contains("- vm-threaded on sieve: timeout after 120 s"), "{n}");
        assert!(sweep_table(&r).is_none());
    }

    #[test]
    fn reasons() {
        assert_eq!(short_reason("not available: fatal error: mvm: the ast engine is not available"), "n/a");
        assert_eq!(short_reason("timeout after 120 s"), "timeout");
        assert_eq!(short_reason("wrong output: line 1"), "wrong");
        assert_eq!(short_reason("exit 2: panic"), "fail");
    }
}
