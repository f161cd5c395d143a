//! What each lowered function stands for, and the lowering's tables, kept
//! for engines that run the typed AST instead of the IR (the tree-walking
//! interpreter, `crate::walk`). They use the same runtime descriptors, so
//! both kinds of engine agree on every value, type and function id.

use crate::ast::{self, Name};
use crate::objects::{Builtin, ObjId};
use crate::types::TypeId;
use ir::FuncId;
use runtime::types::TypeDesc;
use std::collections::HashMap;
use std::rc::Rc;

/// The source of one IR function (and of its `FuncInfo`, same id).
#[derive(Clone)]
pub enum Origin {
    /// A declared function or method, possibly a generic instance.
    Declared { obj: ObjId, targs: Vec<TypeId> },
    /// A function literal, lowered inside function `parent`. It takes the
    /// closure object as a hidden first parameter; `captures` are the
    /// cells it holds, in order (words 1.. of the closure object).
    Literal {
        parent: FuncId,
        lit: Rc<ast::FuncLit>,
        sig: TypeId,
        captures: Vec<(ObjId, TypeId)>,
        subst: Rc<HashMap<TypeId, TypeId>>,
        file: u32,
    },
    /// The yield function of a range-over-func loop in function `parent`:
    /// `(env, iteration values...) -> bool`, its body the loop body (see
    /// lower/rangefunc.rs for the protocol with the loop's owner).
    RangeBody { parent: FuncId, job: Rc<super::RangeBody> },
    /// Generated glue.
    Glue(Glue),
}

/// Generated functions: every one takes flat words like the function it
/// stands for (func values and thunks get the closure first).
#[derive(Clone)]
pub enum Glue {
    /// `main$entry`: package initialization in dependency order, then
    /// `main.main`.
    Entry,
    /// `f$fv(env, args...) = f(args...)`: a declared function as a value.
    FuncValue { target: FuncId },
    /// What method tables and itabs point at: `(data word, args...)`
    /// calls method `name` (object `obj`, found through embedded fields
    /// `path`) of `recv` on the value an interface holds.
    IfaceMethod { recv: TypeId, name: Name, obj: ObjId, path: Vec<usize> },
    /// A bound method value `x.m`: the closure `[fi, receiver words...]`
    /// holds the receiver. Either a direct call of `target`, or (for an
    /// interface receiver `[itab, data]`) method `iface_index` of the itab.
    BoundMethod { target: Option<FuncId>, iface_index: Option<usize>, recv_words: usize },
    /// A method expression `T.m`: `(env, receiver words, args...)`.
    MethodExpr { recv: TypeId, obj: ObjId, name: Name, path: Vec<usize> },
    /// `defer f(args)`: the closure `[fi, f, arg words...]` calls func
    /// value `f` (of Go type `func_type`) with the saved arguments.
    DeferCall { func_type: TypeId, arg_words: usize },
    /// `defer builtin(args)`: the closure `[fi, arg words...]` holds the
    /// evaluated operands, of types `arg_types`.
    DeferBuiltin { builtin: Builtin, arg_types: Vec<TypeId> },
}

/// The lowering's side tables, handed out with the lowered module.
#[derive(Default)]
pub struct Tables {
    /// Indexed by FuncId.
    pub origins: Vec<Option<Origin>>,
    /// Declared functions (instances) -> IR function.
    pub funcs: HashMap<(ObjId, Vec<TypeId>), FuncId>,
    /// Generated functions by key: `fv:<id>`, `iw:<type>:<name>`,
    /// `bound:<fid?>:<index?>:<type>`, `mexpr:<type>:<name>`,
    /// `thunk:<fid>:<node>`, `bthunk:<fid>:<node>` (see call.rs/iface.rs).
    pub generated: HashMap<String, FuncId>,
    pub tdescs: HashMap<TypeId, *mut TypeDesc>,
    /// (interface, concrete type) -> itab address.
    pub itabs: HashMap<(TypeId, TypeId), u64>,
    /// Package-level variables: offset in the globals block.
    pub globals: HashMap<ObjId, u32>,
    pub globals_base: u64,
    /// Static closure objects `[funcinfo]` by function.
    pub static_closures: HashMap<FuncId, u64>,
}

/// The panic of an interface method wrapper called on a nil pointer whose
/// method has a value receiver declared on the pointer's element type
/// (gc's `panicwrap`): `value method main.T.M called using nil *T pointer`.
/// None when the wrapper would simply dereference nil (other shapes).
pub(crate) fn panicwrap_message(
    p: &crate::check::Program,
    recv: TypeId,
    path: &[usize],
    obj: ObjId,
    name: &str,
) -> Option<String> {
    let crate::types::TypeKind::Pointer(elem) = p.tt.under(recv).clone() else { return None };
    if !path.is_empty() || p.obj(obj).func().is_none_or(|f| f.ptr_recv) {
        return None;
    }
    let full = p.tt.runtime_name(elem);
    let base = full.split('[').next().unwrap_or(&full);
    let short = &full[base.rfind('.').map_or(0, |i| i + 1)..];
    Some(format!("value method {full}.{name} called using nil *{short} pointer"))
}
