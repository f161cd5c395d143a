//! Runtime descriptors: types, functions and interface method tables.
//!
//! Descriptors are created by the frontend while it lowers a program and
//! live as long as the program; their addresses are embedded in the IR as
//! symbols, so every descriptor is boxed and never moves. A type has exactly
//! one descriptor per program, so type identity is pointer identity.

use ir::MemType;
use std::cell::Cell;

#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Pointer,
    Slice,
    Array,
    Map,
    Chan,
    Func,
    Interface,
    Struct,
    UnsafePointer,
}

impl Kind {
    pub fn is_signed(self) -> bool {
        matches!(self, Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64)
    }
    pub fn is_unsigned(self) -> bool {
        matches!(self, Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr)
    }
    pub fn is_integer(self) -> bool {
        self.is_signed() || self.is_unsigned()
    }
    pub fn is_float(self) -> bool {
        matches!(self, Kind::Float32 | Kind::Float64)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, Kind::Complex64 | Kind::Complex128)
    }
    /// Values of these kinds are stored in an interface's data word itself
    /// rather than boxed.
    pub fn is_direct_iface(self) -> bool {
        !matches!(
            self,
            Kind::String
                | Kind::Slice
                | Kind::Array
                | Kind::Struct
                | Kind::Interface
                | Kind::Complex64
                | Kind::Complex128
        )
    }
}

/// Where one register word of a value lives in the value's memory layout.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct FlatWord {
    pub offset: u32,
    pub mem: MemType,
}

#[derive(Clone, Debug)]
pub struct FieldDesc {
    pub name: String,
    pub typ: *const TypeDesc,
    pub offset: u64,
    pub embedded: bool,
    pub exported: bool,
    pub tag: String,
}

/// A method of a concrete type, as reached through an interface: `func` is
/// called with the interface's data word as its receiver argument.
#[derive(Clone, Debug)]
pub struct MethodDesc {
    pub name: String,
    /// Package path for unexported names (they only match within it).
    pub pkg: String,
    /// The method's signature (a func type without receiver).
    pub sig: *const TypeDesc,
    pub func: *const FuncInfo,
}

#[derive(Clone, Debug)]
pub struct IMethodDesc {
    pub name: String,
    pub pkg: String,
    pub sig: *const TypeDesc,
}

/// A type descriptor. The first fields have a fixed layout because compiled
/// code reads them (`size` at 0, `kind` at 8, `elem` at 16).
#[repr(C)]
#[derive(Debug)]
pub struct TypeDesc {
    pub size: u64,
    pub kind: Kind,
    pub align: u8,
    /// Contains no pointers: allocated noscan.
    pub noscan: bool,
    /// Held in registers as a pointer to memory (arrays and structs that
    /// contain arrays), see docs/decisions/0003-value-layout.md.
    pub is_mem: bool,
    pub comparable: bool,
    pub elem: *const TypeDesc,
    pub key: *const TypeDesc,
    /// Array length; for channels the direction (0 both, 1 send, 2 recv).
    pub len: u64,
    /// The name as %T prints it: `int`, `main.Point`, `[]string`, `*main.T`.
    pub name: String,
    /// Package path of a named type ("" for predeclared and unnamed types).
    pub pkg: String,
    pub named: bool,
    pub fields: Vec<FieldDesc>,
    /// Methods callable through interfaces, sorted by name.
    pub methods: Vec<MethodDesc>,
    /// Interface types: the method set, sorted by name.
    pub imethods: Vec<IMethodDesc>,
    /// Func types.
    pub params: Vec<*const TypeDesc>,
    pub results: Vec<*const TypeDesc>,
    pub variadic: bool,
    /// How a value of this type is spread over register words.
    pub flat: Vec<FlatWord>,
    /// `*T` for this T, once some code needs it (filled by the frontend).
    pub ptr_to: Cell<*const TypeDesc>,
}

impl TypeDesc {
    pub fn new(kind: Kind, size: u64, align: u8, name: impl Into<String>) -> TypeDesc {
        TypeDesc {
            size,
            kind,
            align,
            noscan: true,
            is_mem: false,
            comparable: true,
            elem: std::ptr::null(),
            key: std::ptr::null(),
            len: 0,
            name: name.into(),
            pkg: String::new(),
            named: false,
            fields: Vec::new(),
            methods: Vec::new(),
            imethods: Vec::new(),
            params: Vec::new(),
            results: Vec::new(),
            variadic: false,
            flat: Vec::new(),
            ptr_to: Cell::new(std::ptr::null()),
        }
    }

    /// Number of register words a value occupies.
    pub fn words(&self) -> usize {
        if self.is_mem {
            1
        } else {
            self.flat.len()
        }
    }

    pub fn elem(&self) -> &TypeDesc {
        // SAFETY: descriptors are immortal for the program's lifetime and
        // `elem` is set for every kind that has an element type.
        unsafe { &*self.elem }
    }

    pub fn key(&self) -> &TypeDesc {
        // SAFETY: as for `elem`, set for maps.
        unsafe { &*self.key }
    }
}

/// One program function as the engines see it. Compiled code reads the
/// first two fields.
#[repr(C)]
#[derive(Debug)]
pub struct FuncInfo {
    /// Entry of JIT code with the native calling convention, or null.
    pub jit_code: Cell<*const u8>,
    /// Entry of JIT code taking (ctx, words) with results written over the
    /// argument words, or null; how the interpreter enters JIT code.
    pub frame_code: Cell<*const u8>,
    /// The function's index in the IR module.
    pub id: u32,
    /// Calls so far, counted by the interpreter for tier-up.
    pub calls: Cell<u32>,
    pub name: String,
    /// Register words of parameters and results.
    pub nparams: u32,
    pub nresults: u32,
    /// Function whose `recover()` calls a deferred call of this function
    /// stands for (wrappers forward to the function they wrap).
    pub recover_id: Cell<u32>,
}

impl FuncInfo {
    pub fn new(id: u32, name: impl Into<String>) -> FuncInfo {
        FuncInfo {
            jit_code: Cell::new(std::ptr::null()),
            frame_code: Cell::new(std::ptr::null()),
            id,
            calls: Cell::new(0),
            name: name.into(),
            nparams: 0,
            nresults: 0,
            recover_id: Cell::new(id),
        }
    }
}

/// An interface method table: `[type, iface, fun0, fun1, ...]` as words,
/// so compiled code finds method `i` at offset `16 + 8*i`.
pub struct Itab {
    pub words: Box<[usize]>,
}

impl Itab {
    /// The concrete type of an itab.
    ///
    /// # Safety
    /// `p` must point at a live itab's first word.
    pub unsafe fn typ(p: *const usize) -> *const TypeDesc {
        // SAFETY: the caller's contract.
        unsafe { *p as *const TypeDesc }
    }
}

/// Byte offset of method `i` in an itab.
pub const fn itab_method_offset(i: usize) -> i32 {
    16 + 8 * i as i32
}
