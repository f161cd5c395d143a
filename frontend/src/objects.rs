//! Named language entities (variables, constants, types, functions,
//! packages, builtins) and the scopes that map names to them.

use crate::ast::{FuncDecl, FuncLit, Name, Pos};
use crate::constant::Const;
use crate::types::TypeId;
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    Slice,
    String,
    StringData,
    SliceData,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Sizeof => "unsafe.Sizeof",
            Alignof => "unsafe.Alignof",
            Offsetof => "unsafe.Offsetof",
            Add => "unsafe.Add",
            Slice => "unsafe.Slice",
            String => "unsafe.String",
            StringData => "unsafe.StringData",
            SliceData => "unsafe.SliceData",
        }
    }
}

/// Declaration progress of package-level objects (for lazy checking and
/// cycle detection).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum State {
    Unresolved,
    InProgress,
    Done,
}

#[derive(Debug)]
pub struct VarInfo {
    pub used: Cell<bool>,
    pub is_param: bool,
    pub is_global: bool,
    pub is_field: bool,
    /// Embedded struct field.
    pub embedded: bool,
    /// Address taken or captured by a closure: lives in the heap.
    pub escapes: Cell<bool>,
    /// Address taken (`&x`, a pointer method called on x, slicing an
    /// array): gc keeps such a variable in memory (see `crate::order`).
    pub addr_taken: Cell<bool>,
    /// Function literal nesting depth of the declaring function (0 for
    /// top-level functions); a use at a greater depth is a capture.
    pub func_depth: u32,
}

#[derive(Debug)]
pub struct FuncObj {
    pub decl: Option<Rc<FuncDecl>>,
    /// Methods: the receiver's base type (a Named type) and pointer-ness.
    pub recv_base: Option<TypeId>,
    pub ptr_recv: bool,
    /// Type parameters (generic functions; methods of generic types get
    /// those of their receiver type).
    pub tparams: Vec<TypeId>,
    /// A method's own type parameters (Go 1.27 generic methods); an
    /// instance's type arguments are the receiver's, then these.
    pub method_tparams: Vec<TypeId>,
    /// Declared without a body: implemented by the runtime.
    pub native: bool,
    /// A method of an interface type (abstract).
    pub abstract_method: bool,
}

#[derive(Debug)]
pub enum ObjKind {
    Var(VarInfo),
    Const(Option<Const>),
    TypeName { alias: bool },
    Func(FuncObj),
    PkgName { pkg: PkgId, used: Cell<bool> },
    Builtin(Builtin),
    Nil,
    Label { used: Cell<bool> },
}

#[derive(Debug)]
pub struct Object {
    pub name: Name,
    pub kind: ObjKind,
    pub ty: Cell<TypeId>,
    pub pos: Pos,
    pub file: u32,
    pub pkg: PkgId,
    pub state: Cell<State>,
    /// Package-level declarations: what to check to resolve the object.
    pub decl: Option<DeclRef>,
}

/// Where a package-level object is declared.
#[derive(Clone, Debug)]
pub enum DeclRef {
    Const { spec: Rc<crate::ast::ValueSpec>, index: usize, file: u32 },
    Var { spec: Rc<crate::ast::ValueSpec>, index: usize, file: u32 },
    Type { spec: Rc<crate::ast::TypeSpec>, file: u32 },
    Func { decl: Rc<FuncDecl>, file: u32 },
}

impl FuncObj {
    /// The type parameters an instance's type arguments bind, in order:
    /// the receiver's (or the function's), then a method's own.
    pub fn all_tparams(&self) -> Vec<TypeId> {
        self.tparams.iter().chain(&self.method_tparams).copied().collect()
    }
}

impl Object {
    pub fn ty(&self) -> TypeId {
        self.ty.get()
    }
    pub fn var(&self) -> Option<&VarInfo> {
        match &self.kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }
    pub fn func(&self) -> Option<&FuncObj> {
        match &self.kind {
            ObjKind::Func(f) => Some(f),
            _ => None,
        }
    }
    pub fn is_type(&self) -> bool {
        matches!(self.kind, ObjKind::TypeName { .. })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Universe,
    Package,
    File,
    Func,
    Block,
}

#[derive(Debug)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<Name, ObjId>,
    pub kind: ScopeKind,
}

/// A function literal, recorded for the lowering.
#[derive(Debug, Clone)]
pub struct LitInfo {
    pub lit: Rc<FuncLit>,
    pub ty: TypeId,
}
