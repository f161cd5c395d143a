//! Optimisation passes: plain functions over a `Function` (or `Module`).
//!
//! See docs/decisions/0014-ir-passes.md for what each pass may assume
//! about panics and unwinding.

pub mod bce;
pub mod constfold;
pub mod dce;
pub mod devirt;
pub mod gvn;
pub mod inline;
pub mod licm;
pub mod simplify_cfg;
pub mod simplify_params;

use crate::function::Function;
use crate::module::Module;

type Pass = fn(&mut Function) -> bool;

/// Cleanup before inlining, so callees are measured at their real size.
const EARLY: &[(&str, Pass)] = &[
    ("simplify_params", simplify_params::run),
    ("constfold", constfold::run),
    ("simplify_cfg", simplify_cfg::run),
    ("dce", dce::run),
];

/// After inlining (which cleans up the functions it changed).
/// LICM first, so the constants hoisted out of several loops merge.
/// The CFG cleanup drops the preheaders nothing was hoisted into.
const LATE: &[(&str, Pass)] = &[
    ("licm", licm::run),
    ("simplify_cfg", simplify_cfg::run),
    ("gvn", gvn::run),
    ("bce", bce::run),
    ("dce", dce::run),
];

/// The default pipeline. Debug builds and `MVM_VERIFY=1` verify the IR after
/// every pass.
pub fn optimize(m: &mut Module) {
    let verify = cfg!(debug_assertions) || std::env::var_os("MVM_VERIFY").is_some();
    run_each(m, EARLY, verify);
    devirt::run(m);
    inline::run(m);
    // Inlining exposes more constant method tables (a constructor's result
    // converted to an interface); the calls devirtualized then get their
    // own round of inlining.
    if devirt::run(m) {
        inline::run(m);
    }
    if verify {
        if let Err(e) = crate::verify::verify_module(m) {
            panic!("IR verifier failed after inline: {e}");
        }
    }
    run_each(m, LATE, verify);
}

fn run_each(m: &mut Module, passes: &[(&str, Pass)], verify: bool) {
    for i in 0..m.funcs.len() {
        for &(name, pass) in passes {
            pass(&mut m.funcs[i]);
            if verify {
                if let Err(e) = crate::verify::verify_function(&m.funcs[i], Some(m)) {
                    panic!("IR verifier failed after {name}: {e}");
                }
            }
        }
    }
}
