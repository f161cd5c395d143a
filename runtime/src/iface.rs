//! Interfaces: method tables, assertions, and equality and hashing of
//! values by type (also used by maps).

use crate::ctx::Ctx;
use crate::layout::iface_value_ptr;
use crate::native::Args;
use crate::panic::{raise_runtime, RtErr};
use crate::types::{Kind, TypeDesc};

/// The itab for `typ` as interface `iface`, or null if `typ` lacks a method.
///
/// # Safety
/// `iface` and `typ` must be descriptors of this program (interface and
/// concrete type).
pub unsafe fn get_itab(ctx: &mut Ctx, iface: *const TypeDesc, typ: *const TypeDesc) -> *const usize {
    let shared = ctx.shared();
    if let Some(&p) = shared.itabs.get(&(iface as usize, typ as usize)) {
        return p;
    }
    // SAFETY: descriptors are immortal.
    let (it, t) = unsafe { (&*iface, &*typ) };
    let mut words = vec![typ as usize, iface as usize];
    let mut j = 0;
    for im in &it.imethods {
        while j < t.methods.len() && t.methods[j].name < im.name {
            j += 1;
        }
        match t.methods.get(j) {
            Some(m) if m.name == im.name && m.sig == im.sig && (is_exported(&m.name) || m.pkg == im.pkg) => {
                words.push(m.func as usize)
            }
            _ => return std::ptr::null(),
        }
    }
    shared.add_itab(iface, typ, words.into_boxed_slice())
}

/// The first method of `iface` that `typ` lacks (for error messages).
pub fn missing_method(iface: &TypeDesc, typ: &TypeDesc) -> String {
    for im in &iface.imethods {
        if !typ.methods.iter().any(|m| m.name == im.name && m.sig == im.sig) {
            return im.name.clone();
        }
    }
    String::new()
}

fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

fn type_name(t: u64) -> String {
    if t == 0 {
        "nil".into()
    } else {
        // SAFETY: non-zero type words are descriptors.
        unsafe { (*(t as *const TypeDesc)).name.clone() }
    }
}

/// (iface type, dynamic type, _) -> itab: `x.(I)`; panics if it fails.
pub extern "C" fn assert_iface(ctx: &mut Ctx, a: Args) {
    let (iface, typ) = (a.get(0) as *const TypeDesc, a.get(1));
    // SAFETY: the frontend passes an interface descriptor.
    let iname = unsafe { (*iface).name.clone() };
    if typ == 0 {
        let msg = format!("interface conversion: interface is nil, not {iname}");
        return raise_runtime(ctx, RtErr::TypeAssertion, &msg);
    }
    // SAFETY: the frontend passes an interface descriptor; non-zero type
    // words are descriptors.
    let it = unsafe { get_itab(ctx, iface, typ as *const TypeDesc) };
    if it.is_null() {
        // SAFETY: descriptors are immortal.
        let m = unsafe { missing_method(&*iface, &*(typ as *const TypeDesc)) };
        let msg = format!("interface conversion: {} is not {iname}: missing method {m}", type_name(typ));
        return raise_runtime(ctx, RtErr::TypeAssertion, &msg);
    }
    a.set(0, it as u64);
}

/// (iface type, dynamic type) -> (itab, ok): `v, ok := x.(I)`.
pub extern "C" fn assert_iface_ok(ctx: &mut Ctx, a: Args) {
    let (iface, typ) = (a.get(0) as *const TypeDesc, a.get(1));
    // SAFETY: as in `assert_iface`.
    let it = if typ == 0 { std::ptr::null() } else { unsafe { get_itab(ctx, iface, typ as *const TypeDesc) } };
    a.set(0, it as u64);
    a.set(1, !it.is_null() as u64);
}

/// (static iface type, dynamic type, wanted type): a failed `x.(T)`.
pub extern "C" fn panic_assert(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes descriptors.
    let iname = unsafe { (*(a.get(0) as *const TypeDesc)).name.clone() };
    let msg = format!("interface conversion: {iname} is {}, not {}", type_name(a.get(1)), type_name(a.get(2)));
    raise_runtime(ctx, RtErr::TypeAssertion, &msg);
}

/// Result of comparing values that may not be comparable.
pub type CmpResult = Result<bool, *const TypeDesc>;

/// Compares two values of type `t` held in memory.
///
/// # Safety
/// `a` and `b` must point at values of type `t`.
pub unsafe fn equal(t: &TypeDesc, a: *const u8, b: *const u8) -> CmpResult {
    use Kind::*;
    Ok(match t.kind {
        Bool | Int8 | Uint8 => *a == *b,
        Int16 | Uint16 => (a as *const u16).read_unaligned() == (b as *const u16).read_unaligned(),
        Int32 | Uint32 => (a as *const u32).read_unaligned() == (b as *const u32).read_unaligned(),
        Int | Int64 | Uint | Uint64 | Uintptr | Pointer | Chan | UnsafePointer => {
            (a as *const u64).read_unaligned() == (b as *const u64).read_unaligned()
        }
        Float32 => (a as *const f32).read_unaligned() == (b as *const f32).read_unaligned(),
        Float64 => (a as *const f64).read_unaligned() == (b as *const f64).read_unaligned(),
        Complex64 => {
            let (x, y) = (a as *const f32, b as *const f32);
            x.read_unaligned() == y.read_unaligned() && x.add(1).read_unaligned() == y.add(1).read_unaligned()
        }
        Complex128 => {
            let (x, y) = (a as *const f64, b as *const f64);
            x.read_unaligned() == y.read_unaligned() && x.add(1).read_unaligned() == y.add(1).read_unaligned()
        }
        String => {
            let (x, y) = (a as *const u64, b as *const u64);
            let (lx, ly) = (*x.add(1), *y.add(1));
            lx == ly && crate::strings::bytes_of(*x, lx) == crate::strings::bytes_of(*y, ly)
        }
        Interface => {
            let (x, y) = (a as *const u64, b as *const u64);
            let (tx, ty) = (iface_type(t, *x), iface_type(t, *y));
            return eface_equal(tx, *x.add(1), ty, *y.add(1));
        }
        Array => {
            let e = t.elem();
            for i in 0..t.len {
                let off = (i * e.size) as usize;
                if !equal(e, a.add(off), b.add(off))? {
                    return Ok(false);
                }
            }
            true
        }
        Struct => {
            for f in &t.fields {
                if f.name == "_" {
                    continue;
                }
                let ft = &*f.typ;
                let off = f.offset as usize;
                if !equal(ft, a.add(off), b.add(off))? {
                    return Ok(false);
                }
            }
            true
        }
        Slice | Map | Func => return Err(t),
    })
}

/// The dynamic type of an interface value of static type `t` whose first
/// word is `w` (an itab for non-empty interfaces).
///
/// # Safety
/// `w` must be 0 or a descriptor/itab matching `t`.
pub unsafe fn iface_type(t: &TypeDesc, w: u64) -> u64 {
    if w == 0 || t.imethods.is_empty() {
        w
    } else {
        *(w as *const u64)
    }
}

/// Compares two `any` values.
pub fn eface_equal(t1: u64, d1: u64, t2: u64, d2: u64) -> CmpResult {
    if t1 != t2 {
        return Ok(false);
    }
    if t1 == 0 {
        return Ok(true);
    }
    // SAFETY: non-zero type words are descriptors and the data words hold
    // values of that type.
    unsafe {
        let t = &*(t1 as *const TypeDesc);
        if !t.comparable {
            return Err(t);
        }
        let (mut x, mut y) = ([0u64; 2], [0u64; 2]);
        equal(t, iface_value_ptr(t, d1, &mut x), iface_value_ptr(t, d2, &mut y))
    }
}

/// (t1, d1, t2, d2) -> equal: `==` on interface values (types, not itabs).
pub extern "C" fn iface_eq(ctx: &mut Ctx, a: Args) {
    match eface_equal(a.get(0), a.get(1), a.get(2), a.get(3)) {
        Ok(b) => a.set(0, b as u64),
        Err(t) => {
            // SAFETY: descriptors are immortal.
            let msg = format!("comparing uncomparable type {}", unsafe { &(*t).name });
            raise_runtime(ctx, RtErr::ErrorString, &msg);
        }
    }
}

/// (type, ptr a, ptr b) -> equal: `==` on values in memory (arrays, big
/// structs); panics on uncomparable dynamic types inside.
pub extern "C" fn mem_eq(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes a descriptor and two values of its type.
    let r = unsafe { equal(&*(a.get(0) as *const TypeDesc), a.get(1) as *const u8, a.get(2) as *const u8) };
    match r {
        Ok(b) => a.set(0, b as u64),
        Err(t) => {
            // SAFETY: descriptors are immortal.
            let msg = format!("comparing uncomparable type {}", unsafe { &(*t).name });
            raise_runtime(ctx, RtErr::ErrorString, &msg);
        }
    }
}

const M1: u64 = 0xa076_1d64_78bd_642f;
const M2: u64 = 0xe703_7ed1_a0b4_28db;

#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul((b ^ M2) as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

pub fn hash_bytes(b: &[u8], seed: u64) -> u64 {
    let mut h = seed ^ M1 ^ (b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap()));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(buf));
    }
    mix(h, M1)
}

/// Hashes a value of type `t` in memory, consistently with `equal`.
///
/// # Safety
/// `p` must point at a value of type `t`.
pub unsafe fn hash(t: &TypeDesc, p: *const u8, seed: u64) -> Result<u64, *const TypeDesc> {
    use Kind::*;
    Ok(match t.kind {
        Bool | Int8 | Uint8 => mix(seed, *p as u64),
        Int16 | Uint16 => mix(seed, (p as *const u16).read_unaligned() as u64),
        Int32 | Uint32 => mix(seed, (p as *const u32).read_unaligned() as u64),
        Int | Int64 | Uint | Uint64 | Uintptr | Pointer | Chan | UnsafePointer => {
            mix(seed, (p as *const u64).read_unaligned())
        }
        Float32 => hash_float((p as *const f32).read_unaligned() as f64, seed),
        Float64 => hash_float((p as *const f64).read_unaligned(), seed),
        Complex64 => {
            let x = p as *const f32;
            hash_float(x.add(1).read_unaligned() as f64, hash_float(x.read_unaligned() as f64, seed))
        }
        Complex128 => {
            let x = p as *const f64;
            hash_float(x.add(1).read_unaligned(), hash_float(x.read_unaligned(), seed))
        }
        String => {
            let x = p as *const u64;
            hash_bytes(crate::strings::bytes_of(*x, *x.add(1)), seed)
        }
        Interface => {
            let x = p as *const u64;
            let ty = iface_type(t, *x);
            if ty == 0 {
                return Ok(mix(seed, 0));
            }
            let dt = &*(ty as *const TypeDesc);
            if !dt.comparable {
                return Err(dt);
            }
            let mut tmp = [0u64; 2];
            hash(dt, iface_value_ptr(dt, *x.add(1), &mut tmp), mix(seed, ty))?
        }
        Array => {
            let e = t.elem();
            let mut h = seed;
            for i in 0..t.len {
                h = hash(e, p.add((i * e.size) as usize), h)?;
            }
            h
        }
        Struct => {
            let mut h = seed;
            for f in &t.fields {
                if f.name != "_" {
                    h = hash(&*f.typ, p.add(f.offset as usize), h)?;
                }
            }
            h
        }
        Slice | Map | Func => return Err(t),
    })
}

fn hash_float(f: f64, seed: u64) -> u64 {
    if f == 0.0 {
        mix(seed, 0) // +0 and -0 are equal
    } else if f.is_nan() {
        // NaN != NaN: every NaN key is distinct; a random hash spreads them.
        mix(seed, crate::maps::random_u64())
    } else {
        mix(seed, f.to_bits())
    }
}

/// Calls a method `name() string` of the dynamic value (t, data) if the
/// type has one; used for printing panics and by fmt.
pub fn call_string_method(ctx: &mut Ctx, t: &TypeDesc, data: u64, name: &str) -> Option<String> {
    try_string_method(ctx, t, data, name).ok().flatten()
}

/// Like `call_string_method`, but a panic inside the method is reported
/// as `Err` with gc's description of its value (a string as is, others as
/// `type T`), as `preprintpanics` does, and whether it was a nil
/// dereference (a signal).
pub fn try_string_method(ctx: &mut Ctx, t: &TypeDesc, data: u64, name: &str) -> Result<Option<String>, (String, bool)> {
    let Some(m) = t.methods.iter().find(|m| m.name == name) else { return Ok(None) };
    // SAFETY: method signatures are func type descriptors.
    let sig = unsafe { &*m.sig };
    if !sig.params.is_empty() || sig.results.len() != 1 || unsafe { (*sig.results[0]).kind } != Kind::String {
        return Ok(None);
    }
    // The method may be called while a panic is being reported: run it
    // with the flag clear, and forget any panic it raises itself.
    let (saved, depth) = (ctx.panicking, ctx.panics.len());
    ctx.panicking = 0;
    let mut args = [data, 0];
    ctx.call(m.func, &mut args);
    let failed = ctx.panicking != 0;
    ctx.panicking = saved;
    if failed {
        let why = ctx.panics.get(depth).map(|p| (nested_panic_text(p), p.sigsegv)).unwrap_or_default();
        ctx.panics.truncate(depth);
        return Err(why);
    }
    Ok(Some(String::from_utf8_lossy(crate::strings::bytes_of(args[0], args[1])).into_owned()))
}

/// gc's text for a panic raised while printing a panic value.
fn nested_panic_text(p: &crate::panic::Panic) -> String {
    if p.fallback.is_some() {
        return "type runtime.errorString".into();
    }
    let [t, d] = p.value;
    if t == 0 {
        return "type <nil>".into();
    }
    // SAFETY: non-zero type words are descriptors; a string's data word
    // points at its (ptr, len) header.
    unsafe {
        let td = &*(t as *const TypeDesc);
        if td.kind == Kind::String && !td.named {
            let h = d as *const u64;
            return String::from_utf8_lossy(crate::strings::bytes_of(*h, *h.add(1))).into_owned();
        }
        format!("type {}", td.name)
    }
}
