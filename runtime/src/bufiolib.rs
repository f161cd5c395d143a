//! Natives of package bufio: the byte search its line splitting uses.

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};

pub const NATIVES: &[(&str, NativeFn)] = &[("bufio.indexByte", index_byte)];

/// (b []byte, c byte) -> int: index of the first c in b, or -1.
extern "C" fn index_byte(_ctx: &mut Ctx, a: Args) {
    let b = a.str(0);
    let c = a.get(3) as u8;
    let r = match memchr(c, b) {
        Some(i) => i as u64,
        None => u64::MAX,
    };
    a.set(0, r);
}

/// The first index of `c` in `b`, eight bytes at a time.
pub fn memchr(c: u8, b: &[u8]) -> Option<usize> {
    let n = b.len();
    if n < 16 {
        return b.iter().position(|&x| x == c);
    }
    // SAFETY: libc's memchr reads at most n bytes of the slice.
    let p = unsafe { libc::memchr(b.as_ptr() as *const libc::c_void, c as libc::c_int, n) };
    if p.is_null() {
        None
    } else {
        Some(p as usize - b.as_ptr() as usize)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn memchr_finds_first() {
        assert_eq!(super::memchr(b'\n', b"abc\ndef\n"), Some(3));
        let long = [b"x".repeat(100), b"\n".to_vec()].concat();
        assert_eq!(super::memchr(b'\n', &long), Some(100));
        assert_eq!(super::memchr(b'\n', b""), None);
        assert_eq!(super::memchr(b'\n', &b"y".repeat(40)), None);
    }
}
