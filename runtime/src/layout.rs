//! Moving values between their register form (flat words) and memory.

use crate::ctx::Ctx;
use crate::types::TypeDesc;
use ir::MemType;

/// Reads one word of memory type `mt` at `p` into register form.
///
/// # Safety
/// `p` must be valid for a read of `mt.size()` bytes.
#[inline]
pub unsafe fn load_word(p: *const u8, mt: MemType) -> u64 {
    match mt {
        MemType::I8 => *(p as *const i8) as i64 as u64,
        MemType::U8 => *p as u64,
        MemType::I16 => (p as *const i16).read_unaligned() as i64 as u64,
        MemType::U16 => (p as *const u16).read_unaligned() as u64,
        MemType::I32 => (p as *const i32).read_unaligned() as i64 as u64,
        MemType::U32 => (p as *const u32).read_unaligned() as u64,
        MemType::I64 => (p as *const u64).read_unaligned(),
        MemType::F32 => ((p as *const f32).read_unaligned() as f64).to_bits(),
        MemType::F64 => (p as *const u64).read_unaligned(),
    }
}

/// Writes a register-form word as memory type `mt` at `p`.
///
/// # Safety
/// `p` must be valid for a write of `mt.size()` bytes.
#[inline]
pub unsafe fn store_word(p: *mut u8, mt: MemType, v: u64) {
    match mt {
        MemType::I8 | MemType::U8 => *p = v as u8,
        MemType::I16 | MemType::U16 => (p as *mut u16).write_unaligned(v as u16),
        MemType::I32 | MemType::U32 => (p as *mut u32).write_unaligned(v as u32),
        MemType::I64 | MemType::F64 => (p as *mut u64).write_unaligned(v),
        MemType::F32 => (p as *mut f32).write_unaligned(f64::from_bits(v) as f32),
    }
}

/// Stores a value given as register words into memory at `dst`.
///
/// # Safety
/// `dst` must hold `t.size` writable bytes; for memory-form types `words[0]`
/// must point at `t.size` readable bytes.
pub unsafe fn store_flat(t: &TypeDesc, words: &[u64], dst: *mut u8) {
    if t.is_mem {
        std::ptr::copy(words[0] as *const u8, dst, t.size as usize);
        return;
    }
    for (fw, &w) in t.flat.iter().zip(words) {
        store_word(dst.add(fw.offset as usize), fw.mem, w);
    }
}

/// Loads a value from memory into register words. Memory-form types get a
/// fresh heap copy (their register form owns its memory).
///
/// # Safety
/// `src` must hold `t.size` readable bytes.
pub unsafe fn load_flat(ctx: &mut Ctx, t: &TypeDesc, src: *const u8, out: &mut [u64]) {
    if t.is_mem {
        let p = ctx.alloc(t.size as usize, t.noscan);
        std::ptr::copy(src, p, t.size as usize);
        out[0] = p as u64;
        return;
    }
    for (fw, o) in t.flat.iter().zip(out.iter_mut()) {
        *o = load_word(src.add(fw.offset as usize), fw.mem);
    }
}

/// The interface data word for a value in register form.
pub fn box_value(ctx: &mut Ctx, t: &TypeDesc, words: &[u64]) -> u64 {
    if t.kind.is_direct_iface() {
        return words[0];
    }
    let p = ctx.alloc(t.size as usize, t.noscan);
    // SAFETY: p is a fresh object of t.size bytes.
    unsafe { store_flat(t, words, p) };
    p as u64
}

/// The memory form of an interface's dynamic value: for boxed kinds the
/// data word points at it; direct kinds are written into `tmp`.
pub fn iface_value_ptr(t: &TypeDesc, data: u64, tmp: &mut [u64; 2]) -> *const u8 {
    if t.kind.is_direct_iface() {
        let mt = t.flat.first().map(|f| f.mem).unwrap_or(MemType::I64);
        // SAFETY: tmp has 16 bytes.
        unsafe { store_word(tmp.as_mut_ptr() as *mut u8, mt, data) };
        tmp.as_ptr() as *const u8
    } else {
        data as *const u8
    }
}
