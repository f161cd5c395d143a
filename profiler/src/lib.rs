//! Mvm's profiler: the tier-up policy and reports of the counters the
//! interpreter keeps.
//!
//! The counters themselves live where the hot paths touch them (a call
//! counter in each function's `runtime::FuncInfo`, a back-edge counter per
//! loop in the interpreter's per-function state); this crate decides what
//! the counts mean and presents them. Counting stops where a tier takes
//! over: calls made by compiled code to compiled code and trips of loops
//! entered through OSR are not counted.

mod policy;
mod report;

pub use policy::Policy;
pub use report::{FuncProfile, LoopProfile, Profile, TierState};
