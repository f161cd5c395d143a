//! Memory layout of Go types, as gc lays them out on 64-bit targets.

use crate::types::{Basic, TypeId, TypeKind, TypeTable};

pub struct Layout<'a> {
    tt: &'a TypeTable,
}

impl<'a> Layout<'a> {
    pub fn new(tt: &'a TypeTable) -> Layout<'a> {
        Layout { tt }
    }

    pub fn size(&self, t: TypeId) -> u64 {
        self.size_align(t, 0).0
    }

    pub fn align(&self, t: TypeId) -> u64 {
        self.size_align(t, 0).1
    }

    fn size_align(&self, t: TypeId, depth: u32) -> (u64, u64) {
        if depth > 100 {
            return (8, 8);
        }
        match self.tt.under(t) {
            TypeKind::Basic(b) => match b {
                Basic::Bool | Basic::Int8 | Basic::Uint8 => (1, 1),
                Basic::Int16 | Basic::Uint16 => (2, 2),
                Basic::Int32 | Basic::Uint32 | Basic::Float32 | Basic::UntypedRune => (4, 4),
                Basic::Complex64 => (8, 4),
                Basic::Complex128 | Basic::String | Basic::UntypedString | Basic::UntypedComplex => (16, 8),
                _ => (8, 8),
            },
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => (8, 8),
            TypeKind::Slice(_) => (24, 8),
            TypeKind::Interface(_) => (16, 8),
            TypeKind::Array(n, e) => {
                let (s, a) = self.size_align(*e, depth + 1);
                (s.saturating_mul(*n), a)
            }
            TypeKind::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1u64;
                let mut last_zero = false;
                for f in fields {
                    let (s, a) = self.size_align(f.ty, depth + 1);
                    off = off.div_ceil(a) * a;
                    off += s;
                    align = align.max(a);
                    last_zero = s == 0;
                }
                // A trailing zero-size field gets a byte so that its address
                // does not point past the object.
                if last_zero && off > 0 {
                    off += 1;
                }
                (off.div_ceil(align) * align, align)
            }
            TypeKind::Tuple(ts) => (ts.iter().map(|&t| self.size_align(t, depth + 1).0).sum(), 8),
            TypeKind::TypeParam(_) | TypeKind::Named(_) => (8, 8),
        }
    }

    /// Byte offsets of a struct's fields.
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        let TypeKind::Struct(fields) = self.tt.under(t) else { return vec![] };
        let mut off = 0u64;
        let mut out = Vec::with_capacity(fields.len());
        for f in fields {
            let (s, a) = self.size_align(f.ty, 0);
            off = off.div_ceil(a) * a;
            out.push(off);
            off += s;
        }
        out
    }

    /// Offset of the field reached by an embedding path from `t`
    /// (no pointer indirections along it).
    pub fn path_offset(&self, t: TypeId, path: &[usize]) -> u64 {
        let mut cur = t;
        let mut off = 0;
        for &i in path {
            if let TypeKind::Pointer(b) = self.tt.under(cur) {
                cur = *b;
            }
            off += self.field_offsets(cur).get(i).copied().unwrap_or(0);
            cur = match self.tt.under(cur) {
                TypeKind::Struct(fs) => fs[i].ty,
                _ => cur,
            };
        }
        off
    }
}
