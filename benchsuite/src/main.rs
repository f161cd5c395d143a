//! `benchsuite`: measure mvm's engines against each other, real Go and peers.

use benchsuite::config::{self, PeerSpec, ProgramSpec};
use benchsuite::plot;
use benchsuite::report::{compute_ratios, Report, Settings};
use benchsuite::runner::{self, Engine, Kind, Plan};
use benchsuite::sysinfo;
use benchsuite::table;
use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const CRATE_DIR: &str = env!("CARGO_MANIFEST_DIR");

#[derive(Parser, Debug)]
#[command(name = "benchsuite", about = "Benchmark mvm's engines against each other, real Go and peer runtimes")]
struct Cli {
    /// CI-sized inputs, one run, no warm-up (unless --runs/--warmup say otherwise).
    #[arg(long)]
    quick: bool,
    /// Only these programs (comma-separated names from programs/suite.toml).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Only these engines (comma-separated): ast, vm-switch, vm-threaded,
    /// jit, jit-no-osr, go, and peer names.
    #[arg(long, value_delimiter = ',')]
    engines: Vec<String>,
    /// Timed runs per program and engine [default: 5, quick: 1].
    #[arg(long)]
    runs: Option<usize>,
    /// Warm-up runs per program and engine [default: 1, quick: 0].
    #[arg(long)]
    warmup: Option<usize>,
    /// Per-run timeout in seconds.
    #[arg(long, default_value_t = 120.0)]
    timeout: f64,
    /// Output directory [default: benchsuite/results, quick: benchsuite/results/quick].
    #[arg(long)]
    out: Option<PathBuf>,
    /// Also run the jit engine at each --thresholds value (threshold-sweep plot).
    #[arg(long)]
    threshold_sweep: bool,
    /// Thresholds of the sweep.
    #[arg(long, value_delimiter = ',', default_value = "0,10,100,1000,10000")]
    thresholds: Vec<u32>,
    /// The mvm binary [default: next to this executable].
    #[arg(long)]
    mvm: Option<PathBuf>,
    /// Directory of the programs and suite.toml.
    #[arg(long)]
    programs: Option<PathBuf>,
    /// Peer runtimes file [default: benchsuite/peers.toml, if present].
    #[arg(long)]
    peers: Option<PathBuf>,
    /// Also run the peers found on this machine (yaegi on PATH, the built
    /// goscript runner) by default; without it they run only when named in
    /// --engines (they take minutes on the full-size programs).
    #[arg(long)]
    with_found_peers: bool,
    /// Regenerate the expected outputs (<name>.out, <name>.quick.out) with real Go, then exit.
    #[arg(long)]
    regen: bool,
    /// List programs and engines, then exit.
    #[arg(long)]
    list: bool,
    /// Do not draw the progress bar.
    #[arg(long)]
    no_progress: bool,
    /// After the run, rewrite the measured numbers of this Markdown paper
    /// (its `<!-- mvm:... -->` markers) from the results.
    #[arg(long)]
    paper: Option<PathBuf>,
    /// With --paper: take the results from these results.json files
    /// (`NAME=PATH`; a plain path is `main`) instead of running the suite.
    #[arg(long, requires = "paper", value_delimiter = ',')]
    from: Vec<String>,
}

/// mvm next to this executable, or in a sibling profile directory, or the
/// workspace's target/release.
fn find_mvm() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?;
    let mut cands = vec![dir.join("mvm")];
    // target/<profile>/deps/benchsuite-xxx (tests) or target/debug/benchsuite
    if let Some(target) = dir.parent() {
        cands.push(target.join("release").join("mvm"));
        if let Some(t2) = target.parent() {
            cands.push(t2.join("release").join("mvm"));
        }
    }
    cands.push(Path::new(CRATE_DIR).join("../target/release/mvm"));
    cands.into_iter().find(|p| p.is_file()).map(|p| std::fs::canonicalize(&p).unwrap_or(p))
}

/// The configured peers, then those found on this machine (`found` from
/// the given index on).
fn load_peers(cli: &Cli) -> Result<(Vec<PeerSpec>, usize), String> {
    let path = cli.peers.clone().unwrap_or_else(|| Path::new(CRATE_DIR).join("peers.toml"));
    let mut peers = if path.exists() {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        config::parse_peers(&text).map_err(|e| format!("{}: {e}", path.display()))?
    } else if cli.peers.is_some() {
        return Err(format!("{}: not found", path.display()));
    } else {
        vec![]
    };
    let configured = peers.len();
    if !peers.iter().any(|p| p.name == "yaegi") && config::which("yaegi").is_some() {
        peers.push(PeerSpec { name: "yaegi".into(), command: "yaegi run {prog} {args}".into() });
    }
    // goscript through the runner in peers/goscript-run, once built.
    let built = Path::new(CRATE_DIR).join("peers/goscript-run/target/release/goscript-run");
    let goscript = if built.is_file() { Some(built) } else { config::which("goscript-run") };
    if let (false, Some(bin)) = (peers.iter().any(|p| p.name == "goscript"), goscript) {
        peers.push(PeerSpec { name: "goscript".into(), command: format!("'{}' {{prog}} {{args}}", bin.display()) });
    }
    Ok((peers, configured))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match real_main(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("benchsuite: {e}");
            ExitCode::from(2)
        }
    }
}

fn fill_paper(paper: &Path, reports: &[(String, Report)]) -> Result<(), String> {
    let text = std::fs::read_to_string(paper).map_err(|e| format!("{}: {e}", paper.display()))?;
    let new = benchsuite::paper::fill(&text, reports).map_err(|e| format!("{}: {e}", paper.display()))?;
    write(paper, &new)?;
    eprintln!("benchsuite: updated {}", paper.display());
    Ok(())
}

fn real_main(cli: Cli) -> Result<ExitCode, String> {
    let started = Instant::now();
    if let (Some(paper), false) = (&cli.paper, cli.from.is_empty()) {
        let mut reports = Vec::new();
        for f in &cli.from {
            let (name, path) = f.split_once('=').unwrap_or(("main", f));
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            let report: Report = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
            reports.push((name.to_string(), report));
        }
        fill_paper(paper, &reports)?;
        return Ok(ExitCode::SUCCESS);
    }
    let programs_dir = cli.programs.clone().unwrap_or_else(|| Path::new(CRATE_DIR).join("programs"));
    let suite = config::load_suite(&programs_dir)?;
    let programs: Vec<ProgramSpec> = if cli.only.is_empty() {
        suite.clone()
    } else {
        let mut v = Vec::new();
        for name in &cli.only {
            let p = suite.iter().find(|p| &p.name == name).ok_or_else(|| {
                format!(
                    "unknown program {name:?}; known: {}",
                    suite.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
                )
            })?;
            v.push(p.clone());
        }
        v
    };
    let go = config::which("go");
    let timeout = Duration::from_secs_f64(cli.timeout);

    if cli.regen {
        let go = go.ok_or("--regen needs go on PATH")?;
        runner::regen(&programs_dir, &programs, &go, timeout)?;
        return Ok(ExitCode::SUCCESS);
    }

    // Engines: mvm's, then go, then peers.
    let (peers, configured) = load_peers(&cli)?;
    let mut known: Vec<Engine> = runner::mvm_engines();
    known.push(Engine { name: "go".into(), kind: Kind::Go, trace_jit: false });
    let mut found: Vec<String> = Vec::new();
    for (i, p) in peers.iter().enumerate() {
        known.push(Engine { name: p.name.clone(), kind: Kind::Peer(p.command.clone()), trace_jit: false });
        if i >= configured {
            found.push(p.name.clone());
        }
    }
    let engines: Vec<Engine> = if cli.engines.is_empty() {
        known
            .iter()
            .filter(|e| e.name != "go" || go.is_some())
            .filter(|e| cli.with_found_peers || !found.contains(&e.name))
            .cloned()
            .collect()
    } else {
        let mut v = Vec::new();
        for name in &cli.engines {
            let e = known.iter().find(|e| &e.name == name).ok_or_else(|| {
                format!(
                    "unknown engine {name:?}; known: {}",
                    known.iter().map(|e| e.name.as_str()).collect::<Vec<_>>().join(", ")
                )
            })?;
            v.push(e.clone());
        }
        v
    };
    let mvm = cli.mvm.clone().or_else(find_mvm);

    if cli.list {
        println!("programs ({}):", programs_dir.display());
        for p in &suite {
            println!("  {:<18} full {:?}, quick {:?}  {}", p.name, p.args, p.quick, p.about);
        }
        println!("engines: {}", known.iter().map(|e| e.name.as_str()).collect::<Vec<_>>().join(", "));
        println!("mvm: {}", mvm.as_ref().map_or("not found".into(), |p| p.display().to_string()));
        println!("go: {}", go.as_ref().map_or("not found".into(), |p| p.display().to_string()));
        return Ok(ExitCode::SUCCESS);
    }
    if mvm.is_none() {
        eprintln!("benchsuite: warning: no mvm binary found (build it, or pass --mvm); mvm engines are n/a");
    }

    let thresholds: Vec<u32> = if cli.threshold_sweep { cli.thresholds.clone() } else { vec![] };
    let mut all_engines = engines.clone();
    all_engines.extend(thresholds.iter().map(|&t| runner::sweep_engine_def(t)));
    let runs = cli.runs.unwrap_or(if cli.quick { 1 } else { 5 }).max(1);
    let warmup = cli.warmup.unwrap_or(if cli.quick { 0 } else { 1 });
    let uses_go = engines.iter().any(|e| matches!(e.kind, Kind::Go));
    let plan = Plan {
        programs_dir: programs_dir.clone(),
        programs: programs.clone(),
        engines: all_engines,
        mvm: mvm.clone(),
        go: if uses_go { go.clone() } else { None },
        quick: cli.quick,
        warmup,
        runs,
        timeout,
    };

    let system = sysinfo::collect(&programs_dir, mvm.as_deref().unwrap_or(Path::new("mvm")), go.as_deref());
    let pb = ProgressBar::new(plan.total_runs());
    if cli.no_progress {
        pb.set_draw_target(ProgressDrawTarget::hidden());
    } else {
        pb.set_draw_target(ProgressDrawTarget::stderr());
    }
    pb.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:30.cyan/blue}] {pos}/{len} eta {eta} {msg}")
            .unwrap()
            .progress_chars("=> "),
    );
    let cells = runner::run_plan(&plan, &pb);
    pb.finish_and_clear();

    let (sweep, cells): (Vec<_>, Vec<_>) = cells.into_iter().partition(|c| {
        c.engine.starts_with("jit-t") && thresholds.iter().any(|&t| c.engine == benchsuite::report::sweep_engine(t))
    });
    let engine_names: Vec<String> = engines.iter().map(|e| e.name.clone()).collect();
    let program_names: Vec<String> = programs.iter().map(|p| p.name.clone()).collect();
    let ratios = compute_ratios(&cells, &program_names, &engine_names, runs);
    let report = Report {
        system,
        settings: Settings {
            quick: cli.quick,
            warmup,
            runs,
            timeout_s: cli.timeout,
            engines: engine_names.clone(),
            programs: program_names.clone(),
            thresholds: thresholds.clone(),
        },
        startup_programs: programs.iter().filter(|p| p.startup).map(|p| p.name.clone()).collect(),
        cells,
        sweep,
        ratios,
        elapsed_s: started.elapsed().as_secs_f64(),
    };

    let out = cli.out.clone().unwrap_or_else(|| {
        let base = Path::new(CRATE_DIR).join("results");
        if cli.quick {
            base.join("quick")
        } else {
            base
        }
    });
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    write(&out.join("results.json"), &json)?;
    let md = table::markdown(&report);
    write(&out.join("results.md"), &md)?;
    draw_plots(&report, &out);

    println!("{md}");
    eprintln!("benchsuite: wrote {} ({:.1} s)", out.display(), report.elapsed_s);
    if let Some(paper) = &cli.paper {
        fill_paper(paper, &[("main".to_string(), report)])?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn draw_plots(r: &Report, out: &Path) {
    let programs = &r.settings.programs;
    for base in ["vm-switch", "ast"] {
        if !r.cells.iter().any(|c| c.engine == base && c.ok) {
            continue;
        }
        let series: Vec<(String, Vec<Option<f64>>)> = r
            .settings
            .engines
            .iter()
            .filter(|e| e.as_str() != base)
            .map(|e| (e.clone(), programs.iter().map(|p| r.ratio(p, e, base).map(|x| x.speedup.median)).collect()))
            .filter(|(_, v): &(String, Vec<Option<f64>>)| v.iter().any(|x| x.is_some()))
            .collect();
        let path = out.join(format!("speedup-vs-{base}.svg"));
        let title = format!("Speedup over {base} (median of paired rounds)");
        if let Err(e) = plot::speedup_chart(&path, &title, programs, &series) {
            eprintln!("benchsuite: {}: {e}", path.display());
        }
    }
    let jit: Vec<Option<&benchsuite::report::Cell>> =
        programs.iter().map(|p| r.cell(p, "jit").filter(|c| c.ok && c.jit_compile_ms.is_some())).collect();
    if jit.iter().any(|c| c.is_some()) {
        let compile: Vec<Option<f64>> =
            jit.iter().map(|c| c.and_then(|c| c.jit_compile_ms.as_ref()).map(|j| j.median)).collect();
        let wall: Vec<Option<f64>> =
            jit.iter().map(|c| c.and_then(|c| c.wall.as_ref()).map(|w| w.median * 1e3)).collect();
        let path = out.join("compile-vs-run.svg");
        if let Err(e) = plot::compile_chart(&path, programs, &compile, &wall) {
            eprintln!("benchsuite: {}: {e}", path.display());
        }
    }
    if !r.sweep.is_empty() {
        let ts = &r.settings.thresholds;
        let series: Vec<(String, Vec<Option<f64>>)> = programs
            .iter()
            .filter(|p| !r.startup_programs.contains(p))
            .map(|p| {
                let t: Vec<Option<f64>> = ts
                    .iter()
                    .map(|&t| r.sweep_cell(p, t).filter(|c| c.ok).and_then(|c| c.wall.as_ref()).map(|w| w.median))
                    .collect();
                let best = t.iter().flatten().cloned().fold(f64::INFINITY, f64::min);
                (p.clone(), t.iter().map(|x| x.map(|v| v / best)).collect())
            })
            .filter(|(_, v): &(String, Vec<Option<f64>>)| v.iter().any(|x| x.is_some()))
            .collect();
        let path = out.join("threshold-sweep.svg");
        if let Err(e) = plot::sweep_chart(&path, ts, &series) {
            eprintln!("benchsuite: {}: {e}", path.display());
        }
    }
}
