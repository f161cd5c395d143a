//! Natives of packages strings and bytes: searching, splitting, joining,
//! case mapping and trimming over bytes. The byte-slice natives of package
//! bytes share the algorithms; they differ in how arguments are laid out
//! (a slice is three words, a string two).

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::strings::{bytes_of, decode_rune, encode_rune, new_string};
use crate::unicodelib::{
    is_digit_rune, is_letter_rune, is_space_rune, simple_fold_rune, to_lower_rune, to_title_rune, to_upper_rune,
};
use crate::utf8lib::{count_runes, decode_last};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("strings.Index", s_index),
    ("strings.LastIndex", s_last_index),
    ("strings.IndexByte", s_index_byte),
    ("strings.LastIndexByte", s_last_index_byte),
    ("strings.IndexRune", s_index_rune),
    ("strings.IndexAny", s_index_any),
    ("strings.LastIndexAny", s_last_index_any),
    ("strings.Count", s_count),
    ("strings.EqualFold", s_equal_fold),
    ("strings.Fields", s_fields),
    ("strings.genSplit", s_gen_split),
    ("strings.Join", s_join),
    ("strings.Repeat", s_repeat),
    ("strings.Replace", s_replace),
    ("strings.ToUpper", s_to_upper),
    ("strings.ToLower", s_to_lower),
    ("strings.ToTitle", s_to_title),
    ("strings.Title", s_title),
    ("strings.ToValidUTF8", s_to_valid_utf8),
    ("strings.Trim", s_trim),
    ("strings.TrimLeft", s_trim_left),
    ("strings.TrimRight", s_trim_right),
    ("strings.TrimSpace", s_trim_space),
    ("strings.aliasString", s_alias_string),
    ("strings.replaceAll", s_replacer),
    ("bytes.Index", b_index),
    ("bytes.LastIndex", b_last_index),
    ("bytes.IndexByte", b_index_byte),
    ("bytes.LastIndexByte", b_last_index_byte),
    ("bytes.IndexRune", b_index_rune),
    ("bytes.IndexAny", b_index_any),
    ("bytes.LastIndexAny", b_last_index_any),
    ("bytes.Count", b_count),
    ("bytes.EqualFold", b_equal_fold),
    ("bytes.Equal", b_equal),
    ("bytes.Compare", b_compare),
    ("bytes.mapCase", b_map_case),
    ("bytes.toValidUTF8", b_to_valid_utf8),
    ("bytes.trimBounds", b_trim_bounds),
    ("bytes.trimSpaceBounds", b_trim_space_bounds),
    ("bytes.fieldBounds", b_field_bounds),
];

// ---- search ----

/// Position of the first byte `c` in `h`, eight bytes at a time.
#[inline]
pub fn find_byte(h: &[u8], c: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pat = LO.wrapping_mul(c as u64);
    let mut i = 0;
    while i + 8 <= h.len() {
        let w = u64::from_le_bytes(h[i..i + 8].try_into().unwrap_or([0; 8])) ^ pat;
        let z = w.wrapping_sub(LO) & !w & HI;
        if z != 0 {
            return Some(i + (z.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    h[i..].iter().position(|&b| b == c).map(|k| i + k)
}

#[inline]
pub fn rfind_byte(h: &[u8], c: u8) -> Option<usize> {
    h.iter().rposition(|&b| b == c)
}

/// Per-byte flags (bit 7) of the zero bytes of `x`, exactly.
#[inline(always)]
fn zero_flags(x: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((x & LOW7) + LOW7) | x) & !LOW7
}

/// Position of the first `i` with `h[i] == b0 && h[i + 1] == b1`.
#[inline]
fn find_pair(h: &[u8], b0: u8, b1: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    let (p0, p1) = (LO.wrapping_mul(b0 as u64), LO.wrapping_mul(b1 as u64));
    let load = |i: usize| u64::from_le_bytes(h[i..i + 8].try_into().unwrap_or([0; 8]));
    let mut i = 0;
    while i + 9 <= h.len() {
        let m = zero_flags(load(i) ^ p0) & zero_flags(load(i + 1) ^ p1);
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    while i + 1 < h.len() {
        if h[i] == b0 && h[i + 1] == b1 {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Go's Index: first occurrence of `n` in `h`, 0 for an empty needle.
pub fn index(h: &[u8], n: &[u8]) -> Option<usize> {
    match n.len() {
        0 => return Some(0),
        1 => return find_byte(h, n[0]),
        l if l > h.len() => return None,
        l if l == h.len() => return (h == n).then_some(0),
        _ => {}
    }
    let last = h.len() - n.len();
    let mut i = 0;
    let mut fails = 0usize;
    while i <= last {
        // Candidates: the needle's first two bytes, eight places at a time.
        let k = find_pair(&h[i..last + 2], n[0], n[1])?;
        i += k;
        if h[i + 2..i + n.len()] == n[2..] {
            return Some(i);
        }
        fails += 1;
        i += 1;
        // Many false starts: switch to Rabin-Karp, linear in the worst case.
        if fails > 64 + (i >> 3) && i <= last {
            return rabin_karp(&h[i..], n).map(|k| i + k);
        }
    }
    None
}

const PRIME_RK: u32 = 16777619;

fn rabin_karp(h: &[u8], n: &[u8]) -> Option<usize> {
    if h.len() < n.len() {
        return None;
    }
    let mut hn: u32 = 0;
    let mut pow: u32 = 1;
    for &b in n {
        hn = hn.wrapping_mul(PRIME_RK).wrapping_add(b as u32);
        pow = pow.wrapping_mul(PRIME_RK);
    }
    let m = n.len();
    let mut hh: u32 = 0;
    for &b in &h[..m] {
        hh = hh.wrapping_mul(PRIME_RK).wrapping_add(b as u32);
    }
    if hh == hn && &h[..m] == n {
        return Some(0);
    }
    let mut i = m;
    while i < h.len() {
        hh = hh.wrapping_mul(PRIME_RK).wrapping_add(h[i] as u32).wrapping_sub(pow.wrapping_mul(h[i - m] as u32));
        i += 1;
        if hh == hn && &h[i - m..i] == n {
            return Some(i - m);
        }
    }
    None
}

/// Go's LastIndex: last occurrence, len(h) for an empty needle.
pub fn last_index(h: &[u8], n: &[u8]) -> Option<usize> {
    match n.len() {
        0 => return Some(h.len()),
        1 => return rfind_byte(h, n[0]),
        l if l > h.len() => return None,
        _ => {}
    }
    let mut i = h.len() - n.len();
    loop {
        if h[i] == n[0] && &h[i..i + n.len()] == n {
            return Some(i);
        }
        if i == 0 {
            return None;
        }
        i -= 1;
    }
}

/// Go's IndexRune: RuneError finds the first invalid sequence or U+FFFD;
/// invalid runes are never found.
pub fn index_rune(h: &[u8], r: i64) -> Option<usize> {
    if (0..0x80).contains(&r) {
        return find_byte(h, r as u8);
    }
    if r == 0xFFFD {
        let mut i = 0;
        while i < h.len() {
            if h[i] < 0x80 {
                i += 1;
                continue;
            }
            let (c, w) = decode_rune(&h[i..]);
            if c == 0xFFFD {
                return Some(i);
            }
            i += w;
        }
        return None;
    }
    if !(0..=0x10FFFF).contains(&r) || (0xD800..=0xDFFF).contains(&r) {
        return None;
    }
    let mut enc = Vec::with_capacity(4);
    encode_rune(r, &mut enc);
    index(h, &enc)
}

fn ascii_set(chars: &[u8]) -> Option<[bool; 128]> {
    let mut set = [false; 128];
    for &c in chars {
        if c >= 0x80 {
            return None;
        }
        set[c as usize] = true;
    }
    Some(set)
}

/// Go's IndexAny: the first rune of `h` that occurs in `chars`.
pub fn index_any(h: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    if let Some(set) = ascii_set(chars) {
        return h.iter().position(|&b| b < 0x80 && set[b as usize]);
    }
    let mut i = 0;
    while i < h.len() {
        let (r, w) = decode_rune(&h[i..]);
        if index_rune(chars, r as i64).is_some() {
            return Some(i);
        }
        i += w;
    }
    None
}

/// Go's LastIndexAny: the last rune of `h` (decoding backwards) in `chars`.
pub fn last_index_any(h: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    if let Some(set) = ascii_set(chars) {
        return h.iter().rposition(|&b| b < 0x80 && set[b as usize]);
    }
    let mut i = h.len();
    while i > 0 {
        let (r, w) = decode_last(&h[..i]);
        i -= w;
        if index_rune(chars, r as i64).is_some() {
            return Some(i);
        }
    }
    None
}

/// Go's Count: non-overlapping occurrences; runes + 1 for an empty needle.
pub fn count(h: &[u8], n: &[u8]) -> usize {
    match n.len() {
        0 => count_runes(h) + 1,
        1 => h.iter().filter(|&&b| b == n[0]).count(),
        _ => {
            let mut c = 0;
            let mut i = 0;
            while let Some(k) = index(&h[i..], n) {
                c += 1;
                i += k + n.len();
            }
            c
        }
    }
}

/// Go's EqualFold: equality under simple Unicode case folding.
pub fn equal_fold(mut s: &[u8], mut t: &[u8]) -> bool {
    while !s.is_empty() && !t.is_empty() {
        let (sr, tr);
        if s[0] < 0x80 && t[0] < 0x80 {
            sr = s[0] as i64;
            tr = t[0] as i64;
            s = &s[1..];
            t = &t[1..];
        } else {
            let (a, wa) = decode_rune(s);
            let (b, wb) = decode_rune(t);
            sr = a as i64;
            tr = b as i64;
            s = &s[wa..];
            t = &t[wb..];
        }
        if sr == tr {
            continue;
        }
        let (lo, hi) = if sr < tr { (sr, tr) } else { (tr, sr) };
        if hi < 0x80 {
            if (b'A' as i64..=b'Z' as i64).contains(&lo) && hi == lo + 32 {
                continue;
            }
            return false;
        }
        // Walk lo's fold orbit up to hi.
        let mut r = simple_fold_rune(lo);
        while r != lo && r < hi {
            r = simple_fold_rune(r);
        }
        if r != hi {
            return false;
        }
    }
    s.is_empty() && t.is_empty()
}

// ---- transformations ----

#[derive(Clone, Copy)]
pub enum Case {
    Upper,
    Lower,
    Title,
}

fn map_rune(c: Case, r: i64) -> i64 {
    match c {
        Case::Upper => to_upper_rune(r),
        Case::Lower => to_lower_rune(r),
        Case::Title => to_title_rune(r),
    }
}

/// Go's Map with a rune mapping that never drops runes: None when nothing
/// changes (the input is returned as is). Invalid bytes become U+FFFD.
fn map_runes(s: &[u8], mut f: impl FnMut(i64) -> i64) -> Option<Vec<u8>> {
    let mut i = 0;
    let mut out: Option<Vec<u8>> = None;
    while i < s.len() {
        let (c, w) = if s[i] < 0x80 { (s[i] as u32, 1) } else { decode_rune(&s[i..]) };
        let r = f(c as i64);
        match &mut out {
            Some(o) => {
                if r < 0x80 {
                    o.push(r as u8);
                } else {
                    encode_rune(r, o);
                }
            }
            None => {
                // Unchanged, except that an invalid byte is replaced.
                if r != c as i64 || (c == 0xFFFD && w == 1) {
                    let mut o = Vec::with_capacity(s.len() + 4);
                    o.extend_from_slice(&s[..i]);
                    encode_rune(r, &mut o);
                    out = Some(o);
                }
            }
        }
        i += w;
    }
    out
}

/// ToUpper, ToLower, ToTitle: None when the input is already mapped.
pub fn map_case(s: &[u8], c: Case) -> Option<Vec<u8>> {
    if s.is_ascii() {
        let needs = match c {
            Case::Lower => s.iter().any(u8::is_ascii_uppercase),
            _ => s.iter().any(u8::is_ascii_lowercase),
        };
        if !needs {
            return None;
        }
        return Some(match c {
            Case::Lower => s.to_ascii_lowercase(),
            _ => s.to_ascii_uppercase(),
        });
    }
    map_runes(s, |r| map_rune(c, r))
}

/// Go's Title word boundaries: ASCII alphanumerics and '_' continue a word,
/// other ASCII separates; letters and digits continue, spaces separate.
fn is_separator(r: i64) -> bool {
    if r <= 0x7F {
        let b = r as u8;
        return !(b.is_ascii_alphanumeric() || b == b'_');
    }
    if is_letter_rune(r) || is_digit_rune(r) {
        return false;
    }
    is_space_rune(r)
}

pub fn title(s: &[u8]) -> Option<Vec<u8>> {
    let mut prev = ' ' as i64;
    map_runes(s, |r| {
        let m = if is_separator(prev) { to_title_rune(r) } else { r };
        prev = r;
        m
    })
}

/// Each run of invalid bytes replaced by `rep`.
pub fn to_valid_utf8(s: &[u8], rep: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut invalid = false;
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            out.push(s[i]);
            invalid = false;
            i += 1;
            continue;
        }
        let (_, w) = decode_rune(&s[i..]);
        if w == 1 {
            if !invalid {
                out.extend_from_slice(rep);
                invalid = true;
            }
            i += 1;
            continue;
        }
        invalid = false;
        out.extend_from_slice(&s[i..i + w]);
        i += w;
    }
    out
}

/// Go's Replace; None when the result is the input itself.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Option<Vec<u8>> {
    if old == new || n == 0 {
        return None;
    }
    let m = count(s, old) as i64;
    if m == 0 {
        return None;
    }
    let n = if n < 0 || m < n { m } else { n };
    let grow = (n as usize).saturating_mul(new.len().saturating_sub(old.len()));
    let mut out = Vec::with_capacity(s.len().saturating_add(grow).min(1 << 30));
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], old).unwrap_or(0);
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    Some(out)
}

/// Does `set` (a cutset) contain rune r of the trimmed text?
fn cutset_has(set: &[u8], r: u32) -> bool {
    index_rune(set, r as i64).is_some()
}

/// Bytes of `s` left after trimming cutset runes on the left.
pub fn trim_left_set(s: &[u8], set: &[u8]) -> usize {
    if set.len() == 1 && set[0] < 0x80 {
        return s.iter().position(|&b| b != set[0]).unwrap_or(s.len());
    }
    if let Some(a) = ascii_set(set) {
        return s.iter().position(|&b| b >= 0x80 || !a[b as usize]).unwrap_or(s.len());
    }
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if !cutset_has(set, r) {
            break;
        }
        i += w;
    }
    i
}

/// End of `s` after trimming cutset runes on the right.
pub fn trim_right_set(s: &[u8], set: &[u8]) -> usize {
    if set.len() == 1 && set[0] < 0x80 {
        return s.iter().rposition(|&b| b != set[0]).map_or(0, |k| k + 1);
    }
    if let Some(a) = ascii_set(set) {
        return s.iter().rposition(|&b| b >= 0x80 || !a[b as usize]).map_or(0, |k| k + 1);
    }
    let mut end = s.len();
    while end > 0 {
        let (r, w) = decode_last(&s[..end]);
        if !cutset_has(set, r) {
            break;
        }
        end -= w;
    }
    end
}

/// (start, end) of `s` without leading and trailing white space.
pub fn trim_space(s: &[u8]) -> (usize, usize) {
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            if !matches!(s[i], b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                break;
            }
            i += 1;
        } else {
            let (r, w) = decode_rune(&s[i..]);
            if !is_space_rune(r as i64) {
                break;
            }
            i += w;
        }
    }
    let mut end = s.len();
    while end > i {
        if s[end - 1] < 0x80 {
            if !matches!(s[end - 1], b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                break;
            }
            end -= 1;
        } else {
            let (r, w) = decode_last(&s[i..end]);
            if !is_space_rune(r as i64) {
                break;
            }
            end -= w;
        }
    }
    (i, end)
}

const ASCII_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[0x0B] = true;
    t[0x0C] = true;
    t[b'\r' as usize] = true;
    t[b' ' as usize] = true;
    t
};

/// Flags (bit 7 of each byte) of the ASCII white-space bytes of a word of
/// eight ASCII bytes: ' ' and '\t'..='\r'.
#[inline(always)]
fn space_flags(w: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Exact per-byte equality with ' ' (no carries between bytes).
    let t = w ^ (LO * b' ' as u64);
    let eq = !(((t & LOW7) + LOW7) | t) & HI;
    // 9 <= b < 14: adding 0x77 sets bit 7 iff b >= 9, adding 0x72 iff b >= 14.
    let ge9 = w + LO * 0x77;
    let ge14 = w + LO * 0x72;
    eq | (ge9 & !ge14 & HI)
}

/// Fields of ASCII text, eight bytes at a time: calls `f(start, end)` for
/// each and returns the count.
fn fields_ascii(s: &[u8], mut f: impl FnMut(usize, usize), emit: bool) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    let mut start = 0;
    // Flag of the previous byte (bit 7) if it was not a space.
    let mut carry: u64 = 0;
    let mut i = 0;
    while i + 8 <= s.len() {
        let w = u64::from_le_bytes(s[i..i + 8].try_into().unwrap_or([b' '; 8]));
        let ns = !space_flags(w) & HI;
        let prev = (ns << 8) | carry;
        let starts = ns & !prev;
        carry = ns >> 56;
        if !emit {
            n += starts.count_ones() as usize;
        } else {
            let ends = !ns & HI & prev;
            let mut bits = starts | ends;
            while bits != 0 {
                let b = bits.trailing_zeros();
                let idx = i + (b / 8) as usize;
                if starts >> b & 1 == 1 {
                    start = idx;
                } else {
                    f(start, idx);
                    n += 1;
                }
                bits &= bits - 1;
            }
        }
        i += 8;
    }
    let mut in_word = carry != 0;
    while i < s.len() {
        let sp = ASCII_SPACE[s[i] as usize];
        if !sp && !in_word {
            start = i;
            in_word = true;
            if !emit {
                n += 1;
            }
        } else if sp && in_word {
            in_word = false;
            if emit {
                f(start, i);
                n += 1;
            }
        }
        i += 1;
    }
    if in_word && emit {
        f(start, s.len());
        n += 1;
    }
    n
}

/// Calls `f(start, end)` for every field of `s` separated by white space
/// (unicode.IsSpace); returns the number of fields.
pub fn fields(s: &[u8], mut f: impl FnMut(usize, usize)) -> usize {
    if s.is_ascii() {
        return fields_ascii(s, f, true);
    }
    let mut n = 0;
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < s.len() {
        let (r, w) = if s[i] < 0x80 { (s[i] as u32, 1) } else { decode_rune(&s[i..]) };
        if is_space_rune(r as i64) {
            if let Some(st) = start.take() {
                f(st, i);
                n += 1;
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += w;
    }
    if let Some(st) = start {
        f(st, s.len());
        n += 1;
    }
    n
}

/// Go's genSplit bounds: the pieces of `s` around `sep` (with `sep_save`
/// bytes of the separator kept), at most n (n < 0: all). Returns the
/// pieces and the capacity Go's result slice has.
pub fn split_bounds(s: &[u8], sep: &[u8], sep_save: usize, n: i64) -> (Vec<(usize, usize)>, usize) {
    let mut out = Vec::new();
    if n == 0 {
        return (out, 0);
    }
    if sep.is_empty() {
        // Explode into runes (invalid bytes one by one).
        let l = count_runes(s) as i64;
        let n = if n < 0 || n > l { l } else { n } as usize;
        let mut i = 0;
        for _ in 0..n.saturating_sub(1) {
            let w = decode_rune(&s[i..]).1;
            out.push((i, i + w));
            i += w;
        }
        if n > 0 {
            out.push((i, s.len()));
        }
        return (out, n);
    }
    let mut n = if n < 0 { count(s, sep) as i64 + 1 } else { n };
    if n > s.len() as i64 + 1 {
        n = s.len() as i64 + 1;
    }
    let cap = n as usize;
    let mut i = 0;
    while (out.len() as i64) < n - 1 {
        let Some(m) = index(&s[i..], sep) else { break };
        out.push((i, i + m + sep_save));
        i += m + sep.len();
    }
    out.push((i, s.len()));
    (out, cap)
}

// ---- helpers for natives ----

/// Starts a Go panic whose value is the string `msg`.
pub fn panic_string(ctx: &mut Ctx, msg: &str) {
    let string = ctx.shared().wellknown.string as u64;
    let cell = crate::strings::box_string(ctx, msg.as_bytes());
    crate::panic::raise(ctx, string, cell as u64);
}

fn idx(r: Option<usize>) -> u64 {
    r.map_or(-1i64, |i| i as i64) as u64
}

fn ret_str(a: Args, (p, l): (u64, u64)) {
    a.set(0, p);
    a.set(1, l);
}

/// A []string of the pieces (start, end) of the string at `base`, with
/// capacity `cap`.
fn string_slice(ctx: &mut Ctx, base: u64, pieces: &[(usize, usize)], cap: usize) -> (u64, u64, u64) {
    let p = ctx.alloc(cap.max(pieces.len()) * 16, false) as *mut u64;
    for (k, &(s, e)) in pieces.iter().enumerate() {
        // SAFETY: p has room for `cap` >= pieces.len() string headers; the
        // pieces lie within the string at `base`.
        unsafe {
            *p.add(2 * k) = if e > s { base + s as u64 } else { 0 };
            *p.add(2 * k + 1) = (e - s) as u64;
        }
    }
    (p as u64, pieces.len() as u64, cap.max(pieces.len()) as u64)
}

// ---- strings natives: (p, l) per string ----

extern "C" fn s_index(_ctx: &mut Ctx, a: Args) {
    let r = index(a.str(0), a.str(2));
    a.set(0, idx(r));
}
extern "C" fn s_last_index(_ctx: &mut Ctx, a: Args) {
    let r = last_index(a.str(0), a.str(2));
    a.set(0, idx(r));
}
extern "C" fn s_index_byte(_ctx: &mut Ctx, a: Args) {
    let r = find_byte(a.str(0), a.get(2) as u8);
    a.set(0, idx(r));
}
extern "C" fn s_last_index_byte(_ctx: &mut Ctx, a: Args) {
    let r = rfind_byte(a.str(0), a.get(2) as u8);
    a.set(0, idx(r));
}
extern "C" fn s_index_rune(_ctx: &mut Ctx, a: Args) {
    let r = index_rune(a.str(0), a.get(2) as u32 as i32 as i64);
    a.set(0, idx(r));
}
extern "C" fn s_index_any(_ctx: &mut Ctx, a: Args) {
    let r = index_any(a.str(0), a.str(2));
    a.set(0, idx(r));
}
extern "C" fn s_last_index_any(_ctx: &mut Ctx, a: Args) {
    let r = last_index_any(a.str(0), a.str(2));
    a.set(0, idx(r));
}
extern "C" fn s_count(_ctx: &mut Ctx, a: Args) {
    let n = count(a.str(0), a.str(2));
    a.set(0, n as u64);
}
extern "C" fn s_equal_fold(_ctx: &mut Ctx, a: Args) {
    let r = equal_fold(a.str(0), a.str(2));
    a.set(0, r as u64);
}

/// (s string) -> []string
extern "C" fn s_fields(ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    let base = a.get(0);
    let res = if s.is_ascii() {
        // Count, then fill: no temporary list.
        let n = fields_ascii(s, |_, _| {}, false);
        let p = ctx.alloc(n * 16, false) as *mut u64;
        let mut k = 0;
        fields(s, |st, e| {
            // SAFETY: p has room for the n headers counted above.
            unsafe {
                *p.add(2 * k) = base + st as u64;
                *p.add(2 * k + 1) = (e - st) as u64;
            }
            k += 1;
        });
        (p as u64, n as u64, n as u64)
    } else {
        let mut v = Vec::new();
        fields(s, |st, e| v.push((st, e)));
        string_slice(ctx, base, &v, v.len())
    };
    a.set(0, res.0);
    a.set(1, res.1);
    a.set(2, res.2);
}

/// (s, sep string, sepSave, n int) -> []string
extern "C" fn s_gen_split(ctx: &mut Ctx, a: Args) {
    let (s, sep) = (a.str(0), a.str(2));
    let (sep_save, n) = (a.get(4) as usize, a.get(5) as i64);
    let base = a.get(0);
    if n == 0 {
        a.set(0, 0);
        a.set(1, 0);
        a.set(2, 0);
        return;
    }
    let res = if sep.is_empty() {
        let (pieces, cap) = split_bounds(s, sep, sep_save, n);
        string_slice(ctx, base, &pieces, cap)
    } else {
        // Count, then fill the result in place.
        let mut n = if n < 0 { count(s, sep) as i64 + 1 } else { n };
        if n > s.len() as i64 + 1 {
            n = s.len() as i64 + 1;
        }
        let cap = n as usize;
        let p = ctx.alloc(cap * 16, false) as *mut u64;
        let put = |k: usize, st: usize, e: usize| {
            // SAFETY: k < cap headers; the piece lies within s.
            unsafe {
                *p.add(2 * k) = if e > st { base + st as u64 } else { 0 };
                *p.add(2 * k + 1) = (e - st) as u64;
            }
        };
        let mut k = 0;
        let mut i = 0;
        while k + 1 < cap {
            let found = if sep.len() == 1 { find_byte(&s[i..], sep[0]) } else { index(&s[i..], sep) };
            let Some(m) = found else { break };
            put(k, i, i + m + sep_save);
            k += 1;
            i += m + sep.len();
        }
        put(k, i, s.len());
        (p as u64, (k + 1) as u64, cap as u64)
    };
    a.set(0, res.0);
    a.set(1, res.1);
    a.set(2, res.2);
}

/// (elems []string, sep string) -> string
extern "C" fn s_join(ctx: &mut Ctx, a: Args) {
    let n = a.get(1) as usize;
    let elems = a.get(0) as *const u64;
    // SAFETY: a []string holds n (pointer, length) headers.
    let part = |k: usize| unsafe { (*elems.add(2 * k), *elems.add(2 * k + 1)) };
    let r = match n {
        0 => (0, 0),
        1 => part(0),
        _ => {
            let sep = a.str(3);
            let total = (0..n).map(|k| part(k).1 as usize).sum::<usize>() + sep.len() * (n - 1);
            if total == 0 {
                (0, 0)
            } else {
                let p = ctx.alloc(total, true);
                let mut off = 0;
                for k in 0..n {
                    if k > 0 && !sep.is_empty() {
                        // SAFETY: p holds `total` bytes, the sum of all pieces.
                        unsafe { std::ptr::copy_nonoverlapping(sep.as_ptr(), p.add(off), sep.len()) };
                        off += sep.len();
                    }
                    let (q, l) = part(k);
                    if l > 0 {
                        // SAFETY: as above; q points at l bytes of the element.
                        unsafe { std::ptr::copy_nonoverlapping(q as *const u8, p.add(off), l as usize) };
                        off += l as usize;
                    }
                }
                (p as u64, total as u64)
            }
        }
    };
    ret_str(a, r);
}

/// (s string, count int) -> string
extern "C" fn s_repeat(ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    let count = a.get(2) as i64;
    if count < 0 {
        return panic_string(ctx, "strings: negative Repeat count");
    }
    if count == 0 || s.is_empty() {
        return ret_str(a, (0, 0));
    }
    let Some(total) = (s.len() as u64).checked_mul(count as u64).filter(|&t| t <= i64::MAX as u64) else {
        return panic_string(ctx, "strings: Repeat output length overflow");
    };
    if total > 1 << 40 {
        return crate::panic::raise_runtime(ctx, crate::panic::RtErr::Plain, "out of memory");
    }
    let total = total as usize;
    let p = ctx.alloc(total, true);
    // SAFETY: p has `total` bytes; doubling copies stay within them.
    unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
        let mut done = s.len();
        while done < total {
            let k = done.min(total - done);
            std::ptr::copy_nonoverlapping(p, p.add(done), k);
            done += k;
        }
    }
    ret_str(a, (p as u64, total as u64));
}

/// (s, old, new string, n int) -> string
extern "C" fn s_replace(ctx: &mut Ctx, a: Args) {
    let r = match replace(a.str(0), a.str(2), a.str(4), a.get(6) as i64) {
        None => (a.get(0), a.get(1)),
        Some(v) => new_string(ctx, &v),
    };
    ret_str(a, r);
}

fn s_case(ctx: &mut Ctx, a: Args, c: Case) {
    let r = match map_case(a.str(0), c) {
        None => (a.get(0), a.get(1)),
        Some(v) => new_string(ctx, &v),
    };
    ret_str(a, r);
}
extern "C" fn s_to_upper(ctx: &mut Ctx, a: Args) {
    s_case(ctx, a, Case::Upper);
}
extern "C" fn s_to_lower(ctx: &mut Ctx, a: Args) {
    s_case(ctx, a, Case::Lower);
}
extern "C" fn s_to_title(ctx: &mut Ctx, a: Args) {
    s_case(ctx, a, Case::Title);
}
extern "C" fn s_title(ctx: &mut Ctx, a: Args) {
    let r = match title(a.str(0)) {
        None => (a.get(0), a.get(1)),
        Some(v) => new_string(ctx, &v),
    };
    ret_str(a, r);
}
extern "C" fn s_to_valid_utf8(ctx: &mut Ctx, a: Args) {
    let v = to_valid_utf8(a.str(0), a.str(2));
    let r = new_string(ctx, &v);
    ret_str(a, r);
}

fn sub(a: Args, start: usize, end: usize) {
    let p = a.get(0);
    ret_str(a, if end > start { (p + start as u64, (end - start) as u64) } else { (0, 0) });
}
extern "C" fn s_trim(_ctx: &mut Ctx, a: Args) {
    let (s, set) = (a.str(0), a.str(2));
    if s.is_empty() || set.is_empty() {
        return sub(a, 0, s.len());
    }
    let start = trim_left_set(s, set);
    let end = start + trim_right_set(&s[start..], set);
    sub(a, start, end);
}
extern "C" fn s_trim_left(_ctx: &mut Ctx, a: Args) {
    let (s, set) = (a.str(0), a.str(2));
    if s.is_empty() || set.is_empty() {
        return sub(a, 0, s.len());
    }
    sub(a, trim_left_set(s, set), s.len());
}
extern "C" fn s_trim_right(_ctx: &mut Ctx, a: Args) {
    let (s, set) = (a.str(0), a.str(2));
    if s.is_empty() || set.is_empty() {
        return sub(a, 0, s.len());
    }
    sub(a, 0, trim_right_set(s, set));
}
extern "C" fn s_trim_space(_ctx: &mut Ctx, a: Args) {
    let (start, end) = trim_space(a.str(0));
    sub(a, start, end);
}

/// (b []byte) -> string sharing b's bytes (strings.Builder never changes
/// bytes it has handed out).
extern "C" fn s_alias_string(_ctx: &mut Ctx, a: Args) {
    let (p, l) = (a.get(0), a.get(1));
    ret_str(a, if l == 0 { (0, 0) } else { (p, l) });
}

/// (oldnew []string, s string) -> string: the generic Replacer. At each
/// position the first old string (in argument order) that matches wins;
/// an empty old string matches at every position, once.
extern "C" fn s_replacer(ctx: &mut Ctx, a: Args) {
    let n = a.get(1) as usize / 2;
    let pairs: Vec<(&[u8], &[u8])> = (0..n)
        .map(|k| {
            // SAFETY: oldnew is a []string of 2n headers.
            unsafe {
                let e = (a.get(0) as *const u64).add(4 * k);
                (bytes_of(*e, *e.add(1)), bytes_of(*e.add(2), *e.add(3)))
            }
        })
        .collect();
    let s = a.str(3);
    let mut first = [false; 256];
    let mut has_empty = false;
    for (o, _) in &pairs {
        match o.first() {
            Some(&b) => first[b as usize] = true,
            None => has_empty = true,
        }
    }
    let mut out: Vec<u8> = Vec::new();
    let mut changed = false;
    let mut i = 0;
    // After an empty old string matched, the others get their chance at
    // the same position before a byte is copied.
    let mut prev_empty = false;
    loop {
        let can = i < s.len() && first[s[i] as usize];
        let m = if can || (has_empty && !prev_empty) {
            pairs.iter().find(|(o, _)| !(o.is_empty() && prev_empty) && s[i..].starts_with(o))
        } else {
            None
        };
        match m {
            Some((o, new)) => {
                changed = true;
                out.extend_from_slice(new);
                prev_empty = o.is_empty();
                i += o.len();
            }
            None => {
                prev_empty = false;
                if i == s.len() {
                    break;
                }
                out.push(s[i]);
                i += 1;
            }
        }
    }
    let r = if changed { new_string(ctx, &out) } else { (a.get(3), a.get(4)) };
    ret_str(a, r);
}

// ---- bytes natives: (p, l, cap) per slice, (p, l) per string ----

extern "C" fn b_index(_ctx: &mut Ctx, a: Args) {
    let r = index(a.str(0), a.str(3));
    a.set(0, idx(r));
}
extern "C" fn b_last_index(_ctx: &mut Ctx, a: Args) {
    let r = last_index(a.str(0), a.str(3));
    a.set(0, idx(r));
}
extern "C" fn b_index_byte(_ctx: &mut Ctx, a: Args) {
    let r = find_byte(a.str(0), a.get(3) as u8);
    a.set(0, idx(r));
}
extern "C" fn b_last_index_byte(_ctx: &mut Ctx, a: Args) {
    let r = rfind_byte(a.str(0), a.get(3) as u8);
    a.set(0, idx(r));
}
extern "C" fn b_index_rune(_ctx: &mut Ctx, a: Args) {
    let r = index_rune(a.str(0), a.get(3) as u32 as i32 as i64);
    a.set(0, idx(r));
}
/// (s []byte, chars string)
extern "C" fn b_index_any(_ctx: &mut Ctx, a: Args) {
    let r = index_any(a.str(0), a.str(3));
    a.set(0, idx(r));
}
extern "C" fn b_last_index_any(_ctx: &mut Ctx, a: Args) {
    let r = last_index_any(a.str(0), a.str(3));
    a.set(0, idx(r));
}
extern "C" fn b_count(_ctx: &mut Ctx, a: Args) {
    let n = count(a.str(0), a.str(3));
    a.set(0, n as u64);
}
extern "C" fn b_equal_fold(_ctx: &mut Ctx, a: Args) {
    let r = equal_fold(a.str(0), a.str(3));
    a.set(0, r as u64);
}
extern "C" fn b_equal(_ctx: &mut Ctx, a: Args) {
    let r = a.str(0) == a.str(3);
    a.set(0, r as u64);
}
extern "C" fn b_compare(_ctx: &mut Ctx, a: Args) {
    let r = a.str(0).cmp(a.str(3)) as i64;
    a.set(0, r as u64);
}

fn ret_bytes(ctx: &mut Ctx, a: Args, v: &[u8]) {
    let p = ctx.alloc(v.len(), true);
    // SAFETY: p is a fresh allocation of v.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(v.as_ptr(), p, v.len()) };
    a.set(0, p as u64);
    a.set(1, v.len() as u64);
    a.set(2, v.len() as u64);
}

/// (s []byte, kind int) -> (result []byte, changed bool); kind 0 upper,
/// 1 lower, 2 title, 3 Title (words).
extern "C" fn b_map_case(ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    let r = match a.get(3) {
        0 => map_case(s, Case::Upper),
        1 => map_case(s, Case::Lower),
        2 => map_case(s, Case::Title),
        _ => title(s),
    };
    match r {
        Some(v) => {
            ret_bytes(ctx, a, &v);
            a.set(3, 1);
        }
        None => {
            for i in 0..4 {
                a.set(i, 0);
            }
        }
    }
}

/// (s, replacement []byte) -> []byte
extern "C" fn b_to_valid_utf8(ctx: &mut Ctx, a: Args) {
    let v = to_valid_utf8(a.str(0), a.str(3));
    ret_bytes(ctx, a, &v);
}

/// (s []byte, cutset string, left, right bool) -> (start, end int)
extern "C" fn b_trim_bounds(_ctx: &mut Ctx, a: Args) {
    let (s, set) = (a.str(0), a.str(3));
    let (left, right) = (a.get(5) != 0, a.get(6) != 0);
    let start = if left { trim_left_set(s, set) } else { 0 };
    let end = if right { start + trim_right_set(&s[start..], set) } else { s.len() };
    a.set(0, start as u64);
    a.set(1, end as u64);
}

/// (s []byte) -> (start, end int)
extern "C" fn b_trim_space_bounds(_ctx: &mut Ctx, a: Args) {
    let (start, end) = trim_space(a.str(0));
    a.set(0, start as u64);
    a.set(1, end as u64);
}

/// (s []byte) -> []int: start and end of every field, in pairs.
extern "C" fn b_field_bounds(ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    let mut v = Vec::new();
    fields(s, |st, e| {
        v.push(st as u64);
        v.push(e as u64);
    });
    let p = ctx.alloc(v.len() * 8, true) as *mut u64;
    // SAFETY: p holds v.len() words.
    unsafe { std::ptr::copy_nonoverlapping(v.as_ptr(), p, v.len()) };
    a.set(0, p as u64);
    a.set(1, v.len() as u64);
    a.set(2, v.len() as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_like_go() {
        assert_eq!(index(b"chicken", b"ken"), Some(4));
        assert_eq!(index(b"chicken", b"dmr"), None);
        assert_eq!(index(b"", b""), Some(0));
        let hay = [b"a".repeat(5000), b"ab".to_vec()].concat();
        assert_eq!(index(&hay, b"aaab"), Some(4998));
        assert_eq!(last_index(b"go gopher", b"go"), Some(3));
        assert_eq!(last_index(b"abc", b""), Some(3));
        assert_eq!(index_rune("chicken".as_bytes(), 'k' as i64), Some(4));
        assert_eq!(index_rune(b"a\xffb", 0xFFFD), Some(1));
        assert_eq!(index_rune(b"abc", 0xD800), None);
        assert_eq!(index_any("golang".as_bytes(), b"yz"), None);
        assert_eq!(index_any("gölang".as_bytes(), "ö".as_bytes()), Some(1));
        assert_eq!(last_index_any(b"go gopher", b"go"), Some(4));
        assert_eq!(count(b"cheese", b"e"), 3);
        assert_eq!(count("five".as_bytes(), b""), 5);
        for i in 0..40 {
            let h = [b"x".repeat(i), b"needle".to_vec()].concat();
            assert_eq!(find_byte(&h, b'n'), Some(i));
        }
        // Against a naive search, on a small alphabet (many false starts).
        let mut x: u32 = 1;
        let mut rnd = |m: u32| {
            x = x.wrapping_mul(1664525).wrapping_add(1013904223);
            (x >> 16) % m
        };
        for _ in 0..3000 {
            let len = if rnd(10) == 0 { 4000 + rnd(4000) } else { rnd(300) };
            let h: Vec<u8> = (0..len).map(|_| b"ab"[rnd(2) as usize]).collect();
            let n: Vec<u8> = (0..rnd(7)).map(|_| b"ab"[rnd(2) as usize]).collect();
            let naive =
                (0..=h.len().saturating_sub(n.len())).find(|&i| h.len() >= n.len() && h[i..i + n.len()] == n[..]);
            assert_eq!(index(&h, &n), naive, "{h:?} {n:?}");
            let naive_last =
                (0..=h.len().saturating_sub(n.len())).rev().find(|&i| h.len() >= n.len() && h[i..i + n.len()] == n[..]);
            assert_eq!(last_index(&h, &n), naive_last);
        }
    }

    #[test]
    fn fold_and_case() {
        assert!(equal_fold("Go".as_bytes(), "GO".as_bytes()));
        assert!(equal_fold("σ".as_bytes(), "Σ".as_bytes()));
        assert!(equal_fold("k".as_bytes(), "\u{212A}".as_bytes()));
        assert!(!equal_fold(b"a", b"ab"));
        assert_eq!(map_case(b"abc", Case::Upper), Some(b"ABC".to_vec()));
        assert_eq!(map_case(b"ABC", Case::Upper), None);
        assert_eq!(map_case(b"a\xffb", Case::Upper), Some("A\u{FFFD}B".as_bytes().to_vec()));
        assert_eq!(title(b"hello wOrld_x-y"), Some(b"Hello WOrld_x-Y".to_vec()));
        assert_eq!(replace(b"oink oink oink", b"k", b"ky", 2), Some(b"oinky oinky oink".to_vec()));
        assert_eq!(replace(b"ab", b"", b"-", -1), Some(b"-a-b-".to_vec()));
        assert_eq!(to_valid_utf8(b"a\xff\xfeb", b"?"), b"a?b".to_vec());
        assert_eq!(trim_space(" \t hi \u{3000}".as_bytes()), (3, 5));
    }

    #[test]
    fn split_like_go() {
        let (p, cap) = split_bounds(b"a,b", b",", 0, 5);
        assert_eq!((p, cap), (vec![(0, 1), (2, 3)], 4));
        let (p, _) = split_bounds(b"a,b,c", b",", 1, -1);
        assert_eq!(p, vec![(0, 2), (2, 4), (4, 5)]);
        let (p, cap) = split_bounds("añb".as_bytes(), b"", 0, -1);
        assert_eq!((p, cap), (vec![(0, 1), (1, 3), (3, 4)], 3));
        let mut v = Vec::new();
        assert_eq!(fields(b"  a bb\tccc\n", |s, e| v.push((s, e))), 3);
        assert_eq!(v, vec![(2, 3), (4, 6), (7, 10)]);
        // The word-at-a-time scan against a byte-at-a-time reference.
        let mut x: u32 = 7;
        for len in 0..200 {
            let t: Vec<u8> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1664525).wrapping_add(1013904223);
                    b" \t\n\x0b\x0c\rab\x1f\x7f!~"[(x >> 24) as usize % 12]
                })
                .collect();
            let mut want = Vec::new();
            let mut st = None;
            for (i, &c) in t.iter().enumerate() {
                let sp = matches!(c, b' ' | b'\t'..=b'\r');
                match (sp, st) {
                    (true, Some(s0)) => {
                        want.push((s0, i));
                        st = None;
                    }
                    (false, None) => st = Some(i),
                    _ => {}
                }
            }
            if let Some(s0) = st {
                want.push((s0, t.len()));
            }
            let mut got = Vec::new();
            let n = fields(&t, |s, e| got.push((s, e)));
            assert_eq!(got, want);
            assert_eq!(n, want.len());
            assert_eq!(fields_ascii(&t, |_, _| {}, false), want.len());
        }
    }
}
