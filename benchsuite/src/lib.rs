//! benchsuite: the Mvm benchmark harness.
//!
//! Runs the Go programs of `programs/` under every engine (mvm's ast,
//! vm-switch, vm-threaded, jit, jit-no-osr; real Go; peers such as yaegi),
//! checks every output, and reports medians, paired ratios and JIT compile
//! times as JSON, Markdown and SVG plots. See README.md.

pub mod config;
pub mod exec;
pub mod inputs;
pub mod paper;
pub mod plot;
pub mod report;
pub mod runner;
pub mod stats;
pub mod sysinfo;
pub mod table;
pub mod trace;
