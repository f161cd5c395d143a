//! How Go types are represented: flat register words with their memory
//! layout, and the runtime type descriptors.

use super::Lowerer;
use crate::layout::Layout;
use crate::types::{ids, Basic, ChanDirKey, TypeId, TypeKind};
use ir::MemType;
use runtime::types::{FieldDesc, FlatWord, IMethodDesc, Kind, MethodDesc, TypeDesc};
use std::rc::Rc;

/// One register word of a value: its IR type, and where and how it is
/// stored in the value's memory layout.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Word {
    pub ty: ir::Type,
    pub mem: MemType,
    pub off: u32,
}

/// The register form of a type.
#[derive(Clone, Debug)]
pub struct Flat {
    /// For memory-form types a single pointer word.
    pub words: Vec<Word>,
    /// Held as a pointer to memory (arrays, structs containing arrays).
    pub mem: bool,
    pub size: u64,
    pub align: u64,
}

impl Flat {
    pub fn reg_types(&self) -> Vec<ir::Type> {
        self.words.iter().map(|w| w.ty).collect()
    }
    pub fn len(&self) -> usize {
        self.words.len()
    }
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn word(mem: MemType, off: u32) -> Word {
    Word { ty: mem.reg(), mem, off }
}

impl Lowerer<'_> {
    pub(crate) fn flat(&mut self, t: TypeId) -> Rc<Flat> {
        if let Some(f) = self.flat_cache.get(&t) {
            return f.clone();
        }
        let l = Layout::new(&self.p.tt);
        let (size, align) = (l.size(t), l.align(t));
        let words = self.flat_words(t, 0);
        let f = Rc::new(match words {
            Some(words) => Flat { words, mem: false, size, align },
            None => Flat { words: vec![word(MemType::I64, 0)], mem: true, size, align },
        });
        self.flat_cache.insert(t, f.clone());
        f
    }

    /// The words of a type at `base` offset, or None for memory-form types.
    fn flat_words(&mut self, t: TypeId, base: u32) -> Option<Vec<Word>> {
        use MemType::*;
        Some(match self.p.tt.under(t).clone() {
            TypeKind::Basic(b) => match b {
                Basic::Bool | Basic::Uint8 => vec![word(U8, base)],
                Basic::Int8 => vec![word(I8, base)],
                Basic::Int16 => vec![word(I16, base)],
                Basic::Uint16 => vec![word(U16, base)],
                Basic::Int32 | Basic::UntypedRune => vec![word(I32, base)],
                Basic::Uint32 => vec![word(U32, base)],
                Basic::Float32 => vec![word(F32, base)],
                Basic::Float64 | Basic::UntypedFloat => vec![word(F64, base)],
                Basic::Complex64 => vec![word(F32, base), word(F32, base + 4)],
                Basic::Complex128 | Basic::UntypedComplex => vec![word(F64, base), word(F64, base + 8)],
                Basic::String | Basic::UntypedString => vec![word(I64, base), word(I64, base + 8)],
                _ => vec![word(I64, base)],
            },
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => vec![word(I64, base)],
            TypeKind::Slice(_) => vec![word(I64, base), word(I64, base + 8), word(I64, base + 16)],
            TypeKind::Interface(_) => vec![word(I64, base), word(I64, base + 8)],
            TypeKind::Array(..) => return None,
            TypeKind::Struct(fields) => {
                let offs = Layout::new(&self.p.tt).field_offsets(t);
                let mut out = Vec::new();
                for (f, off) in fields.iter().zip(offs) {
                    out.extend(self.flat_words(f.ty, base + off as u32)?);
                }
                out
            }
            TypeKind::Tuple(_) | TypeKind::Named(_) | TypeKind::TypeParam(_) => vec![word(I64, base)],
        })
    }

    /// Index of the first word of struct field `i`, and its word count.
    pub(crate) fn field_words(&mut self, st: TypeId, i: usize) -> (usize, usize) {
        let TypeKind::Struct(fields) = self.p.tt.under(st).clone() else { return (0, 0) };
        let mut start = 0;
        for (k, f) in fields.iter().enumerate() {
            let n = self.flat(f.ty).len();
            if k == i {
                return (start, n);
            }
            start += n;
        }
        (start, 0)
    }

    pub(crate) fn field_offset(&self, st: TypeId, i: usize) -> u64 {
        Layout::new(&self.p.tt).field_offsets(st).get(i).copied().unwrap_or(0)
    }

    pub(crate) fn size_of(&self, t: TypeId) -> u64 {
        Layout::new(&self.p.tt).size(t)
    }

    /// Contains no pointers (can be allocated noscan).
    pub(crate) fn noscan(&self, t: TypeId) -> bool {
        match self.p.tt.under(t) {
            TypeKind::Basic(b) => !matches!(b, Basic::String | Basic::UnsafePointer | Basic::UntypedString),
            TypeKind::Array(n, e) => *n == 0 || self.noscan(*e),
            TypeKind::Struct(fs) => fs.iter().all(|f| self.noscan(f.ty)),
            _ => false,
        }
    }

    fn kind_of(&self, t: TypeId) -> Kind {
        match self.p.tt.under(t) {
            TypeKind::Basic(b) => match b {
                Basic::Bool | Basic::UntypedBool => Kind::Bool,
                Basic::Int | Basic::UntypedInt => Kind::Int,
                Basic::Int8 => Kind::Int8,
                Basic::Int16 => Kind::Int16,
                Basic::Int32 | Basic::UntypedRune => Kind::Int32,
                Basic::Int64 => Kind::Int64,
                Basic::Uint => Kind::Uint,
                Basic::Uint8 => Kind::Uint8,
                Basic::Uint16 => Kind::Uint16,
                Basic::Uint32 => Kind::Uint32,
                Basic::Uint64 => Kind::Uint64,
                Basic::Uintptr => Kind::Uintptr,
                Basic::Float32 => Kind::Float32,
                Basic::Float64 | Basic::UntypedFloat => Kind::Float64,
                Basic::Complex64 => Kind::Complex64,
                Basic::Complex128 | Basic::UntypedComplex => Kind::Complex128,
                Basic::String | Basic::UntypedString => Kind::String,
                Basic::UnsafePointer | Basic::UntypedNil | Basic::Invalid => Kind::UnsafePointer,
            },
            TypeKind::Pointer(_) => Kind::Pointer,
            TypeKind::Slice(_) => Kind::Slice,
            TypeKind::Array(..) => Kind::Array,
            TypeKind::Map(..) => Kind::Map,
            TypeKind::Chan(..) => Kind::Chan,
            TypeKind::Func(_) => Kind::Func,
            TypeKind::Interface(_) => Kind::Interface,
            TypeKind::Struct(_) => Kind::Struct,
            _ => Kind::UnsafePointer,
        }
    }

    /// The runtime descriptor of type `t` (created once).
    pub(crate) fn tdesc(&mut self, t: TypeId) -> *mut TypeDesc {
        if let Some(&d) = self.tdescs.get(&t) {
            return d;
        }
        let flat = self.flat(t);
        let kind = self.kind_of(t);
        let name = self.p.tt.runtime_name(t);
        let mut d = TypeDesc::new(kind, flat.size, flat.align as u8, name);
        d.noscan = self.noscan(t);
        d.is_mem = flat.mem;
        d.comparable = self.p.comparable(t);
        d.flat =
            if flat.mem { vec![] } else { flat.words.iter().map(|w| FlatWord { offset: w.off, mem: w.mem }).collect() };
        if let Some(n) = self.p.tt.named_info(t) {
            d.named = true;
            d.pkg = n.pkg.to_string();
        }
        let p = self.shared.add_type(d);
        self.tdescs.insert(t, p);
        // Components may refer back to t (recursive types): fill them after
        // the descriptor exists.
        let under = self.p.tt.under(t).clone();
        let (mut elem, mut key, mut len) = (std::ptr::null(), std::ptr::null(), 0u64);
        let mut fields = Vec::new();
        let mut imethods = Vec::new();
        let (mut params, mut results, mut variadic) = (Vec::new(), Vec::new(), false);
        match under {
            TypeKind::Pointer(e) | TypeKind::Slice(e) => elem = self.tdesc(e) as *const _,
            TypeKind::Array(n, e) => {
                elem = self.tdesc(e) as *const _;
                len = n;
            }
            TypeKind::Map(k, v) => {
                key = self.tdesc(k) as *const _;
                elem = self.tdesc(v) as *const _;
            }
            TypeKind::Chan(dir, e) => {
                elem = self.tdesc(e) as *const _;
                len = match dir {
                    ChanDirKey::Both => 0,
                    ChanDirKey::Send => 1,
                    ChanDirKey::Recv => 2,
                };
            }
            TypeKind::Struct(fs) => {
                let offs = Layout::new(&self.p.tt).field_offsets(t);
                for (f, off) in fs.iter().zip(offs) {
                    let ft = self.tdesc(f.ty) as *const _;
                    fields.push(FieldDesc {
                        name: f.name.to_string(),
                        typ: ft,
                        offset: off,
                        embedded: f.embedded,
                        exported: crate::check::is_exported_name(&f.name),
                        tag: f.tag.clone(),
                    });
                }
            }
            TypeKind::Interface(i) => {
                for m in &i.methods {
                    let sig = self.tdesc(m.sig) as *const _;
                    imethods.push(IMethodDesc { name: m.name.to_string(), pkg: m.pkg.to_string(), sig });
                }
            }
            TypeKind::Func(s) => {
                params = s.params.iter().map(|&x| self.tdesc(x) as *const _).collect();
                results = s.results.iter().map(|&x| self.tdesc(x) as *const _).collect();
                variadic = s.variadic;
            }
            _ => {}
        }
        // SAFETY: p points at a descriptor owned by `shared`; no other
        // reference to it is live.
        unsafe {
            (*p).elem = elem;
            (*p).key = key;
            (*p).len = len;
            (*p).fields = fields;
            (*p).imethods = imethods;
            (*p).params = params;
            (*p).results = results;
            (*p).variadic = variadic;
        }
        if self.type_is_named_with_methods(t) || matches!(self.p.tt.under(t), TypeKind::Struct(_)) {
            self.method_queue.push(t);
        }
        // Pointers to named types have methods too: make sure `*T` exists
        // for every named T, so fmt can find pointer-receiver methods.
        if self.p.tt.named_info(t).is_some() && !self.p.tt.is_interface(t) {
            let pt = self.p.tt.pointer(t);
            let pd = self.tdesc(pt);
            // SAFETY: both descriptors are owned by `shared`.
            unsafe { (*p).ptr_to.set(pd) };
        }
        p
    }

    /// Fills the method table of `t`'s descriptor (wrappers taking the
    /// interface data word as receiver).
    pub(crate) fn fill_methods(&mut self, t: TypeId) {
        if self.p.tt.is_interface(t) {
            return;
        }
        let entries = self.p.method_set(t);
        if entries.is_empty() {
            return;
        }
        let d = self.tdesc(t);
        let mut methods = Vec::new();
        for e in entries {
            let sig = self.tdesc(e.result.ty) as *const _;
            let w = self.iface_wrapper(t, &e.name);
            let Some(w) = w else { continue };
            let fi = self.fi_addr(w) as *const runtime::FuncInfo;
            let pkg = if crate::check::is_exported_name(&e.name) {
                String::new()
            } else {
                self.p.packages[self.p.obj(e.result.obj).pkg.0 as usize].path.to_string()
            };
            methods.push(MethodDesc { name: e.name.to_string(), pkg, sig, func: fi });
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        // SAFETY: d is owned by `shared`; no other reference is live.
        unsafe { (*d).methods = methods };
    }

    /// Whether a value of `t` sits directly in an interface's data word.
    pub(crate) fn direct_iface(&self, t: TypeId) -> bool {
        self.kind_of(t).is_direct_iface()
    }

    pub(crate) fn is_signed(&self, t: TypeId) -> bool {
        self.p.tt.basic(t).is_some_and(|b| b.is_integer() && !b.is_unsigned())
    }

    pub(crate) fn basic(&self, t: TypeId) -> Option<Basic> {
        self.p.tt.basic(t)
    }

    pub(crate) fn untyped_default(&self, t: TypeId) -> TypeId {
        match self.p.tt.basic(t) {
            Some(Basic::UntypedBool) => ids::BOOL,
            Some(Basic::UntypedInt) => ids::INT,
            Some(Basic::UntypedRune) => ids::INT32,
            Some(Basic::UntypedFloat) => ids::FLOAT64,
            Some(Basic::UntypedComplex) => ids::COMPLEX128,
            Some(Basic::UntypedString) => ids::STRING,
            _ => t,
        }
    }
}

/// The elements of a struct literal as (field path, value): positional
/// elements and keys naming a field have one-element paths; a key naming
/// a promoted field (Go 1.27) has the path the checker recorded.
pub(crate) fn struct_paths<'e>(
    p: &crate::check::Program,
    fields: &[crate::types::Field],
    elts: &'e [crate::ast::Expr],
) -> Vec<(Vec<usize>, &'e crate::ast::Expr)> {
    use crate::ast::ExprKind;
    let mut out = Vec::new();
    for (k, el) in elts.iter().enumerate() {
        match &el.kind {
            ExprKind::KeyValue(key, v) => {
                let ExprKind::Ident(n) = &key.kind else { continue };
                if let Some(i) = fields.iter().position(|f| f.name == *n) {
                    out.push((vec![i], &**v));
                } else if let Some(sel) = p.info.selections.get(&key.id) {
                    out.push((sel.path.clone(), &**v));
                }
            }
            _ => out.push((vec![k], el)),
        }
    }
    out
}
