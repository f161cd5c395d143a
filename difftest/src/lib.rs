//! Differential testing of Mvm: a generator of random, deterministic Go
//! programs (a small Csmith for Go), a runner that compares Mvm's engines
//! with each other and with real Go, and a reducer for mismatches.

pub mod campaign;
pub mod gen;
pub mod reduce;
pub mod rng;
pub mod run;
