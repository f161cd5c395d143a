//! Natives of package unicode/utf8: counting, validation and decoding.

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::strings::decode_rune;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("utf8.DecodeRune", decode_rune_bytes),
    ("utf8.DecodeRuneInString", decode_rune_string),
    ("utf8.DecodeLastRune", decode_last_rune_bytes),
    ("utf8.DecodeLastRuneInString", decode_last_rune_string),
    ("utf8.RuneCount", rune_count),
    ("utf8.RuneCountInString", rune_count),
    ("utf8.Valid", valid),
    ("utf8.ValidString", valid),
];

/// Number of runes in `b`, each invalid byte counting as one.
pub fn count_runes(b: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        // Whole words of ASCII at a time.
        while i + 8 <= b.len() {
            let w = u64::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3], b[i + 4], b[i + 5], b[i + 6], b[i + 7]]);
            if w & 0x8080_8080_8080_8080 != 0 {
                break;
            }
            i += 8;
            n += 8;
        }
        if i >= b.len() {
            break;
        }
        if b[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&b[i..]).1;
        }
        n += 1;
    }
    n
}

/// Go's DecodeLastRune: the last rune of `b` and its width.
pub fn decode_last(b: &[u8]) -> (u32, usize) {
    let end = b.len();
    let Some(&last) = b.last() else { return (0xFFFD, 0) };
    if last < 0x80 {
        return (last as u32, 1);
    }
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let (r, w) = decode_rune(&b[start..end]);
    if start + w != end {
        return (0xFFFD, 1);
    }
    (r, w)
}

// Byte slices and strings both start with (pointer, length): the natives
// below read only those two words, so each serves both forms.

fn ret_rune(a: Args, (r, w): (u32, usize)) {
    a.set(0, r as u64);
    a.set(1, w as u64);
}

extern "C" fn decode_rune_bytes(_ctx: &mut Ctx, a: Args) {
    ret_rune(a, decode_rune(a.str(0)));
}

extern "C" fn decode_rune_string(_ctx: &mut Ctx, a: Args) {
    ret_rune(a, decode_rune(a.str(0)));
}

extern "C" fn decode_last_rune_bytes(_ctx: &mut Ctx, a: Args) {
    ret_rune(a, decode_last(a.str(0)));
}

extern "C" fn decode_last_rune_string(_ctx: &mut Ctx, a: Args) {
    ret_rune(a, decode_last(a.str(0)));
}

extern "C" fn rune_count(_ctx: &mut Ctx, a: Args) {
    let n = count_runes(a.str(0));
    a.set(0, n as u64);
}

extern "C" fn valid(_ctx: &mut Ctx, a: Args) {
    let ok = std::str::from_utf8(a.str(0)).is_ok();
    a.set(0, ok as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_rune_like_go() {
        assert_eq!(decode_last(b""), (0xFFFD, 0));
        assert_eq!(decode_last("aé".as_bytes()), (0xE9, 2));
        assert_eq!(decode_last(&[0x61, 0xA9]), (0xFFFD, 1));
        assert_eq!(decode_last(&[0xE2, 0x82, 0xAC, 0xAC]), (0xFFFD, 1));
        assert_eq!(decode_last("€".as_bytes()), (0x20AC, 3));
        assert_eq!(count_runes(&[0xFF, b'a', 0xE2, 0x82]), 4);
        assert_eq!(count_runes("héllo wörld, long ascii run".as_bytes()), 27);
    }
}
