//! Devirtualization: calls through a function descriptor read from a
//! method table at a constant address become direct calls.
//!
//! The frontend records in `Module::const_funcs` the words of immutable
//! memory that hold a function's descriptor (for Go, the method slots of
//! each interface table). A `load.i64` of such a word at a constant address
//! becomes `func_addr`, and a `call_indirect` of a `func_addr` whose
//! signature is the callee's becomes `call`, which the inliner can then
//! take. (The `nil_check` of the constant table goes in `constfold`.)

use crate::entities::{FuncId, Value};
use crate::function::{Function, Signature};
use crate::inst::InstKind;
use crate::module::Module;
use crate::types::MemType;

pub fn run(m: &mut Module) -> bool {
    if m.const_funcs.is_empty() {
        return false;
    }
    let mut changed = false;
    for fi in 0..m.funcs.len() {
        // Out of the module while it is rewritten, so callees can be read.
        let mut f = std::mem::replace(&mut m.funcs[fi], Function::new("", Signature::default()));
        changed |= run_function(&mut f, m);
        m.funcs[fi] = f;
    }
    changed
}

fn run_function(f: &mut Function, m: &Module) -> bool {
    let mut changed = false;
    for bi in 0..f.layout.len() {
        let b = f.layout[bi];
        for k in 0..f.blocks[b.index()].insts.len() {
            let i = f.blocks[b.index()].insts[k];
            match f.insts[i.index()].kind {
                InstKind::Load(MemType::I64, off) => {
                    let Some(base) = f.iconst_value(f.insts[i.index()].args[0]) else { continue };
                    let addr = (base as u64).wrapping_add(off as i64 as u64);
                    if let Some(&g) = m.const_funcs.get(&addr) {
                        let d = &mut f.insts[i.index()];
                        d.kind = InstKind::FuncAddr(g);
                        d.args.clear();
                        changed = true;
                    }
                }
                InstKind::CallIndirect(s) => {
                    let Some(g) = func_addr_of(f, f.insts[i.index()].args[0]) else { continue };
                    if m.sigs[s.index()] != m.funcs[g.index()].sig {
                        continue;
                    }
                    let d = &mut f.insts[i.index()];
                    d.kind = InstKind::Call(g);
                    d.args.remove(0);
                    changed = true;
                }
                _ => {}
            }
        }
    }
    changed
}

fn func_addr_of(f: &Function, v: Value) -> Option<FuncId> {
    match f.insts[f.def_inst(v)?.index()].kind {
        InstKind::FuncAddr(g) => Some(g),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::FuncId;
    use crate::parse::parse_module;
    use crate::print::function_to_string;

    #[test]
    fn calls_through_a_constant_table_become_direct() {
        let mut m = parse_module(
            "func @m(i64, i64) -> i64 {
block0(v0: i64, v1: i64):
    v2 = iadd v0, v1
    ret v2
}

func @f(i64) -> i64 {
block0(v0: i64):
    v1 = iconst 4096
    nil_check v1
    v2 = load.i64 v1+16
    v3 = call_indirect (i64, i64) -> (i64) v2(v0, v0)
    v4 = load.i64 v1+24
    v5 = call_indirect (i64, i64) -> (i64) v4(v0, v3)
    ret v5
}
",
        )
        .unwrap();
        // Slot 16 holds @m; slot 24 is not known.
        m.const_funcs.insert(4096 + 16, FuncId::new(0));
        // As in the pipeline: constant folding (the nil check of the
        // table) and DCE first.
        assert!(crate::passes::constfold::run(&mut m.funcs[1]));
        crate::passes::dce::run(&mut m.funcs[1]);
        assert!(super::run(&mut m));
        let text = function_to_string(&m.funcs[1], Some(&m));
        assert!(!text.contains("nil_check"), "{text}");
        assert!(text.contains("v3 = call @m(v0, v0)"), "{text}");
        assert!(text.contains("call_indirect (i64, i64) -> (i64) v4(v0, v3)"), "{text}");
        crate::verify::verify_module(&m).unwrap();
        assert!(!super::run(&mut m), "a second run finds nothing new");
    }
}
