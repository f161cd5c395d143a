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

/// (x any) -> (p unsafe.Pointer, n int, size int, kind string): the data
/// pointer, length and element size of the slice in x, with kind "";
/// otherwise zeros and the name of x's kind ("zero" for nil).
extern "C" fn slice_header(ctx: &mut Ctx, a: Args) {
    let (t, data) = (a.get(0) as *const TypeDesc, a.get(1) as *const u64);
    // SAFETY: the type word of a non-nil `any` is a descriptor.
    let td = (!t.is_null()).then(|| unsafe { &*t });
    let kind = match td {
        None => "zero",
        Some(td) if td.kind != Kind::Slice => reflect_kind_name(td.kind),
        Some(td) => {
            // SAFETY: a slice in an interface is boxed: data points at its
            // (pointer, length, capacity) header.
            let (p, n) = unsafe { (*data, *data.add(1)) };
            a.set(0, p);
            a.set(1, n);
            a.set(2, td.elem().size);
            a.set(3, 0);
            a.set(4, 0);
            return;
        }
    };
    let (sp, sl) = crate::strings::new_string(ctx, kind.as_bytes());
    a.set(0, 0);
    a.set(1, 0);
    a.set(2, 0);
    a.set(3, sp);
    a.set(4, sl);
}
