//! Go strings: an immutable (pointer, length) pair over noscan bytes.

use crate::ctx::Ctx;
use crate::native::Args;

/// The bytes of a string or byte slice.
#[inline]
pub fn bytes_of<'a>(p: u64, len: u64) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: guest strings and slices point at `len` readable bytes (heap
    // objects or static data that live while referenced).
    unsafe { std::slice::from_raw_parts(p as *const u8, len as usize) }
}

/// Copies bytes into a new heap string.
pub fn new_string(ctx: &mut Ctx, b: &[u8]) -> (u64, u64) {
    if b.is_empty() {
        return (0, 0);
    }
    let p = ctx.alloc(b.len(), true);
    // SAFETY: p is a fresh allocation of b.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    (p as u64, b.len() as u64)
}

/// A heap cell holding a string header (how strings sit in interfaces).
pub fn box_string(ctx: &mut Ctx, b: &[u8]) -> *mut u64 {
    let (p, l) = new_string(ctx, b);
    let cell = ctx.alloc(16, false) as *mut u64;
    // SAFETY: fresh 16-byte cell.
    unsafe {
        *cell = p;
        *cell.add(1) = l;
    }
    cell
}

fn ret_str(a: Args, (p, l): (u64, u64)) {
    a.set(0, p);
    a.set(1, l);
}

/// (n, p0, l0, p1, l1, ...) -> (p, l)
pub extern "C" fn str_concat(ctx: &mut Ctx, a: Args) {
    let n = a.get(0) as usize;
    let mut total = 0usize;
    let mut only = None;
    for i in 0..n {
        let l = a.get(2 + 2 * i) as usize;
        if l > 0 {
            only = if total == 0 { Some(i) } else { None };
        }
        total += l;
    }
    if total == 0 {
        return ret_str(a, (0, 0));
    }
    if let Some(i) = only {
        // A single non-empty operand: strings are immutable, share it.
        return ret_str(a, (a.get(1 + 2 * i), a.get(2 + 2 * i)));
    }
    let p = ctx.alloc(total, true);
    let mut off = 0;
    for i in 0..n {
        let s = a.str(1 + 2 * i);
        // SAFETY: p has `total` bytes; the parts add up to total.
        unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), p.add(off), s.len()) };
        off += s.len();
    }
    ret_str(a, (p as u64, total as u64));
}

/// (p0, l0, p1, l1) -> equal
pub extern "C" fn str_eq(_ctx: &mut Ctx, a: Args) {
    let r = a.get(1) == a.get(3) && a.str(0) == a.str(2);
    a.set(0, r as u64);
}

/// (p0, l0, p1, l1) -> -1, 0 or 1
pub extern "C" fn str_cmp(_ctx: &mut Ctx, a: Args) {
    let r = a.str(0).cmp(a.str(2)) as i64;
    a.set(0, r as u64);
}

/// (p, l) -> string with a copy of the bytes
pub extern "C" fn bytes_to_str(ctx: &mut Ctx, a: Args) {
    let s = new_string(ctx, a.str(0));
    ret_str(a, s);
}

/// (p, l) -> []byte (p, len, cap)
pub extern "C" fn str_to_bytes(ctx: &mut Ctx, a: Args) {
    let b = a.str(0);
    let n = b.len();
    if n == 0 {
        // A non-nil empty slice.
        let p = ctx.alloc(0, true);
        a.set(0, p as u64);
        a.set(1, 0);
        a.set(2, 0);
        return;
    }
    let cap = crate::slices::round_cap(n, 1);
    let p = ctx.alloc(cap, true);
    // SAFETY: p holds cap >= n bytes.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, n) };
    a.set(0, p as u64);
    a.set(1, n as u64);
    a.set(2, cap as u64);
}

/// Decodes one UTF-8 sequence as Go does: invalid input gives U+FFFD with
/// width 1.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let b0 = match b.first() {
        Some(&c) => c,
        None => return (0xFFFD, 0),
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    let mut r = init;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (c & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (0xFFFD, 1);
    }
    (r, n)
}

/// Encodes a rune as Go does: invalid runes become U+FFFD.
pub fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let c = if (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r) { r as u32 } else { 0xFFFD };
    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
}

/// (p, l, i) -> (rune, width): decoding step of `for range s`.
pub extern "C" fn str_decode_rune(_ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    let i = a.get(2) as usize;
    let (r, w) = decode_rune(&s[i.min(s.len())..]);
    a.set(0, r as u64);
    a.set(1, w as u64);
}

/// (rune) -> string
pub extern "C" fn rune_to_str(ctx: &mut Ctx, a: Args) {
    let mut v = Vec::with_capacity(4);
    encode_rune(a.get(0) as i64, &mut v);
    let s = new_string(ctx, &v);
    ret_str(a, s);
}

/// (p, l) of []rune (int32 elements) -> string
pub extern "C" fn runes_to_str(ctx: &mut Ctx, a: Args) {
    let n = a.get(1) as usize;
    let p = a.get(0) as *const i32;
    let mut v = Vec::with_capacity(n);
    for i in 0..n {
        // SAFETY: the slice has n int32 elements.
        encode_rune(unsafe { *p.add(i) } as i64, &mut v);
    }
    let s = new_string(ctx, &v);
    ret_str(a, s);
}

/// (p, l) -> []rune (p, len, cap)
pub extern "C" fn str_to_runes(ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    let mut runes = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        runes.push(r as i32);
        i += w;
    }
    let cap = crate::slices::round_cap(runes.len(), 4);
    let p = ctx.alloc(cap * 4, true) as *mut i32;
    // SAFETY: p holds cap >= runes.len() int32s.
    unsafe { std::ptr::copy_nonoverlapping(runes.as_ptr(), p, runes.len()) };
    a.set(0, p as u64);
    a.set(1, runes.len() as u64);
    a.set(2, cap as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_matches_go() {
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(&[0xFF]), (0xFFFD, 1));
        assert_eq!(decode_rune(&[0xE2, 0x82]), (0xFFFD, 1));
        assert_eq!(decode_rune(&[0xED, 0xA0, 0x80]), (0xFFFD, 1)); // surrogate
        assert_eq!(decode_rune(&[0xC0, 0x80]), (0xFFFD, 1)); // overlong
        let mut v = Vec::new();
        encode_rune(-1, &mut v);
        encode_rune(0x10FFFF + 1, &mut v);
        assert_eq!(v, "\u{FFFD}\u{FFFD}".as_bytes());
    }
}
