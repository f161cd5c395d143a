//! Compiles every test program, whole functions and an OSR entry per loop,
//! for both targets the project supports (the one that is not the host
//! compiles without running), so the lowering is checked on both ISAs.

mod common;

use common::*;
use jit::{Jit, JitOptions, Triple};
use runtime::Shared;
use std::str::FromStr;

fn compile_all_for(triple: &str) {
    let target = Triple::from_str(triple).unwrap();
    for src in ALL {
        let m = prepare(src);
        let mut shared = Box::new(Shared::new());
        let opts = JitOptions { target: Some(target.clone()), verify: true, ..jit_options() };
        let jit = Jit::new(m.clone(), &mut *shared, opts).unwrap();
        for (fid, f) in m.funcs.iter().enumerate() {
            jit.compile(fid).unwrap_or_else(|e| panic!("{triple}: {}: {e}", f.name));
            // Any slot assignment will do for compiling: one per value.
            let slots: Vec<u16> = (0..f.values.len() as u16).collect();
            for h in jit::loop_headers(f) {
                let r = jit.compile_loop(fid, h, &slots, f.sig.results.len() as u32);
                if f.unwind.is_none() {
                    r.unwrap_or_else(|e| panic!("{triple}: {} OSR at {h}: {e}", f.name));
                }
            }
        }
        let s = jit.stats();
        assert_eq!(s.compiled, m.funcs.len());
        assert!(s.code_bytes > 0);
    }
}

#[test]
fn compiles_for_aarch64() {
    compile_all_for("aarch64-unknown-linux-gnu");
}

#[test]
fn compiles_for_x86_64() {
    compile_all_for("x86_64-unknown-linux-gnu");
}

/// A loop of a function with deferred calls gets an OSR entry: its panics
/// are unwound by the interpreter frame it was entered from.
#[test]
fn osr_compiles_functions_with_unwind_info() {
    let m = prepare(UNWIND);
    let mut shared = Box::new(Shared::new());
    let jit = Jit::new(m.clone(), &mut *shared, jit_options()).unwrap();
    let fid = m.func_by_name("guarded").unwrap().index();
    let slots: Vec<u16> = (0..m.funcs[fid].values.len() as u16).collect();
    jit.compile_loop(fid, ir::Block(2), &slots, 1).unwrap();
    assert_eq!(jit.stats().osr_compiled, 1);
    assert_eq!(jit.stats().osr_declined, 0);
}

/// An OSR request whose frame lacks a slot for a live value is refused,
/// and the JIT keeps compiling other code afterwards.
#[test]
fn osr_declines_values_without_slots() {
    let m = prepare(LOOPS);
    let mut shared = Box::new(Shared::new());
    let jit = Jit::new(m.clone(), &mut *shared, jit_options()).unwrap();
    let fid = m.func_by_name("sum").unwrap().index();
    let f = &m.funcs[fid];
    let header = jit::loop_headers(f)[0];
    let slots = vec![u16::MAX; f.values.len()];
    let e = jit.compile_loop(fid, header, &slots, 1).unwrap_err();
    assert!(e.contains("no frame slot"), "{e}");
    let slots: Vec<u16> = (0..f.values.len() as u16).collect();
    assert!(jit.compile_loop(fid, header, &slots, 1).is_err(), "refusals are remembered");
    for g in 0..m.funcs.len() {
        jit.compile(g).unwrap();
    }
    assert_eq!(jit.stats().compiled, m.funcs.len());
}
