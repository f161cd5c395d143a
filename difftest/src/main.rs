//! `difftest --seeds 1..1000 [--go] [--out DIR] [--jobs N]`: generates a
//! program per seed, runs it under every engine (and Go), and writes each
//! mismatch, with a reduced reproducer, to DIR.

use clap::{Parser, Subcommand};
use difftest::campaign::{describe, pick_pair, still_differs, Campaign};
use difftest::run::{self, Runner};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser)]
#[command(name = "difftest", about = "Differential testing of mvm's engines (and real Go) on random Go programs")]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(clap::Args, Clone)]
struct RunArgs {
    /// Seeds to run: `A..B` (B excluded), `A..=B`, or one number.
    #[arg(long, default_value = "1..101")]
    seeds: String,
    /// Also build and run every program with the `go` toolchain (the reference).
    #[arg(long)]
    go: bool,
    /// Where mismatches are written.
    #[arg(long, default_value = "difftest-out")]
    out: PathBuf,
    /// Programs checked in parallel.
    #[arg(long, default_value_t = 2)]
    jobs: usize,
    /// Engines to compare (comma-separated): ast, vm, vm-switch, jit0, jit3; also
    /// jit1, jit7, jit3-no-osr, jit0-switch, jit3-switch.
    #[arg(long, default_value = "ast,vm,vm-switch,jit0,jit3")]
    engines: String,
    /// Seconds before a run counts as a hang.
    #[arg(long, default_value_t = 10)]
    timeout: u64,
    /// Do not reduce mismatches.
    #[arg(long)]
    no_reduce: bool,
    /// Candidate runs per reduction.
    #[arg(long, default_value_t = 600)]
    reduce_tests: usize,
    /// A progress line per program.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the program of a seed.
    Gen { seed: u64 },
    /// Run one file under every engine (and Go) and show the comparison.
    Check {
        file: PathBuf,
        #[arg(long)]
        go: bool,
        #[arg(long, default_value = "ast,vm,vm-switch,jit0,jit3")]
        engines: String,
    },
    /// Reduce a mismatching file; prints the reduced program.
    Reduce {
        file: PathBuf,
        #[arg(long)]
        go: bool,
        #[arg(long, default_value = "ast,vm,vm-switch,jit0,jit3")]
        engines: String,
        #[arg(long, default_value_t = 1000)]
        tests: usize,
    },
    /// (Internal) run FILE under ENGINE in this process.
    #[command(hide = true)]
    Exec { engine: String, file: String },
}

fn parse_seeds(s: &str) -> Result<std::ops::Range<u64>, String> {
    let bad = || format!("bad --seeds {s:?} (want A..B, A..=B or N)");
    if let Some((a, b)) = s.split_once("..=") {
        let a: u64 = a.trim().parse().map_err(|_| bad())?;
        let b: u64 = b.trim().parse().map_err(|_| bad())?;
        return Ok(a..b + 1);
    }
    if let Some((a, b)) = s.split_once("..") {
        let a: u64 = a.trim().parse().map_err(|_| bad())?;
        let b: u64 = b.trim().parse().map_err(|_| bad())?;
        return Ok(a..b);
    }
    let a: u64 = s.trim().parse().map_err(|_| bad())?;
    Ok(a..a + 1)
}

fn engines(list: &str) -> Vec<&'static run::Engine> {
    list.split(',')
        .filter(|s| !s.is_empty())
        .map(|n| {
            run::engine(n.trim()).unwrap_or_else(|| {
                eprintln!("unknown engine {n:?}");
                std::process::exit(2)
            })
        })
        .collect()
}

fn runner(go: bool, list: &str, timeout: u64) -> Runner {
    let exe = std::env::current_exe().expect("current exe");
    if go && !run::have_go() {
        eprintln!("--go given but `go` is not on PATH");
        std::process::exit(2);
    }
    Runner { exe, engines: engines(list), go, timeout: Duration::from_secs(timeout) }
}

fn main() {
    let cli = Cli::parse();
    match cli.cmd {
        Some(Cmd::Exec { engine, file }) => std::process::exit(run::exec_child(&engine, &file)),
        Some(Cmd::Gen { seed }) => print!("{}", difftest::gen::generate(seed, &Default::default())),
        Some(Cmd::Check { file, go, engines }) => {
            let src = std::fs::read_to_string(&file).expect("read file");
            let r = runner(go, &engines, 20);
            let dir = scratch();
            let rep = r.check(&src, &dir);
            print!("{}", describe(&rep));
            let m = rep.mismatches();
            if m.is_empty() {
                println!("all agree");
            } else {
                println!("differ from {}: {}", rep.reference().0, m.join(", "));
                std::process::exit(1);
            }
        }
        Some(Cmd::Reduce { file, go, engines, tests }) => {
            let src = std::fs::read_to_string(&file).expect("read file");
            let r = runner(go, &engines, 20);
            let dir = scratch();
            let rep = r.check(&src, &dir);
            if rep.mismatches().is_empty() {
                eprintln!("no mismatch to keep");
                std::process::exit(1);
            }
            let (a, b) = pick_pair(&rep);
            eprintln!("reducing while {a} and {b} disagree");
            let orig_b = rep.get(&b).unwrap().clone();
            let rdir = dir.join("reduce");
            let out =
                difftest::reduce::reduce(&src, |cand| still_differs(&r, &rdir, &a, &b, &orig_b, cand), tests, true);
            print!("{out}");
        }
        None => {
            let a = cli.run;
            let seeds = parse_seeds(&a.seeds).unwrap_or_else(|e| {
                eprintln!("{e}");
                std::process::exit(2)
            });
            let c = Campaign {
                seeds,
                runner: runner(a.go, &a.engines, a.timeout),
                gen: Default::default(),
                out: a.out.clone(),
                work: scratch(),
                jobs: a.jobs,
                reduce: !a.no_reduce,
                reduce_tests: a.reduce_tests,
                verbose: a.verbose,
            };
            let s = c.run();
            println!("{} programs, {} mismatches, {} findings in all", s.programs, s.mismatches(), s.findings.len());
            for f in &s.findings {
                let red = f.reduced_lines.map(|n| format!(", reduced to {n} lines")).unwrap_or_default();
                println!(
                    "  seed {}: {} ({} vs {}){red}: {}",
                    f.seed,
                    f.kind,
                    f.reference,
                    f.engines.join(","),
                    f.dir.display()
                );
            }
            let _ = std::fs::remove_dir_all(&c.work);
            if !s.findings.is_empty() {
                std::process::exit(1);
            }
        }
    }
}

/// A fresh scratch directory under the system's temp dir.
fn scratch() -> PathBuf {
    let d = std::env::temp_dir().join(format!("difftest-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&d);
    d
}
