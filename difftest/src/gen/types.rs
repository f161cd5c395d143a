//! The generator's model of Go types.

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum IntK {
    Int,
    I8,
    I16,
    I32,
    I64,
    Uint,
    U8,
    U16,
    U32,
    U64,
}

pub const INT_KINDS: [IntK; 10] =
    [IntK::Int, IntK::I8, IntK::I16, IntK::I32, IntK::I64, IntK::Uint, IntK::U8, IntK::U16, IntK::U32, IntK::U64];
pub const UNSIGNED_KINDS: [IntK; 5] = [IntK::Uint, IntK::U8, IntK::U16, IntK::U32, IntK::U64];

impl IntK {
    pub fn name(self) -> &'static str {
        match self {
            IntK::Int => "int",
            IntK::I8 => "int8",
            IntK::I16 => "int16",
            IntK::I32 => "int32",
            IntK::I64 => "int64",
            IntK::Uint => "uint",
            IntK::U8 => "uint8",
            IntK::U16 => "uint16",
            IntK::U32 => "uint32",
            IntK::U64 => "uint64",
        }
    }
    pub fn bits(self) -> u32 {
        match self {
            IntK::I8 | IntK::U8 => 8,
            IntK::I16 | IntK::U16 => 16,
            IntK::I32 | IntK::U32 => 32,
            _ => 64,
        }
    }
    pub fn signed(self) -> bool {
        matches!(self, IntK::Int | IntK::I8 | IntK::I16 | IntK::I32 | IntK::I64)
    }
    pub fn min(self) -> i128 {
        if self.signed() {
            -(1i128 << (self.bits() - 1))
        } else {
            0
        }
    }
    pub fn max(self) -> i128 {
        if self.signed() {
            (1i128 << (self.bits() - 1)) - 1
        } else {
            (1i128 << self.bits()) - 1
        }
    }
}

/// A Go type. `Named` types (structs, interface implementations, named
/// integers) live in the program's table.
#[derive(Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Ty {
    Int(IntK),
    F32,
    F64,
    Bool,
    Str,
    Arr(Box<Ty>, usize),
    Slice(Box<Ty>),
    Map(Box<Ty>, Box<Ty>),
    Named(usize),
    Ptr(Box<Ty>),
    Iface(usize),
    Func(Vec<Ty>, Box<Ty>),
}

impl Ty {
    pub fn int(k: IntK) -> Ty {
        Ty::Int(k)
    }
    pub fn slice(t: Ty) -> Ty {
        Ty::Slice(Box::new(t))
    }
    pub fn arr(t: Ty, n: usize) -> Ty {
        Ty::Arr(Box::new(t), n)
    }
    pub fn map(k: Ty, v: Ty) -> Ty {
        Ty::Map(Box::new(k), Box::new(v))
    }
    pub fn ptr(t: Ty) -> Ty {
        Ty::Ptr(Box::new(t))
    }
    pub fn is_float(&self) -> bool {
        matches!(self, Ty::F32 | Ty::F64)
    }
}

#[derive(Clone, Debug)]
pub enum Under {
    Struct(Vec<(String, Ty)>),
    Int(IntK),
}

/// A named type: a plain struct, or an implementation of an interface.
#[derive(Clone, Debug)]
pub struct NamedDef {
    pub name: String,
    pub under: Under,
    /// The interface it implements, if any.
    pub iface: Option<usize>,
    /// Methods have pointer receivers (values in interfaces are `&T{..}`).
    pub ptr_recv: bool,
    /// Has a `String() string` method (value receiver).
    pub stringer: bool,
}

#[derive(Clone, Debug)]
pub struct MethodSig {
    pub name: String,
    pub params: Vec<Ty>,
    pub ret: Ty,
    /// Changes its receiver: called only as a statement.
    pub effectful: bool,
}

#[derive(Clone, Debug)]
pub struct IfaceDef {
    pub name: String,
    pub methods: Vec<MethodSig>,
    pub impls: Vec<usize>,
}

#[derive(Clone, Debug)]
pub struct FuncDef {
    pub name: String,
    pub params: Vec<Ty>,
    pub rets: Vec<Ty>,
    /// Writes through its reference parameters: called only as a statement.
    pub effectful: bool,
    /// Prints or mixes into the checksum (not callable from goroutines).
    pub global_fx: bool,
    /// Estimated cost of one call.
    pub cost: f64,
    /// Recursive: the first parameter bounds the depth.
    pub recursive: bool,
}

#[derive(Default, Clone, Debug)]
pub struct Tables {
    pub named: Vec<NamedDef>,
    pub ifaces: Vec<IfaceDef>,
    pub funcs: Vec<FuncDef>,
    /// Print floats only with an explicit precision (mvm's shortest
    /// formatting breaks ties differently from Go's: a known bug).
    pub exact_floats: bool,
}

impl Tables {
    pub fn go(&self, t: &Ty) -> String {
        match t {
            Ty::Int(k) => k.name().to_string(),
            Ty::F32 => "float32".into(),
            Ty::F64 => "float64".into(),
            Ty::Bool => "bool".into(),
            Ty::Str => "string".into(),
            Ty::Arr(e, n) => format!("[{n}]{}", self.go(e)),
            Ty::Slice(e) => format!("[]{}", self.go(e)),
            Ty::Map(k, v) => format!("map[{}]{}", self.go(k), self.go(v)),
            Ty::Named(i) => self.named[*i].name.clone(),
            Ty::Ptr(e) => format!("*{}", self.go(e)),
            Ty::Iface(i) => self.ifaces[*i].name.clone(),
            Ty::Func(ps, r) => {
                let ps: Vec<String> = ps.iter().map(|p| self.go(p)).collect();
                format!("func({}) {}", ps.join(", "), self.go(r))
            }
        }
    }

    /// The integer kind of an integer type (named integers included).
    pub fn int_kind(&self, t: &Ty) -> Option<IntK> {
        match t {
            Ty::Int(k) => Some(*k),
            Ty::Named(i) => match self.named[*i].under {
                Under::Int(k) => Some(k),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn fields(&self, t: &Ty) -> Option<&[(String, Ty)]> {
        match t {
            Ty::Named(i) => match &self.named[*i].under {
                Under::Struct(f) => Some(f),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn comparable(&self, t: &Ty) -> bool {
        match t {
            Ty::Int(_) | Ty::F32 | Ty::F64 | Ty::Bool | Ty::Str | Ty::Ptr(_) => true,
            Ty::Arr(e, _) => self.comparable(e),
            Ty::Named(_) => match self.fields(t) {
                Some(fs) => fs.iter().all(|(_, f)| self.comparable(f)),
                None => true,
            },
            _ => false,
        }
    }

    /// Values of this type may share memory with other values (so that
    /// writing through one is visible through another).
    pub fn refish(&self, t: &Ty) -> bool {
        match t {
            Ty::Slice(_) | Ty::Map(..) | Ty::Ptr(_) | Ty::Iface(_) => true,
            Ty::Arr(e, _) => self.refish(e),
            Ty::Named(_) => match self.fields(t) {
                Some(fs) => fs.iter().any(|(_, f)| self.refish(f)),
                None => false,
            },
            _ => false,
        }
    }

    pub fn ordered(&self, t: &Ty) -> bool {
        matches!(t, Ty::Int(_) | Ty::F32 | Ty::F64 | Ty::Str) || self.int_kind(t).is_some()
    }

    /// fmt prints values of this type the same way everywhere (no
    /// pointers or funcs inside, which would print as addresses).
    pub fn printable(&self, t: &Ty) -> bool {
        match t {
            Ty::Int(_) | Ty::F32 | Ty::F64 | Ty::Bool | Ty::Str => true,
            Ty::Arr(e, _) | Ty::Slice(e) => self.printable(e),
            Ty::Map(k, v) => self.printable(k) && self.printable(v),
            Ty::Named(i) => match &self.named[*i].under {
                Under::Struct(fs) => fs.iter().all(|(_, f)| self.printable(f)),
                Under::Int(_) => true,
            },
            // Pointers inside composite values print as addresses.
            Ty::Iface(i) => {
                self.ifaces[*i].impls.iter().all(|&n| !self.named[n].ptr_recv && self.printable(&Ty::Named(n)))
            }
            Ty::Ptr(_) | Ty::Func(..) => false,
        }
    }

    /// Holds a float somewhere (printing it needs care).
    pub fn has_float(&self, t: &Ty) -> bool {
        match t {
            Ty::F32 | Ty::F64 => true,
            Ty::Arr(e, _) | Ty::Slice(e) | Ty::Ptr(e) => self.has_float(e),
            Ty::Map(k, v) => self.has_float(k) || self.has_float(v),
            Ty::Named(_) => self.fields(t).is_some_and(|fs| fs.iter().any(|(_, f)| self.has_float(f))),
            Ty::Iface(i) => self.ifaces[*i].impls.iter().any(|&n| self.has_float(&Ty::Named(n))),
            _ => false,
        }
    }

    /// `e` ready for fmt's %v: wrapped in a precision format when it holds
    /// floats and `exact_floats` is set.
    pub fn show(&self, t: &Ty, e: &str) -> String {
        if self.exact_floats && self.has_float(t) {
            format!("fmt.Sprintf(\"%.7v\", {e})")
        } else {
            e.to_string()
        }
    }

    /// Holds a string or slice somewhere whose zero value would break
    /// the generator's invariant that strings and slices are non-empty.
    pub fn zero_unsafe(&self, t: &Ty) -> bool {
        match t {
            Ty::Str | Ty::Slice(_) | Ty::Func(..) | Ty::Iface(_) | Ty::Ptr(_) => true,
            Ty::Arr(e, _) => self.zero_unsafe(e),
            Ty::Named(_) => match self.fields(t) {
                Some(fs) => fs.iter().any(|(_, f)| self.zero_unsafe(f)),
                None => false,
            },
            Ty::Map(..) => true,
            _ => false,
        }
    }
}
