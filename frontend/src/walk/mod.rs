//! The tree-walking engine (`--engine=ast`): the baseline the bytecode VM
//! and the JIT are measured against.
//!
//! It runs the type-checked AST directly, on the same runtime as the other
//! engines: values are the flat words of docs/decisions/0003-value-layout.md,
//! descriptors, itabs, function infos and the globals block are the ones
//! the lowering created (`lower::Tables`), and every runtime operation goes
//! through the same natives. Each function instance is resolved once, on
//! its first call, into a tree of specialized nodes (`tree`), whose frames
//! live on the goroutine's register stack so the collector sees every value
//! (docs/decisions/0013-ast-engine.md).
//!
//! - `layout`: flat words of types; `tree`: the resolved nodes.
//! - `resolve`, `rexpr`, `rcall`, `rstmt`: resolution of functions,
//!   expressions, calls and statements (mirroring `lower`).
//! - `eval`: expressions; `exec`: statements; `frame`: calls, frames,
//!   panics and defer, generated glue, and the `runtime::Engine` impl
//!   (through which the scheduler also starts goroutines).

mod eval;
mod exec;
mod frame;
mod layout;
mod rcall;
mod resolve;
mod rexpr;
mod rorder;
mod rstmt;
#[cfg(test)]
mod tests;
mod tree;

use crate::check::Program;
use crate::lower::Tables;
use runtime::{Ctx, Shared};
use std::cell::{Cell, OnceCell, RefCell};
use tree::Func;

/// A panic (or os.Exit, or an internal error) is propagating: the details
/// are in the goroutine's `Ctx`.
#[derive(Debug)]
pub(crate) struct Unwind;

pub(crate) type R<T> = Result<T, Unwind>;

/// What the walker needs from checking and lowering, kept with the
/// program until it runs.
pub struct Prepared {
    program: Box<Program>,
    tables: Tables,
}

impl Prepared {
    pub fn new(program: Program, tables: Tables) -> Prepared {
        Prepared { program: Box::new(program), tables }
    }
}

/// The tree-walking engine of one program.
pub struct Walker {
    funcs: Box<[OnceCell<Box<Func>>]>,
    res: RefCell<resolve::Resolver>,
    /// Location (index into `Shared::locs`) of the last panic or failed
    /// call, for the traceback entry of the frame it unwinds.
    loc: Cell<u32>,
    /// Set when the program cannot continue because of mvm itself.
    internal: RefCell<Option<String>>,
    /// `MVM_AST_GC_STRESS`: collect before every allocation and native
    /// call the walker makes (a test of its root discipline).
    stress: bool,
}

impl Walker {
    /// Prepares the engine; `shared` must be the runtime state the
    /// lowering filled, and outlive the walker.
    pub fn new(prep: Prepared, shared: *mut Shared) -> Walker {
        let res = resolve::Resolver::new(prep.program, prep.tables, shared);
        let n = res.nfuncs();
        let funcs = (0..n).map(|_| OnceCell::new()).collect::<Vec<_>>().into_boxed_slice();
        let stress = std::env::var_os("MVM_AST_GC_STRESS").is_some();
        Walker { funcs, res: RefCell::new(res), loc: Cell::new(0), internal: RefCell::new(None), stress }
    }

    /// Runs function `entry` (the program's `main$entry`) to completion on
    /// `ctx`, whose register stack and limits must be installed. Returns an
    /// internal error message if mvm itself failed.
    pub fn run(&self, ctx: &mut Ctx, entry: u32) -> Result<(), String> {
        let mut args = [0u64; 1];
        let fi = self.res.borrow().fi(entry);
        if fi.is_null() {
            return Err("internal error: no entry function".into());
        }
        runtime::Engine::call(self, ctx, fi, &mut args);
        match self.internal.borrow_mut().take() {
            Some(m) => Err(format!("internal error: {m}")),
            None => Ok(()),
        }
    }

    /// The resolved function `id`, resolving it on first use.
    pub(crate) fn func(&self, id: u32) -> Option<&Func> {
        let cell = self.funcs.get(id as usize)?;
        Some(cell.get_or_init(|| {
            let f = match self.res.try_borrow_mut() {
                Ok(mut r) => {
                    let f = r.resolve(id);
                    if std::env::var_os("MVM_WALK_DUMP").is_some() {
                        eprintln!("{} {:#?}", r.func_name(id), f);
                    }
                    f
                }
                Err(_) => {
                    tree::Func { id, np: 0, nr: 0, frame: 0, body: tree::Body::Fail("reentrant resolution".into()) }
                }
            };
            Box::new(f)
        }))
    }
}

/// The machine state while the walker runs: the engine and the goroutine.
pub(crate) struct M<'a> {
    pub w: &'a Walker,
    pub ctx: &'a mut Ctx,
}
