//! Mvm as a library: compile Go source, then run it under one of the
//! engines (tree-walking, bytecode interpreter, tiered JIT).
//!
//! ```no_run
//! let prog = mvm::Program::from_files(vec![("hello.go".into(), "package main\nfunc main() { println(1) }\n".into())]).unwrap();
//! let out = prog.run(&mvm::Config::default());
//! assert_eq!(out.exit_code, 0);
//! ```

mod embed;
mod session;

pub use embed::{Builder, Instance, Val};
pub use interp::Dispatch;
pub use session::{Config, EngineKind, Limit, Limits, Outcome, Program};

/// The message of a caught Rust panic (for reporting mvm bugs).
pub fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    session::panic_text(p)
}
