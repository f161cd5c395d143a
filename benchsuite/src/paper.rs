//! Regenerating the paper's numbers from a suite run.
//!
//! The paper (papers/mvm.md) is hand-written Markdown in which every
//! measured number sits between markers that this module rewrites:
//!
//! ```text
//! <!-- mvm:main -->            a whole table or list (see `block`)
//! ...
//! <!-- /mvm:main -->
//! jit runs <!-- mvm:geo:jit/go -->1.52×<!-- /mvm:geo:jit/go --> go's time
//! ```
//!
//! Blocks: `system` (machine, versions, method), `main` (times and
//! speedups), `go` (time relative to Go), `sweep` (threshold sweep),
//! `compile` (JIT activity and compile share), `memory` (peak RSS),
//! `missing` (cells without a time). Inline values: `geo:A/B` (geometric
//! mean over the programs of t_A / t_B), `ratio:PROGRAM:A/B` (one
//! program's t_A / t_B), `time:PROGRAM:ENGINE` (median wall time),
//! `rss:PROGRAM:ENGINE` (peak RSS), `count` (programs measured, start-up
//! ones left out), `compile-max` (the largest compile
//! share of any program). A marker whose value the run lacks becomes `n/a`.
//! With several reports (the main suite and the peer programs), `peers@go`
//! names the report.

use crate::report::Report;
use crate::stats::{geomean, paired_ratios, Summary};
use crate::table::{self, fmt_ratio, fmt_secs, Align};
use std::fmt::Write;

/// Rewrites every marked region of `text` from the named reports; a
/// marker `NAME@what` reads report NAME, a plain `what` the first one.
/// Errors name a marker that is not understood or not closed.
pub fn fill(text: &str, reports: &[(String, Report)]) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!-- mvm:") {
        let open_end = rest[start..].find("-->").ok_or("unterminated <!-- mvm: marker")? + start + 3;
        let name = rest[start + "<!-- mvm:".len()..open_end - 3].trim().to_string();
        let close = format!("<!-- /mvm:{name} -->");
        let close_at = rest[open_end..].find(&close).ok_or_else(|| format!("marker {name}: no {close}"))? + open_end;
        let old = &rest[open_end..close_at];
        out.push_str(&rest[..open_end]);
        let (r, what) = match name.split_once('@') {
            Some((rep, what)) => {
                let r = reports
                    .iter()
                    .find(|(n, _)| n == rep)
                    .ok_or_else(|| format!("marker {name}: no report {rep:?}"))?;
                (&r.1, what)
            }
            None => (&reports.first().ok_or("no report")?.1, name.as_str()),
        };
        // Blocks keep their own lines; inline values stay inline.
        if old.starts_with('\n') {
            out.push('\n');
            out.push_str(block(what, r)?.trim_end());
            out.push('\n');
        } else {
            out.push_str(&inline(what, r)?);
        }
        out.push_str(&close);
        rest = &rest[close_at + close.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

fn block(name: &str, r: &Report) -> Result<String, String> {
    Ok(match name {
        "system" => system(r),
        "main" => table::main_table(r),
        "go" => table::go_table(r).unwrap_or_else(|| "(go was not measured in this run)\n".into()),
        "sweep" => table::sweep_table(r).unwrap_or_else(|| "(no threshold sweep in this run)\n".into()),
        "compile" => compile_table(r),
        "memory" => memory_table(r),
        "missing" => {
            let n = table::notes(r);
            if n.is_empty() {
                "Every engine ran every program correctly.\n".into()
            } else {
                n
            }
        }
        _ => return Err(format!("unknown block marker mvm:{name}")),
    })
}

/// Median over the rounds of t_a / t_b on one program, from the runs
/// themselves (any pair of engines, not only the report's ratio columns).
fn time_ratio(r: &Report, p: &str, a: &str, b: &str) -> Option<f64> {
    let (ca, cb) = (r.cell(p, a)?, r.cell(p, b)?);
    let rounds = r.settings.runs;
    Summary::of(&paired_ratios(&ca.by_round(rounds), &cb.by_round(rounds))).map(|s| s.median)
}

fn inline(name: &str, r: &Report) -> Result<String, String> {
    let na = || "n/a".to_string();
    let parts: Vec<&str> = name.split(':').collect();
    let pair = |s: &str| s.split_once('/').map(|(a, b)| (a.to_string(), b.to_string()));
    Ok(match parts.as_slice() {
        ["geo", ab] => {
            let (a, b) = pair(ab).ok_or_else(|| format!("marker {name}: want geo:A/B"))?;
            let vals: Vec<f64> = r
                .settings
                .programs
                .iter()
                .filter(|p| !r.startup_programs.contains(p))
                .filter_map(|p| time_ratio(r, p, &a, &b))
                .collect();
            geomean(&vals).map(fmt_ratio).unwrap_or_else(na)
        }
        ["ratio", p, ab] => {
            let (a, b) = pair(ab).ok_or_else(|| format!("marker {name}: want ratio:PROGRAM:A/B"))?;
            time_ratio(r, p, &a, &b).map(fmt_ratio).unwrap_or_else(na)
        }
        ["time", p, e] => {
            r.cell(p, e).filter(|c| c.ok).and_then(|c| c.wall.as_ref()).map(|w| fmt_secs(w.median)).unwrap_or_else(na)
        }
        ["rss", p, e] => r.cell(p, e).filter(|c| c.ok).and_then(|c| c.max_rss_kb).map(fmt_rss).unwrap_or_else(na),
        ["count"] => r.settings.programs.iter().filter(|p| !r.startup_programs.contains(p)).count().to_string(),
        ["compile-max"] => r
            .cells
            .iter()
            .filter(|c| c.engine == "jit" && c.ok && !r.startup_programs.contains(&c.program))
            .filter_map(|c| c.jit_compile_pct().map(|p| (p, c.program.clone())))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(p, prog)| format!("{p:.1}% ({prog})"))
            .unwrap_or_else(na),
        _ => return Err(format!("unknown inline marker mvm:{name}")),
    })
}

fn fmt_rss(kb: u64) -> String {
    if kb >= 10 * 1024 {
        format!("{} MB", kb / 1024)
    } else {
        format!("{:.1} MB", kb as f64 / 1024.0)
    }
}

fn system(r: &Report) -> String {
    let s = &r.system;
    let mut o = String::new();
    let _ = writeln!(o, "- date: {}", s.date);
    let _ = writeln!(
        o,
        "- commit: {}{}",
        s.git_commit.as_deref().unwrap_or("unknown"),
        if s.git_dirty == Some(true) { " (with uncommitted changes)" } else { "" }
    );
    let _ = writeln!(o, "- machine: {} ({} cores), {}, kernel {}", s.cpu, s.cores, s.os, s.kernel);
    let _ = writeln!(o, "- {}; {}", s.rustc, s.go.as_deref().unwrap_or("go: not found"));
    let _ = writeln!(o, "- load average at start: {}", s.load_avg);
    let _ = writeln!(
        o,
        "- method: {} warm-up and {} timed runs per program and engine, rounds interleaved{}; the suite took {:.0} s",
        r.settings.warmup,
        r.settings.runs,
        if r.settings.quick { "; quick (CI-sized) inputs" } else { "" },
        r.elapsed_s
    );
    o
}

/// JIT activity per program: compiled functions, OSR entries, declined,
/// code size, compile time and its share of the run.
fn compile_table(r: &Report) -> String {
    let headers: Vec<String> = ["program", "functions", "OSR entries", "declined", "code", "compile", "share of run"]
        .map(String::from)
        .to_vec();
    let mut rows = Vec::new();
    for p in &r.settings.programs {
        let Some(c) = r.cell(p, "jit").filter(|c| c.ok) else { continue };
        let Some(j) = c.runs.last().and_then(|run| run.jit.as_ref()) else { continue };
        rows.push(vec![
            p.clone(),
            j.functions.to_string(),
            j.osr_entries.to_string(),
            j.declined.to_string(),
            format!("{:.1} KB", j.code_bytes as f64 / 1024.0),
            c.jit_compile_ms.as_ref().map_or("-".into(), |m| format!("{:.2} ms", m.median)),
            c.jit_compile_pct().map_or("-".into(), |x| format!("{x:.1}%")),
        ]);
    }
    if rows.is_empty() {
        return "(the jit engine was not measured in this run)\n".into();
    }
    let mut align = vec![Align::Left];
    align.resize(headers.len(), Align::Right);
    table::render(&headers, &rows, &align)
}

/// Peak resident memory per program and engine.
fn memory_table(r: &Report) -> String {
    let engines = &r.settings.engines;
    let mut headers = vec!["program".to_string()];
    headers.extend(engines.iter().cloned());
    let mut rows = Vec::new();
    for p in &r.settings.programs {
        let mut row = vec![p.clone()];
        for e in engines {
            row.push(r.cell(p, e).filter(|c| c.ok).and_then(|c| c.max_rss_kb).map_or("-".into(), fmt_rss));
        }
        rows.push(row);
    }
    let mut align = vec![Align::Left];
    align.resize(headers.len(), Align::Right);
    table::render(&headers, &rows, &align)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{compute_ratios, Cell, Run, Settings};
    use crate::sysinfo::SysInfo;

    fn report() -> Report {
        let cell = |p: &str, e: &str, t: f64| {
            let mut c = Cell::new(p, e, vec![]);
            for round in 0..3 {
                c.runs.push(Run {
                    round,
                    wall_s: t,
                    user_s: t,
                    sys_s: 0.0,
                    max_rss_kb: 20480,
                    status: "ok".into(),
                    detail: None,
                    jit: None,
                });
            }
            c.finish();
            c
        };
        let cells =
            vec![cell("fib", "jit", 0.5), cell("fib", "go", 0.25), cell("sieve", "jit", 1.0), cell("sieve", "go", 1.0)];
        let programs = vec!["fib".to_string(), "sieve".to_string()];
        let engines = vec!["jit".to_string(), "go".to_string()];
        let ratios = compute_ratios(&cells, &programs, &engines, 3);
        Report {
            system: SysInfo {
                date: "d".into(),
                cpu: "c".into(),
                cores: 2,
                os: "o".into(),
                kernel: "k".into(),
                rustc: "r".into(),
                go: None,
                git_commit: None,
                git_dirty: None,
                mvm: "m".into(),
                mvm_version: None,
                load_avg: "0".into(),
            },
            settings: Settings {
                quick: false,
                warmup: 1,
                runs: 3,
                timeout_s: 1.0,
                engines,
                programs,
                thresholds: vec![],
            },
            startup_programs: vec![],
            cells,
            sweep: vec![],
            ratios,
            elapsed_s: 1.0,
        }
    }

    #[test]
    fn fills_inline_and_block_markers() {
        let r = vec![("main".to_string(), report())];
        let t = "a <!-- mvm:geo:jit/go -->?<!-- /mvm:geo:jit/go --> b\n<!-- mvm:memory -->\nold\n<!-- /mvm:memory -->\nc <!-- mvm:ratio:fib:jit/go -->x<!-- /mvm:ratio:fib:jit/go --> <!-- mvm:time:sieve:go --><!-- /mvm:time:sieve:go -->\n";
        let out = fill(t, &r).unwrap();
        // geomean of 2 and 1
        assert!(out.starts_with("a <!-- mvm:geo:jit/go -->1.41×<!-- /mvm:geo:jit/go --> b\n"), "{out}");
        assert!(out.contains("<!-- mvm:memory -->\n| program |") && !out.contains("old"), "{out}");
        assert!(out.contains("20 MB"));
        assert!(out.contains("-->2.00×<!--") && out.contains("-->1.00 s<!--"), "{out}");
        // idempotent
        assert_eq!(fill(&out, &r).unwrap(), out);
    }

    #[test]
    fn bad_markers_are_errors() {
        let r = vec![("main".to_string(), report()), ("peers".to_string(), report())];
        assert!(fill("<!-- mvm:geo:jit/go -->1", &r).is_err());
        assert!(fill("<!-- mvm:nope --><!-- /mvm:nope -->", &r).is_err());
        assert_eq!(
            fill("<!-- mvm:ratio:zz:jit/go --><!-- /mvm:ratio:zz:jit/go -->", &r).unwrap(),
            "<!-- mvm:ratio:zz:jit/go -->n/a<!-- /mvm:ratio:zz:jit/go -->"
        );
    }
}
