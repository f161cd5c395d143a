//! Mvm's runtime: value layout, the garbage-collected heap, and the native
//! functions compiled code calls. Knows Go's value semantics, not its
//! syntax.

pub mod bufiolib;
pub mod chan;
pub mod ctx;
pub mod errorslib;
pub mod flaglib;
pub mod fmt;
pub mod fmtscan;
pub mod gc;
pub mod heap;
pub mod host;
pub mod iface;
pub mod layout;
pub mod limits;
pub mod maps;
pub mod mathlib;
pub mod mathops;
pub mod native;
pub mod natives;
pub mod oslib;
pub mod output;
pub mod panic;
pub mod print;
pub mod randlib;
pub mod regexp;
pub mod regstack;
pub mod rtlib;
pub mod sched;
pub mod schedlib;
pub mod slices;
pub mod sortlib;
pub mod stackscan;
pub mod strconvlib;
pub mod strings;
pub mod stringslib;
pub mod timelib;
pub mod types;
pub mod unicodelib;
pub mod unicodetables;
pub mod utf8lib;

pub use ctx::{Ctx, Engine, Shared};
pub use native::{Args, NativeFn};
pub use types::{FuncInfo, Kind, TypeDesc};

/// Natives of library packages (fmt, strings, math...), registered beside
/// the core ones.
pub fn lib_natives() -> Vec<(&'static str, NativeFn)> {
    let mut v: Vec<(&'static str, NativeFn)> = vec![
        ("os.Exit", panic::exit),
        ("fmin", mathops::fmin),
        ("fmax", mathops::fmax),
        ("complex_div", mathops::complex_div),
    ];
    for list in [fmt::NATIVES, fmtscan::NATIVES, oslib::NATIVES, bufiolib::NATIVES, timelib::NATIVES] {
        v.extend_from_slice(list);
    }
    for list in [
        schedlib::NATIVES,
        errorslib::NATIVES,
        flaglib::NATIVES,
        rtlib::NATIVES,
        mathlib::NATIVES,
        randlib::NATIVES,
        regexp::NATIVES,
        sortlib::NATIVES,
        stringslib::NATIVES,
        strconvlib::NATIVES,
        unicodelib::NATIVES,
        utf8lib::NATIVES,
    ] {
        v.extend_from_slice(list);
    }
    v
}

/// Ends the process after an unrecoverable runtime failure, as Go's
/// `fatal error:` does (exit status 2).
pub fn fatal(msg: &str) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = writeln!(std::io::stderr(), "fatal error: {msg}");
    std::process::exit(2)
}

/// Go's report for runaway recursion, and its exit status.
pub fn fatal_stack_overflow() -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = writeln!(std::io::stderr(), "runtime: goroutine stack exceeds 1000000000-byte limit");
    fatal("stack overflow")
}
