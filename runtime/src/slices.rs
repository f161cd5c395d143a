//! Slices: make, append growth and copy, with Go's capacity rules (they are
//! visible through `cap`).

use crate::ctx::Ctx;
use crate::native::Args;
use crate::panic::{raise_runtime, RtErr};
use crate::types::TypeDesc;

/// Go's allocation size classes; `append` rounds capacities up to them.
const GO_CLASSES: [usize; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480,
    512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864,
    5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480,
    21760, 24576, 27264, 28672, 32768,
];

/// The allocation size Go would use for `size` bytes. Objects with pointers
/// above 512 bytes carry an 8-byte header in Go, which the usable size loses.
pub fn go_roundup(size: usize, noscan: bool) -> usize {
    let header = if !noscan && size > 512 { 8 } else { 0 };
    let req = size + header;
    if req <= 32768 {
        let c = GO_CLASSES[GO_CLASSES.partition_point(|&c| c < req)];
        c - header
    } else {
        req.div_ceil(8192) * 8192 - header
    }
}

/// Capacity of a fresh buffer for `n` elements of `size` bytes as rounded by
/// Go's allocator (noscan elements).
pub fn round_cap(n: usize, size: usize) -> usize {
    if size == 0 {
        return n;
    }
    go_roundup(n * size, true) / size
}

/// The capacity `append` chooses when growing from (len, cap) to hold
/// `newlen` elements.
pub fn grow_cap(old_len: usize, old_cap: usize, newlen: usize, elem: &TypeDesc) -> usize {
    let size = elem.size as usize;
    let mut newcap = old_cap;
    let double = old_cap + old_cap;
    if newlen > double {
        newcap = newlen;
    } else if old_cap < 256 {
        newcap = double;
    } else {
        while newcap < newlen {
            newcap += (newcap + 3 * 256) >> 2;
        }
    }
    if old_len == 0 && size > 0 {
        newcap = newcap.max(32 / size);
    }
    if size == 0 {
        return newcap;
    }
    go_roundup(newcap * size, elem.noscan) / size
}

const MAX_ALLOC: u64 = 1 << 40;

/// (elem type, len, cap) -> pointer to zeroed backing array
pub extern "C" fn make_slice(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes a descriptor.
    let elem = unsafe { &*(a.get(0) as *const TypeDesc) };
    let (len, cap) = (a.get(1) as i64, a.get(2) as i64);
    let size = elem.size.max(1);
    if len < 0 || (len as u64).saturating_mul(size) > MAX_ALLOC {
        return raise_runtime(ctx, RtErr::ErrorString, "makeslice: len out of range");
    }
    if cap < len || (cap as u64).saturating_mul(size) > MAX_ALLOC {
        return raise_runtime(ctx, RtErr::ErrorString, "makeslice: cap out of range");
    }
    let p = ctx.alloc((cap as u64 * elem.size) as usize, elem.noscan);
    a.set(0, p as u64);
}

/// (elem type, ptr, len, cap, newlen) -> (ptr, newcap): a larger backing
/// array holding the first `len` elements.
pub extern "C" fn grow_slice(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes a descriptor.
    let elem = unsafe { &*(a.get(0) as *const TypeDesc) };
    let (p, len, cap, newlen) = (a.get(1), a.get(2) as usize, a.get(3) as usize, a.get(4) as i64);
    if newlen < 0 || (newlen as u64).saturating_mul(elem.size) > MAX_ALLOC {
        return raise_runtime(ctx, RtErr::ErrorString, "growslice: len out of range");
    }
    let newcap = grow_cap(len, cap, newlen as usize, elem);
    let size = elem.size as usize;
    let q = ctx.alloc(newcap * size, elem.noscan);
    if len > 0 {
        // SAFETY: the old array holds len elements, the new one newcap >= len.
        unsafe { std::ptr::copy_nonoverlapping(p as *const u8, q, len * size) };
    }
    a.set(0, q as u64);
    a.set(1, newcap as u64);
}

/// (dst ptr, dst len, src ptr, src len, elem size) -> n copied
pub extern "C" fn slice_copy(_ctx: &mut Ctx, a: Args) {
    let n = a.get(1).min(a.get(3));
    let bytes = (n * a.get(4)) as usize;
    if bytes > 0 {
        // SAFETY: both ranges lie within their slices; memmove handles overlap.
        unsafe { std::ptr::copy(a.get(2) as *const u8, a.get(0) as *mut u8, bytes) };
    }
    a.set(0, n);
}

/// (dst, src, bytes): copies a block (array values, struct copies).
pub extern "C" fn mem_move(_ctx: &mut Ctx, a: Args) {
    let n = a.get(2) as usize;
    if n > 0 {
        // SAFETY: the frontend copies between objects of the same type.
        unsafe { std::ptr::copy(a.get(1) as *const u8, a.get(0) as *mut u8, n) };
    }
}

/// (dst, bytes): zeroes a block.
pub extern "C" fn mem_zero(_ctx: &mut Ctx, a: Args) {
    let n = a.get(1) as usize;
    if n > 0 {
        // SAFETY: the frontend zeroes within one object.
        unsafe { std::ptr::write_bytes(a.get(0) as *mut u8, 0, n) };
    }
}

/// (type) -> pointer to a new zeroed object of that type
pub extern "C" fn new_object(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes a descriptor.
    let t = unsafe { &*(a.get(0) as *const TypeDesc) };
    let p = ctx.alloc(t.size as usize, t.noscan);
    a.set(0, p as u64);
}

/// (size, noscan) -> pointer to new zeroed memory
pub extern "C" fn alloc(ctx: &mut Ctx, a: Args) {
    let p = ctx.alloc(a.get(0) as usize, a.get(1) != 0);
    a.set(0, p as u64);
}
