//! What an embedder sees of a program: the Go signatures of host functions
//! (package main functions declared without a body, implemented by the
//! host) and of the functions the host may call (ADR 0019). Only kinds
//! that own no guest memory cross the boundary (runtime::host::Kind).

use crate::check::Program;
use crate::objects::ObjId;
use crate::types::{Basic, TypeId};
use ir::FuncId;
use runtime::host::Kind;

/// A function of package main the host may call.
#[derive(Clone, Debug)]
pub struct Export {
    pub name: String,
    pub id: FuncId,
    pub params: Vec<Kind>,
    pub results: Vec<Kind>,
}

/// Is `obj` a function of package main the embedder provides (declared
/// without a body, named by the host)?
pub(crate) fn is_host(p: &Program, obj: ObjId) -> bool {
    let o = p.obj(obj);
    o.pkg == p.main_pkg()
        && o.func().is_some_and(|f| f.native && f.recv_base.is_none())
        && p.host_funcs.contains(&*o.name)
}

/// The boundary kind of Go type `t`, if it has one.
pub fn kind_of(p: &Program, t: TypeId) -> Option<Kind> {
    Some(match p.tt.basic(t)? {
        Basic::Int | Basic::Int64 => Kind::Int(64),
        Basic::Int8 => Kind::Int(8),
        Basic::Int16 => Kind::Int(16),
        Basic::Int32 => Kind::Int(32),
        Basic::Uint | Basic::Uint64 | Basic::Uintptr => Kind::Uint(64),
        Basic::Uint8 => Kind::Uint(8),
        Basic::Uint16 => Kind::Uint(16),
        Basic::Uint32 => Kind::Uint(32),
        Basic::Float32 => Kind::Float(32),
        Basic::Float64 => Kind::Float(64),
        Basic::Bool => Kind::Bool,
        Basic::String => Kind::Str,
        _ => return None,
    })
}

/// The parameter and result kinds of function `obj`, or why it cannot
/// cross the boundary.
pub fn sig_kinds(p: &Program, obj: ObjId) -> Result<(Vec<Kind>, Vec<Kind>), String> {
    let t = p.obj(obj).ty();
    let Some(sig) = p.tt.sig(t) else { return Err("not a function".into()) };
    if sig.variadic {
        return Err("variadic functions cannot cross the host boundary".into());
    }
    let kinds = |ts: &[TypeId]| -> Result<Vec<Kind>, String> {
        ts.iter()
            .map(|&t| {
                kind_of(p, t).ok_or_else(|| {
                    format!(
                        "type {} cannot cross the host boundary (integers, floats, bool and string only)",
                        p.tt.display(t, &|_| false)
                    )
                })
            })
            .collect()
    };
    Ok((kinds(&sig.params)?, kinds(&sig.results)?))
}

/// The functions of package main the host may call: every top-level
/// function that is not generic, not `main` or `init`, whose signature
/// crosses the boundary.
pub fn exportable(p: &Program) -> Vec<(String, ObjId)> {
    let main = p.main_pkg();
    let mut out = Vec::new();
    for &o in &p.packages[main.0 as usize].funcs {
        let Some(f) = p.obj(o).func() else { continue };
        let name = p.obj(o).name.to_string();
        let plain = f.recv_base.is_none() && f.all_tparams().is_empty() && !f.native;
        if plain && name != "main" && name != "init" && name != "_" && sig_kinds(p, o).is_ok() {
            out.push((name, o));
        }
    }
    out
}
