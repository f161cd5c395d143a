//! Optimisation passes: plain functions over a `Function` (or `Module`).

pub mod constfold;
pub mod dce;
pub mod simplify_params;

use crate::module::Module;

/// The default pipeline, run on every function of a module.
pub fn optimize(m: &mut Module) {
    let verify = cfg!(debug_assertions) || std::env::var_os("MVM_VERIFY").is_some();
    for i in 0..m.funcs.len() {
        let f = &mut m.funcs[i];
        simplify_params::run(f);
        constfold::run(f);
        dce::run(f);
        if verify {
            if let Err(e) = crate::verify::verify_function(&m.funcs[i], None) {
                panic!("IR verifier failed after optimisation: {e}");
            }
        }
    }
}
