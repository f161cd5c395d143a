//! Types as the walker sees them: the flat register words of a value and
//! where each lives in memory. This mirrors `lower::repr` word for word
//! (docs/decisions/0003-value-layout.md), so both engines agree on every
//! value.

use crate::layout::Layout;
use crate::types::{Basic, TypeId, TypeKind, TypeTable};
use ir::MemType;
use std::rc::Rc;

/// One register word: its memory type and byte offset in the value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Word {
    pub mem: MemType,
    pub off: u32,
}

#[derive(Debug)]
pub(crate) struct TyInfo {
    pub id: TypeId,
    /// Register words (empty for memory-form types, which are one pointer).
    pub words: Box<[Word]>,
    /// Held as a pointer to memory (arrays, structs containing arrays).
    pub mem: bool,
    pub size: u64,
    pub noscan: bool,
    /// A value of this type sits in an interface's data word itself.
    pub direct: bool,
    /// Number of register words.
    pub n: u32,
}

pub(crate) type Ty = Rc<TyInfo>;

impl TyInfo {
    /// The memory type of a one-word value.
    pub fn mt(&self) -> MemType {
        if self.mem {
            MemType::I64
        } else {
            self.words.first().map(|w| w.mem).unwrap_or(MemType::I64)
        }
    }
}

fn word(mem: MemType, off: u32) -> Word {
    Word { mem, off }
}

/// The register words of `t` at byte offset `base`, or None for memory-form
/// types (as `Lowerer::flat_words`).
fn flat_words(tt: &TypeTable, t: TypeId, base: u32, depth: u32) -> Option<Vec<Word>> {
    use MemType::*;
    if depth > 100 {
        return None;
    }
    Some(match tt.under(t) {
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
            let offs = Layout::new(tt).field_offsets(t);
            let mut out = Vec::new();
            for (f, off) in fields.iter().zip(offs) {
                out.extend(flat_words(tt, f.ty, base + off as u32, depth + 1)?);
            }
            out
        }
        TypeKind::Tuple(_) | TypeKind::Named(_) | TypeKind::TypeParam(_) => vec![word(I64, base)],
    })
}

/// Contains no pointers (as `Lowerer::noscan`).
pub(crate) fn noscan(tt: &TypeTable, t: TypeId) -> bool {
    match tt.under(t) {
        TypeKind::Basic(b) => !matches!(b, Basic::String | Basic::UnsafePointer | Basic::UntypedString),
        TypeKind::Array(n, e) => *n == 0 || noscan(tt, *e),
        TypeKind::Struct(fs) => fs.iter().all(|f| noscan(tt, f.ty)),
        _ => false,
    }
}

/// Whether values of `t` are held directly in an interface's data word
/// (`Kind::is_direct_iface` of the lowering's kind of `t`).
pub(crate) fn direct_iface(tt: &TypeTable, t: TypeId) -> bool {
    match tt.under(t) {
        TypeKind::Basic(b) => !matches!(
            b,
            Basic::String | Basic::UntypedString | Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex
        ),
        TypeKind::Slice(_) | TypeKind::Array(..) | TypeKind::Struct(_) | TypeKind::Interface(_) => false,
        _ => true,
    }
}

pub(crate) fn ty_info(tt: &TypeTable, t: TypeId) -> TyInfo {
    let l = Layout::new(tt);
    let (size, _align) = (l.size(t), l.align(t));
    let (words, mem) = match flat_words(tt, t, 0, 0) {
        Some(w) => (w.into_boxed_slice(), false),
        None => (Box::default(), true),
    };
    let n = if mem { 1 } else { words.len() as u32 };
    TyInfo { id: t, words, mem, size, noscan: noscan(tt, t), direct: direct_iface(tt, t), n }
}

/// Reads a value of type `t` at `src` into register words at `dst`.
/// Memory-form values are not copied: the word is the address itself.
///
/// # Safety
/// `src` must hold a value of `t`; `dst` must have room for `t.n` words.
#[inline]
pub(crate) unsafe fn load(t: &TyInfo, src: *const u8, dst: *mut u64) {
    if t.mem {
        *dst = src as u64;
        return;
    }
    for (k, w) in t.words.iter().enumerate() {
        *dst.add(k) = runtime::layout::load_word(src.add(w.off as usize), w.mem);
    }
}

/// Writes register words at `src` as a value of `t` at `dst` (memory-form
/// values are copied from the memory `src[0]` points at).
///
/// # Safety
/// `dst` must have room for a `t`; `src` must hold `t.n` words.
#[inline]
pub(crate) unsafe fn store(t: &TyInfo, dst: *mut u8, src: *const u64) {
    if t.mem {
        std::ptr::copy(*src as *const u8, dst, t.size as usize);
        return;
    }
    for (k, w) in t.words.iter().enumerate() {
        runtime::layout::store_word(dst.add(w.off as usize), w.mem, *src.add(k));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ids;

    #[test]
    fn basic_words() {
        let tt = TypeTable::new();
        let s = ty_info(&tt, ids::STRING);
        assert_eq!(s.n, 2);
        assert!(!s.mem && !s.direct);
        let i = ty_info(&tt, ids::INT);
        assert_eq!((i.n, i.size, i.direct), (1, 8, true));
    }
}
