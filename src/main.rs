//! The `mvm` command: run Go programs from source.

use clap::{Args, Parser, Subcommand, ValueEnum};
use mvm::{Config, Dispatch, EngineKind, Limits, Program};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "mvm", version, about = "Run Go programs from source: SSA IR, threaded bytecode, Cranelift JIT")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run a Go program (`mvm prog.go` is short for `mvm run prog.go`).
    Run {
        #[command(flatten)]
        eng: EngineArgs,
        /// The program's source file (more `.go` files may follow, as
        /// with `go run a.go b.go`).
        file: String,
        /// Further source files, then the arguments passed to the program
        /// (os.Args[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the optimized IR of a program.
    Ir { file: String },
    /// Print the bytecode of a program.
    Bytecode {
        #[arg(long, value_enum, default_value_t = DispatchArg::Threaded)]
        dispatch: DispatchArg,
        file: String,
    },
}

#[derive(Args)]
struct EngineArgs {
    /// ast: tree-walking; vm: bytecode interpreter; jit: tiered (default).
    #[arg(long, value_enum, default_value_t = EngineArg::Jit)]
    engine: EngineArg,
    /// Bytecode dispatch: threaded (tail calls) or switch (loop + match).
    #[arg(long, value_enum, default_value_t = DispatchArg::Threaded)]
    dispatch: DispatchArg,
    /// Calls or loop trips before code is compiled (0: compile everything).
    #[arg(long, default_value_t = 1000)]
    jit_threshold: u32,
    /// Print one line per JIT compilation or refusal to stderr.
    #[arg(long)]
    trace_jit: bool,
    /// Do not enter hot loops of running frames through OSR.
    #[arg(long)]
    no_osr: bool,
    /// At exit, print the hottest functions' call and loop counters.
    #[arg(long)]
    profile: bool,
    /// End the program (exit 2) after this much wall-clock time: 500ms, 10s, 2m.
    #[arg(long, value_parser = parse_duration)]
    time_limit: Option<std::time::Duration>,
    /// End the program (exit 2) when its live heap would exceed this: 512M, 2G, 100000K.
    #[arg(long, value_parser = parse_bytes)]
    memory_limit: Option<usize>,
}

fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len()));
    let x: f64 = num.parse().map_err(|_| format!("invalid duration {s:?}"))?;
    let secs = match unit {
        "ms" => x / 1e3,
        "s" | "" => x,
        "m" => x * 60.0,
        "h" => x * 3600.0,
        _ => return Err(format!("invalid duration {s:?} (units: ms, s, m, h)")),
    };
    std::time::Duration::try_from_secs_f64(secs).map_err(|_| format!("invalid duration {s:?}"))
}

fn parse_bytes(s: &str) -> Result<usize, String> {
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: usize = num.parse().map_err(|_| format!("invalid size {s:?}"))?;
    let k = match unit.to_ascii_uppercase().trim_end_matches("IB").trim_end_matches('B') {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        _ => return Err(format!("invalid size {s:?} (units: K, M, G)")),
    };
    n.checked_mul(k).ok_or_else(|| format!("size {s:?} is too large"))
}

#[derive(Copy, Clone, ValueEnum)]
enum EngineArg {
    Ast,
    Vm,
    Jit,
}

#[derive(Copy, Clone, ValueEnum)]
enum DispatchArg {
    Threaded,
    Switch,
}

impl DispatchArg {
    fn get(self) -> Dispatch {
        match self {
            DispatchArg::Threaded => Dispatch::Threaded,
            DispatchArg::Switch => Dispatch::Switch,
        }
    }
}

const SUBCOMMANDS: &[&str] = &["run", "ir", "bytecode", "help"];

fn main() -> ExitCode {
    // Rust panics are mvm bugs: report them in one line; the caller turns
    // them into an error exit (compile: 1, run: 2).
    std::panic::set_hook(Box::new(|info| {
        let loc = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("mvm: bug: {}{loc}", mvm::panic_message(info.payload()));
    }));
    let mut argv: Vec<String> = std::env::args().collect();
    // `mvm [flags] prog.go args...` means `mvm run [flags] prog.go args...`.
    if let Some(first) = argv.get(1) {
        if !SUBCOMMANDS.contains(&first.as_str()) && (first.ends_with(".go") || first.starts_with("--")) {
            argv.insert(1, "run".into());
        }
    }
    let cli = Cli::parse_from(argv);
    match cli.cmd {
        Cmd::Run { eng, file, args } => run(&eng, &file, args),
        Cmd::Ir { file } => with_program(&file, |p| {
            print!("{}", p.ir_text());
            ExitCode::SUCCESS
        }),
        Cmd::Bytecode { dispatch, file } => with_program(&file, |p| match p.bytecode_text(dispatch.get()) {
            Ok(s) => {
                print!("{s}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("mvm: {e}");
                ExitCode::from(1)
            }
        }),
    }
}

fn with_program(file: &str, f: impl FnOnce(&mut Program) -> ExitCode) -> ExitCode {
    match Program::from_path(file) {
        Ok(mut p) => f(&mut p),
        Err(errs) => {
            report_errors(&errs);
            ExitCode::from(1)
        }
    }
}

fn report_errors(errs: &[String]) {
    let mut e = std::io::stderr().lock();
    // gc stops after ten errors; the checker and parser end such a list
    // with gc's "<position>: too many errors".
    for m in errs.iter().take(10) {
        let _ = writeln!(e, "{m}");
    }
    if let Some(m) = errs.get(10) {
        let _ = writeln!(e, "{}", if m.ends_with("too many errors") { m.as_str() } else { "too many errors" });
    }
}

fn run(eng: &EngineArgs, file: &str, mut args: Vec<String>) -> ExitCode {
    let nfiles = args.iter().take_while(|a| a.ends_with(".go")).count();
    let files: Vec<String> = std::iter::once(file.to_string()).chain(args.drain(..nfiles)).collect();
    let cfg = Config {
        engine: match eng.engine {
            EngineArg::Ast => EngineKind::Ast,
            EngineArg::Vm => EngineKind::Vm,
            EngineArg::Jit => EngineKind::Jit,
        },
        dispatch: eng.dispatch.get(),
        jit_threshold: eng.jit_threshold,
        osr: !eng.no_osr,
        trace_jit: eng.trace_jit,
        profile: eng.profile,
        limits: Limits { time: eng.time_limit, memory: eng.memory_limit },
        args,
        ..Config::default()
    };
    let paths: Vec<&str> = files.iter().map(String::as_str).collect();
    let prog = match Program::from_paths(&paths) {
        Ok(p) => p,
        Err(errs) => {
            report_errors(&errs);
            return ExitCode::from(1);
        }
    };
    let out = prog.run(&cfg);
    ExitCode::from(out.exit_code.clamp(0, 255) as u8)
}
