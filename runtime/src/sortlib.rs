//! Natives of package sort: the slice behind an `any`, for sort.Slice and
//! friends, which then sort the memory through typed views (see
//! frontend/lib/sort/sort.go).

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::types::{Kind, TypeDesc};

pub const NATIVES: &[(&str, NativeFn)] = &[("sort.sliceHeader", slice_header)];

/// The name reflect gives a kind in its messages (`reflect.Kind.String`).
pub fn reflect_kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Bool => "bool",
        Kind::Int => "int",
        Kind::Int8 => "int8",
        Kind::Int16 => "int16",
        Kind::Int32 => "int32",
        Kind::Int64 => "int64",
        Kind::Uint => "uint",
        Kind::Uint8 => "uint8",
        Kind::Uint16 => "uint16",
        Kind::Uint32 => "uint32",
        Kind::Uint64 => "uint64",
        Kind::Uintptr => "uintptr",
        Kind::Float32 => "float32",
        Kind::Float64 => "float64",
        Kind::Complex64 => "complex64",
        Kind::Complex128 => "complex128",
        Kind::String => "string",
        Kind::Pointer => "ptr",
        Kind::Slice => "slice",
        Kind::Array => "array",
        Kind::Map => "map",
        Kind::Chan => "chan",
        Kind::Func => "func",
        Kind::Interface => "interface",
        Kind::Struct => "struct",
        Kind::UnsafePointer => "unsafe.Pointer",
    }
}

/// The length of a non-slice value as reflect's Value.Len gives it, for
/// SliceIsSorted: arrays, strings, maps and channels (reflectlite, unlike
/// reflect, refuses pointers to arrays).
fn other_len(ctx: &mut Ctx, td: &TypeDesc, data: u64) -> Option<u64> {
    Some(match td.kind {
        Kind::Array => td.len,
        // SAFETY: a string in an interface is boxed: data points at its
        // (pointer, length) header.
        Kind::String => unsafe { *(data as *const u64).add(1) },
        Kind::Map => {
            if data == 0 {
                0
            } else {
                // SAFETY: a map is a pointer to its object, whose first
                // word is the element count.
                unsafe { *(data as *const u64) }
            }
        }
        Kind::Chan => {
            let f = crate::native::lookup("chan_len")?;
            let mut buf = [data];
            f(ctx, Args(buf.as_mut_ptr()));
            buf[0]
        }
        _ => return None,
    })
}

/// (x any, anyLen bool) -> (p unsafe.Pointer, n int, size int, kind
/// string): the data pointer, length and element size of the slice in x,
/// with kind "". With anyLen, the other kinds reflect's Value.Len accepts
/// give their length (p nil, size 0). Otherwise all zeros and the name of
/// x's kind ("zero" for nil).
extern "C" fn slice_header(ctx: &mut Ctx, a: Args) {
    let (t, data, any_len) = (a.get(0) as *const TypeDesc, a.get(1), a.get(2) != 0);
    // SAFETY: the type word of a non-nil `any` is a descriptor.
    let td = (!t.is_null()).then(|| unsafe { &*t });
    let result = |p: u64, n: u64, size: u64| {
        a.set(0, p);
        a.set(1, n);
        a.set(2, size);
        a.set(3, 0);
        a.set(4, 0);
    };
    let kind = match td {
        None => "zero",
        Some(td) if td.kind == Kind::Slice => {
            // SAFETY: a slice in an interface is boxed: data points at its
            // (pointer, length, capacity) header.
            let (p, n) = unsafe { (*(data as *const u64), *(data as *const u64).add(1)) };
            return result(p, n, td.elem().size);
        }
        Some(td) => {
            if any_len {
                if let Some(n) = other_len(ctx, td, data) {
                    return result(0, n, 0);
                }
            }
            reflect_kind_name(td.kind)
        }
    };
    let (sp, sl) = crate::strings::new_string(ctx, kind.as_bytes());
    a.set(0, 0);
    a.set(1, 0);
    a.set(2, 0);
    a.set(3, sp);
    a.set(4, sl);
}
