//! Go types, hash-consed: structurally identical unnamed types share one
//! `TypeId`, so identity is id equality. Named types (defined types and
//! generic instances) are unique by declaration and type arguments.

use crate::ast::{ChanDir, Name};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Invalid,
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
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl Basic {
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    /// Size in bytes of typed basic types (amd64 layout).
    pub fn size(self) -> u64 {
        use Basic::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 8,
        }
    }
    /// Integer width in bits.
    pub fn bits(self) -> u32 {
        use Basic::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | UntypedRune => 32,
            _ => 64,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Name,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: String,
    /// Package of unexported field names ("" if exported).
    pub pkg: Rc<str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

/// A term of a type set: `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: Name,
    /// Package of unexported names.
    pub pkg: Rc<str>,
    /// A func type (without receiver).
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Iface {
    /// The complete method set (embedded interfaces flattened), sorted by name.
    pub methods: Vec<Method>,
    /// Type-set restriction: None means all types; Some(terms) is their union
    /// (intersected over embedded constraint interfaces).
    pub terms: Option<Vec<Term>>,
    /// The `comparable` constraint is embedded.
    pub comparable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(Basic),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDirKey, TypeId),
    Struct(Vec<Field>),
    Func(Sig),
    Interface(Iface),
    /// Multiple values (results of a call).
    Tuple(Vec<TypeId>),
    Named(u32),
    TypeParam(u32),
}

/// ChanDir made hashable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDirKey {
    Both,
    Send,
    Recv,
}

impl From<ChanDir> for ChanDirKey {
    fn from(d: ChanDir) -> Self {
        match d {
            ChanDir::Both => ChanDirKey::Both,
            ChanDir::Send => ChanDirKey::Send,
            ChanDir::Recv => ChanDirKey::Recv,
        }
    }
}

/// The name a standard package declares: the last path element, or the
/// one before a major-version suffix (`math/rand/v2` is package rand).
pub fn package_name(path: &str) -> &str {
    let mut it = path.rsplit('/');
    let last = it.next().unwrap_or(path);
    let is_version = last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match it.next() {
        Some(prev) if is_version => prev,
        _ => last,
    }
}

/// Names of public packages that a gc build always also contains as
/// internal packages (internal/sync, internal/strconv, internal/runtime/
/// atomic, maps and math): gc's messages spell their types `"sync".Mutex`.
const GC_SHADOWED_NAMES: &[&str] = &["sync", "atomic", "strconv", "maps", "math"];

/// A defined (named) type or an instance of a generic one.
#[derive(Debug)]
pub struct NamedInfo {
    pub name: Name,
    /// Package path ("main", "strings"; "" for universe types like error).
    pub pkg: Rc<str>,
    /// The object declaring it (a TypeName), if any.
    pub obj: Option<crate::objects::ObjId>,
    pub underlying: TypeId,
    /// Method objects declared on the type (for instances: on the origin).
    pub methods: Vec<crate::objects::ObjId>,
    /// Type parameters of a generic type (empty for instances).
    pub tparams: Vec<TypeId>,
    /// For instances: the generic type and the type arguments.
    pub origin: Option<TypeId>,
    pub targs: Vec<TypeId>,
    /// A local type declared inside a function (numbered like gc does).
    pub local_index: u32,
}

#[derive(Debug)]
pub struct TypeParamInfo {
    pub name: Name,
    pub index: u32,
    /// The constraint: an interface type.
    pub constraint: TypeId,
    /// Unique id of the declaring function or type, for printing/debugging.
    pub owner: u32,
    /// Where the parameter is declared: file index and position.
    pub decl: (u32, crate::ast::Pos),
}

pub struct TypeTable {
    kinds: Vec<TypeKind>,
    index: HashMap<TypeKind, TypeId>,
    pub named: Vec<NamedInfo>,
    pub tparams: Vec<TypeParamInfo>,
    /// Instances by (origin, type arguments).
    pub instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// Underlying types computed for instances, lazily.
    pub underlying_cache: RefCell<HashMap<TypeId, TypeId>>,
}

/// Well-known types, created first so their ids are fixed.
pub mod ids {
    use super::TypeId;
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const COMPLEX64: TypeId = TypeId(15);
    pub const COMPLEX128: TypeId = TypeId(16);
    pub const STRING: TypeId = TypeId(17);
    pub const UNSAFE_POINTER: TypeId = TypeId(18);
    pub const UNTYPED_BOOL: TypeId = TypeId(19);
    pub const UNTYPED_INT: TypeId = TypeId(20);
    pub const UNTYPED_RUNE: TypeId = TypeId(21);
    pub const UNTYPED_FLOAT: TypeId = TypeId(22);
    pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
    pub const UNTYPED_STRING: TypeId = TypeId(24);
    pub const UNTYPED_NIL: TypeId = TypeId(25);
    /// `interface{}`
    pub const EMPTY_IFACE: TypeId = TypeId(26);
    /// The empty tuple (no values).
    pub const VOID: TypeId = TypeId(27);
}

const BASICS: [Basic; 26] = [
    Basic::Invalid,
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::Complex64,
    Basic::Complex128,
    Basic::String,
    Basic::UnsafePointer,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedComplex,
    Basic::UntypedString,
    Basic::UntypedNil,
];

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            kinds: Vec::new(),
            index: HashMap::new(),
            named: Vec::new(),
            tparams: Vec::new(),
            instances: HashMap::new(),
            underlying_cache: RefCell::new(HashMap::new()),
        };
        for b in BASICS {
            t.intern(TypeKind::Basic(b));
        }
        t.intern(TypeKind::Interface(Iface { methods: vec![], terms: None, comparable: false }));
        t.intern(TypeKind::Tuple(vec![]));
        t
    }

    pub fn intern(&mut self, k: TypeKind) -> TypeId {
        if let Some(&id) = self.index.get(&k) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(k.clone());
        self.index.insert(k, id);
        id
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    pub fn new_named(&mut self, info: NamedInfo) -> TypeId {
        let n = self.named.len() as u32;
        self.named.push(info);
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Named(n));
        id
    }

    pub fn new_tparam(&mut self, info: TypeParamInfo) -> TypeId {
        let n = self.tparams.len() as u32;
        self.tparams.push(info);
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::TypeParam(n));
        id
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(t))
    }
    pub fn array(&mut self, n: u64, t: TypeId) -> TypeId {
        self.intern(TypeKind::Array(n, t))
    }
    pub fn map(&mut self, k: TypeId, v: TypeId) -> TypeId {
        self.intern(TypeKind::Map(k, v))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(ts))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(TypeKind::Func(Sig { params, results, variadic }))
    }

    pub fn named_info(&self, t: TypeId) -> Option<&NamedInfo> {
        match self.kind(t) {
            TypeKind::Named(n) => Some(&self.named[*n as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, t: TypeId) -> Option<&mut NamedInfo> {
        match *self.kind(t) {
            TypeKind::Named(n) => Some(&mut self.named[n as usize]),
            _ => None,
        }
    }

    pub fn tparam_info(&self, t: TypeId) -> Option<&TypeParamInfo> {
        match self.kind(t) {
            TypeKind::TypeParam(n) => Some(&self.tparams[*n as usize]),
            _ => None,
        }
    }

    /// The underlying type (never a Named; a TypeParam is its own underlying
    /// type, as in the spec).
    pub fn underlying(&self, mut t: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.kind(t) {
                TypeKind::Named(n) => {
                    let u = self.named[*n as usize].underlying;
                    if u == t || u == ids::INVALID {
                        return ids::INVALID;
                    }
                    t = u;
                }
                _ => return t,
            }
        }
        ids::INVALID
    }

    pub fn under(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    pub fn basic(&self, t: TypeId) -> Option<Basic> {
        match self.under(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_) | TypeKind::Basic(_) | TypeKind::TypeParam(_))
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Interface(_)) && !self.is_tparam(t)
    }

    pub fn is_tparam(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::TypeParam(_))
    }

    pub fn iface(&self, t: TypeId) -> Option<&Iface> {
        match self.under(t) {
            TypeKind::Interface(i) => Some(i),
            _ => None,
        }
    }

    pub fn sig(&self, t: TypeId) -> Option<&Sig> {
        match self.under(t) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn tuple_types(&self, t: TypeId) -> Vec<TypeId> {
        match self.kind(t) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ => vec![t],
        }
    }

    /// Element type of pointers, slices, arrays, maps (value), channels.
    pub fn elem(&self, t: TypeId) -> TypeId {
        match self.under(t) {
            TypeKind::Pointer(e)
            | TypeKind::Slice(e)
            | TypeKind::Array(_, e)
            | TypeKind::Map(_, e)
            | TypeKind::Chan(_, e) => *e,
            TypeKind::Basic(b) if b.is_string() => ids::UINT8,
            _ => ids::INVALID,
        }
    }

    /// Type string as gc prints it in messages (`struct{A int}`);
    /// `qualify` decides whether a named type's package is shown.
    pub fn display(&self, t: TypeId, qualify: &dyn Fn(&str) -> bool) -> String {
        let mut s = String::new();
        self.write(&mut s, t, qualify, false, 0);
        s
    }

    /// The type as reflect (and so %T) spells it: package-qualified
    /// names, `struct { A int }`.
    pub fn runtime_name(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, t, &|p: &str| !p.is_empty(), true, 0);
        s
    }

    fn write(&self, s: &mut String, t: TypeId, q: &dyn Fn(&str) -> bool, rt: bool, depth: u32) {
        if depth > 50 {
            s.push_str("...");
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            TypeKind::Basic(b) => s.push_str(b.name()),
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write(s, *e, q, rt, d);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e, q, rt, d);
            }
            TypeKind::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write(s, *e, q, rt, d);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write(s, *k, q, rt, d);
                s.push(']');
                self.write(s, *v, q, rt, d);
            }
            TypeKind::Chan(dir, e) => {
                s.push_str(match dir {
                    ChanDirKey::Both => "chan ",
                    ChanDirKey::Send => "chan<- ",
                    ChanDirKey::Recv => "<-chan ",
                });
                let paren = *dir == ChanDirKey::Both && matches!(self.kind(*e), TypeKind::Chan(ChanDirKey::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write(s, *e, q, rt, d);
                if paren {
                    s.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                s.push_str(match (rt, fields.is_empty()) {
                    (false, _) => "struct{",
                    (true, true) => "struct {",
                    (true, false) => "struct { ",
                });
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write(s, f.ty, q, rt, d);
                    if !f.tag.is_empty() {
                        s.push_str(&format!(" {:?}", f.tag));
                    }
                }
                s.push_str(if rt && !fields.is_empty() { " }" } else { "}" });
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, q, rt, d);
            }
            TypeKind::Interface(i) => {
                // reflect spells `interface { M() }`, types2 `interface{M()}`.
                let (open, sep0) = if rt { ("interface {", " ") } else { ("interface{", "") };
                if i.methods.is_empty() && i.terms.is_none() && !i.comparable {
                    s.push_str(open);
                    s.push('}');
                    return;
                }
                s.push_str(open);
                let mut first = true;
                if i.comparable {
                    s.push_str(sep0);
                    s.push_str("comparable");
                    first = false;
                }
                for m in &i.methods {
                    s.push_str(if first { sep0 } else { "; " });
                    first = false;
                    s.push_str(&m.name);
                    if let Some(sig) = self.sig(m.sig) {
                        self.write_sig(s, sig, q, rt, d);
                    }
                }
                if let Some(terms) = &i.terms {
                    s.push_str(if first { sep0 } else { "; " });
                    for (k, t) in terms.iter().enumerate() {
                        if k > 0 {
                            s.push_str(" | ");
                        }
                        if t.tilde {
                            s.push('~');
                        }
                        self.write(s, t.ty, q, rt, d);
                    }
                }
                s.push_str(if rt { " }" } else { "}" });
            }
            TypeKind::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *t, q, rt, d);
                }
                s.push(')');
            }
            TypeKind::Named(n) => {
                let info = &self.named[*n as usize];
                if q(&info.pkg) {
                    let name = package_name(&info.pkg);
                    if !rt && GC_SHADOWED_NAMES.contains(&name) {
                        // types2 quotes the path of a package whose name
                        // another package of the build also has.
                        s.push('"');
                        s.push_str(&info.pkg);
                        s.push('"');
                    } else {
                        s.push_str(name);
                    }
                    s.push('.');
                }
                s.push_str(&info.name);
                if !info.targs.is_empty() {
                    s.push('[');
                    for (i, a) in info.targs.iter().enumerate() {
                        if i > 0 {
                            s.push(',');
                        }
                        self.write(s, *a, q, rt, d);
                    }
                    s.push(']');
                }
            }
            TypeKind::TypeParam(n) => s.push_str(&self.tparams[*n as usize].name),
        }
    }

    fn write_sig(&self, s: &mut String, sig: &Sig, q: &dyn Fn(&str) -> bool, rt: bool, d: u32) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i == sig.params.len() - 1 {
                s.push_str("...");
                self.write(s, self.elem(*p), q, rt, d);
            } else {
                self.write(s, *p, q, rt, d);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write(s, sig.results[0], q, rt, d);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *r, q, rt, d);
                }
                s.push(')');
            }
        }
    }
}
