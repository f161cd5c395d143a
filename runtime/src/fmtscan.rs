//! Natives of fmt's scanning: storing scanned values through pointers of
//! any element type (named types included), and Go's number and string
//! literal syntax (strconv.ParseInt/ParseUint/ParseFloat/Unquote rules).

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::types::{Kind, TypeDesc};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("fmt.scanTarget", scan_target),
    ("fmt.storeWord", store_word),
    ("fmt.storeFloat", store_float),
    ("fmt.storeString", store_string),
    ("fmt.parseInt", parse_int_native),
    ("fmt.parseFloat", parse_float_native),
    ("fmt.unquote", unquote_native),
];

/// The element type of an `any` holding a non-nil pointer.
fn target(t: u64, d: u64) -> Option<&'static TypeDesc> {
    if t == 0 {
        return None;
    }
    // SAFETY: non-zero type words are immortal descriptors.
    let td: &'static TypeDesc = unsafe { &*(t as *const TypeDesc) };
    if td.kind != Kind::Pointer || d == 0 {
        return None;
    }
    Some(td.elem())
}

/// (arg any) -> (kind, bits): how a scanned value is stored through arg.
extern "C" fn scan_target(_ctx: &mut Ctx, a: Args) {
    let (t, d) = (a.get(0), a.get(1));
    // SAFETY: as in `target`.
    let is_ptr = t != 0 && unsafe { (*(t as *const TypeDesc)).kind } == Kind::Pointer;
    let (kind, bits) = match target(t, d) {
        None if is_ptr => (1, 0),
        None => (0, 0),
        Some(e) => {
            let bits = e.size * 8;
            match e.kind {
                Kind::Bool => (2, 8),
                k if k.is_signed() => (3, bits),
                k if k.is_unsigned() => (4, bits),
                Kind::Float32 | Kind::Float64 => (5, bits),
                Kind::Complex64 | Kind::Complex128 => (6, bits),
                Kind::String => (7, 0),
                Kind::Slice if e.elem().kind == Kind::Uint8 => (8, 0),
                _ => (1, 0),
            }
        }
    };
    a.set(0, kind);
    a.set(1, bits);
}

/// (arg any, v uint64): stores an integer or bool of the element's size.
extern "C" fn store_word(_ctx: &mut Ctx, a: Args) {
    let Some(e) = target(a.get(0), a.get(1)) else { return };
    let p = a.get(1) as *mut u8;
    let v = a.get(2);
    // SAFETY: p points at a value of type e (an integer or bool kind).
    unsafe {
        match e.size {
            1 => *p = v as u8,
            2 => (p as *mut u16).write_unaligned(v as u16),
            4 => (p as *mut u32).write_unaligned(v as u32),
            8 => (p as *mut u64).write_unaligned(v),
            _ => {}
        }
    }
}

/// (arg any, re, im float64): stores a float or complex value.
extern "C" fn store_float(_ctx: &mut Ctx, a: Args) {
    let Some(e) = target(a.get(0), a.get(1)) else { return };
    let p = a.get(1) as *mut u8;
    let (re, im) = (a.f(2), a.f(3));
    // SAFETY: p points at a value of type e (a float or complex kind).
    unsafe {
        match e.kind {
            Kind::Float32 => (p as *mut f32).write_unaligned(re as f32),
            Kind::Float64 => (p as *mut f64).write_unaligned(re),
            Kind::Complex64 => {
                (p as *mut f32).write_unaligned(re as f32);
                (p as *mut f32).add(1).write_unaligned(im as f32);
            }
            Kind::Complex128 => {
                (p as *mut f64).write_unaligned(re);
                (p as *mut f64).add(1).write_unaligned(im);
            }
            _ => {}
        }
    }
}

/// (arg any, s string): stores a string, or a copy of its bytes into a
/// byte slice.
extern "C" fn store_string(ctx: &mut Ctx, a: Args) {
    let Some(e) = target(a.get(0), a.get(1)) else { return };
    let p = a.get(1) as *mut u64;
    let (sp, sl) = (a.get(2), a.get(3));
    match e.kind {
        Kind::String => {
            // SAFETY: p points at a string header.
            unsafe {
                *p = sp;
                *p.add(1) = sl;
            }
        }
        Kind::Slice => {
            let b = crate::strings::bytes_of(sp, sl).to_vec();
            let q = ctx.alloc(b.len().max(1), true);
            // SAFETY: q is fresh with room for b; p points at a slice header.
            unsafe {
                std::ptr::copy_nonoverlapping(b.as_ptr(), q, b.len());
                *p = q as u64;
                *p.add(1) = b.len() as u64;
                *p.add(2) = b.len() as u64;
            }
        }
        _ => {}
    }
}

/// Whether underscores in a number literal (after its sign) only separate
/// digits or follow a base prefix, as Go's syntax requires.
pub fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' {
        let c = s[1] | 0x20;
        if c == b'x' || c == b'o' || c == b'b' {
            hex = c == b'x';
            i = 2;
            saw = b'0';
        }
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || hex && (c | 0x20).is_ascii_hexdigit() {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// strconv.ParseInt(s, base, 64) / ParseUint: Ok(bits) or Err(1 syntax,
/// 2 range).
pub fn parse_int(s: &[u8], base: u32, unsigned: bool) -> Result<u64, u64> {
    if s.is_empty() {
        return Err(1);
    }
    let (neg, body) = match s[0] {
        b'+' | b'-' if !unsigned => (s[0] == b'-', &s[1..]),
        _ => (false, s),
    };
    let mut base = base;
    let mut digits = body;
    let mut underscores = false;
    let mut saw_digit = false;
    if base == 0 {
        base = 10;
        underscores = true;
        if body.len() >= 2 && body[0] == b'0' {
            match body[1] | 0x20 {
                b'b' => {
                    base = 2;
                    digits = &body[2..];
                }
                b'o' => {
                    base = 8;
                    digits = &body[2..];
                }
                b'x' => {
                    base = 16;
                    digits = &body[2..];
                }
                _ => {
                    base = 8;
                    digits = &body[1..];
                    saw_digit = true;
                }
            }
        }
    }
    let mut v: u64 = 0;
    let mut overflow = false;
    for &c in digits {
        if c == b'_' && underscores {
            continue;
        }
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 10,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => return Err(1),
        };
        if d >= base {
            return Err(1);
        }
        saw_digit = true;
        match v.checked_mul(base as u64).and_then(|x| x.checked_add(d as u64)) {
            Some(x) => v = x,
            None => overflow = true,
        }
    }
    if !saw_digit {
        return Err(1);
    }
    if underscores && !underscore_ok(body) {
        return Err(1);
    }
    if overflow {
        return Err(2);
    }
    if unsigned {
        return Ok(v);
    }
    if neg {
        if v > 1 << 63 {
            return Err(2);
        }
        Ok((v as i64).wrapping_neg() as u64)
    } else {
        if v > i64::MAX as u64 {
            return Err(2);
        }
        Ok(v)
    }
}

/// (s string, base int, unsigned bool) -> (v uint64, err int)
extern "C" fn parse_int_native(_ctx: &mut Ctx, a: Args) {
    let r = parse_int(a.str(0), a.get(2) as u32, a.get(3) != 0);
    match r {
        Ok(v) => {
            a.set(0, v);
            a.set(1, 0);
        }
        Err(e) => {
            a.set(0, 0);
            a.set(1, e);
        }
    }
}

/// A hexadecimal float literal body (after "0x"): mantissa digits with an
/// optional point, then a mandatory binary exponent.
fn parse_hex_float(s: &[u8]) -> Option<f64> {
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut sticky = false;
    let mut i = 0;
    let mut seen_point = false;
    let mut any = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            i += 1;
            continue;
        }
        if c == b'.' {
            if seen_point {
                return None;
            }
            seen_point = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else { break };
        any = true;
        if mant >> 60 == 0 {
            mant = mant << 4 | d as u64;
            if seen_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_point {
                exp += 4;
            }
        }
        i += 1;
    }
    if !any || i >= s.len() || (s[i] | 0x20) != b'p' {
        return None;
    }
    let e = std::str::from_utf8(&s[i + 1..]).ok()?.replace('_', "");
    let e: i64 = e.parse().ok().or_else(|| {
        if e.len() > 1 {
            Some(if e.starts_with('-') { -100000 } else { 100000 })
        } else {
            None
        }
    })?;
    if sticky {
        mant |= 1;
    }
    let m = mant as f64;
    let total = (exp + e).clamp(-5000, 5000) as i32;
    // Scale in steps so that intermediate values stay finite.
    let mut v = m;
    let mut t = total;
    while t > 0 {
        let k = t.min(1000);
        v *= 2f64.powi(k);
        t -= k;
    }
    while t < 0 {
        let k = (-t).min(1000);
        v /= 2f64.powi(k);
        t += k;
    }
    Some(v)
}

/// strconv.ParseFloat(s, bits): Ok(value) or Err((1 syntax | 2 range, value)).
pub fn parse_float(s: &[u8], bits: u32) -> Result<f64, (u64, f64)> {
    let text = std::str::from_utf8(s).map_err(|_| (1, 0.0))?;
    let (neg, body) = match text.as_bytes().first() {
        Some(b'+') => (false, &text[1..]),
        Some(b'-') => (true, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    if body.is_empty() {
        return Err((1, 0.0));
    }
    let v = if lower.starts_with("0x") {
        if body.contains('_') && !underscore_ok(body.as_bytes()) {
            return Err((1, 0.0));
        }
        let v = parse_hex_float(&body.as_bytes()[2..]).ok_or((1, 0.0))?;
        if bits == 32 {
            v as f32 as f64
        } else {
            v
        }
    } else {
        let ok_chars = body.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-' | b'_'));
        if !ok_chars || !body.bytes().next().is_some_and(|c| c.is_ascii_digit() || c == b'.') {
            return Err((1, 0.0));
        }
        if body.contains('_') && !underscore_ok(body.as_bytes()) {
            return Err((1, 0.0));
        }
        let clean = body.replace('_', "");
        if bits == 32 {
            clean.parse::<f32>().map_err(|_| (1, 0.0))? as f64
        } else {
            clean.parse::<f64>().map_err(|_| (1, 0.0))?
        }
    };
    let v = if neg { -v } else { v };
    if v.is_infinite() {
        return Err((2, v));
    }
    Ok(v)
}

/// (s string, bits int) -> (f float64, err int)
extern "C" fn parse_float_native(_ctx: &mut Ctx, a: Args) {
    match parse_float(a.str(0), a.get(2) as u32) {
        Ok(v) => {
            a.setf(0, v);
            a.set(1, 0);
        }
        Err((e, v)) => {
            a.setf(0, v);
            a.set(1, e);
        }
    }
}

/// strconv.Unquote for a double-quoted literal.
pub fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    if s.len() < 2 || s[0] != b'"' || s[s.len() - 1] != b'"' {
        return None;
    }
    let body = &s[1..s.len() - 1];
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        match c {
            b'"' | b'\n' => return None,
            b'\\' => {
                i += 1;
                let e = *body.get(i)?;
                i += 1;
                match e {
                    b'a' => out.push(7),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'n' => out.push(b'\n'),
                    b'r' => out.push(b'\r'),
                    b't' => out.push(b'\t'),
                    b'v' => out.push(11),
                    b'\\' => out.push(b'\\'),
                    b'"' => out.push(b'"'),
                    b'x' | b'u' | b'U' => {
                        let n = match e {
                            b'x' => 2,
                            b'u' => 4,
                            _ => 8,
                        };
                        let h = std::str::from_utf8(body.get(i..i + n)?).ok()?;
                        if !h.bytes().all(|c| c.is_ascii_hexdigit()) {
                            return None;
                        }
                        let v = u32::from_str_radix(h, 16).ok()?;
                        i += n;
                        if e == b'x' {
                            out.push(v as u8);
                        } else {
                            let ch = char::from_u32(v)?;
                            let mut b = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
                        }
                    }
                    b'0'..=b'7' => {
                        let o = body.get(i - 1..i + 2)?;
                        if !o.iter().all(|c| (b'0'..=b'7').contains(c)) {
                            return None;
                        }
                        let v = (o[0] - b'0') as u32 * 64 + (o[1] - b'0') as u32 * 8 + (o[2] - b'0') as u32;
                        if v > 255 {
                            return None;
                        }
                        out.push(v as u8);
                        i += 2;
                    }
                    _ => return None,
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    if std::str::from_utf8(&out).is_err() && !s.contains(&b'\\') {
        return None;
    }
    Some(out)
}

/// (s string) -> (string, bool)
extern "C" fn unquote_native(ctx: &mut Ctx, a: Args) {
    match unquote(a.str(0)) {
        Some(v) => {
            let (p, l) = crate::strings::new_string(ctx, &v);
            a.set(0, p);
            a.set(1, l);
            a.set(2, 1);
        }
        None => {
            a.set(0, 0);
            a.set(1, 0);
            a.set(2, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_like_strconv() {
        assert_eq!(parse_int(b"0x1F", 0, false), Ok(31));
        assert_eq!(parse_int(b"-0b101", 0, false), Ok((-5i64) as u64));
        assert_eq!(parse_int(b"017", 0, false), Ok(15));
        assert_eq!(parse_int(b"0o17", 0, false), Ok(15));
        assert_eq!(parse_int(b"0", 0, false), Ok(0));
        assert_eq!(parse_int(b"1_000", 0, false), Ok(1000));
        assert_eq!(parse_int(b"1__0", 0, false), Err(1));
        assert_eq!(parse_int(b"_1", 0, false), Err(1));
        assert_eq!(parse_int(b"1_000", 10, false), Err(1));
        assert_eq!(parse_int(b"99999999999999999999", 0, false), Err(2));
        assert_eq!(parse_int(b"-9223372036854775808", 10, false), Ok(1 << 63));
        assert_eq!(parse_int(b"9223372036854775808", 10, false), Err(2));
        assert_eq!(parse_int(b"18446744073709551615", 10, true), Ok(u64::MAX));
        assert_eq!(parse_int(b"+5", 10, true), Err(1));
        assert_eq!(parse_int(b"", 10, false), Err(1));
        assert_eq!(parse_int(b"-", 10, false), Err(1));
        assert_eq!(parse_int(b"0x", 0, false), Err(1));
        assert_eq!(parse_int(b"ff", 16, false), Ok(255));
        assert_eq!(parse_int(b"12a", 10, false), Err(1));
    }

    #[test]
    fn floats_like_strconv() {
        assert_eq!(parse_float(b"3.25e2", 64), Ok(325.0));
        assert_eq!(parse_float(b"1_0.5", 64), Ok(10.5));
        assert_eq!(parse_float(b"0x1p4", 64), Ok(16.0));
        assert_eq!(parse_float(b"-0x1.8p1", 64), Ok(-3.0));
        assert_eq!(parse_float(b"inf", 64), Ok(f64::INFINITY));
        assert_eq!(parse_float(b"-Infinity", 64), Ok(f64::NEG_INFINITY));
        assert!(parse_float(b"nan", 64).unwrap().is_nan());
        assert_eq!(parse_float(b"1e", 64).map_err(|e| e.0), Err(1));
        assert_eq!(parse_float(b"1e40", 32).map_err(|e| e.0), Err(2));
        assert_eq!(parse_float(b"1e400", 64).map_err(|e| e.0), Err(2));
        assert_eq!(parse_float(b".5", 64), Ok(0.5));
        assert_eq!(parse_float(b"0x1", 64).map_err(|e| e.0), Err(1));
        assert_eq!(parse_float(b"", 64).map_err(|e| e.0), Err(1));
    }

    #[test]
    fn unquoting() {
        assert_eq!(unquote(b"\"a\\tb\""), Some(b"a\tb".to_vec()));
        assert_eq!(unquote(b"\"\\x41\\101\\u00e9\""), Some("AAé".as_bytes().to_vec()));
        assert_eq!(unquote(b"\"\\'\""), None);
        assert_eq!(unquote(b"\"a\nb\""), None);
        assert_eq!(unquote(b"\"\\400\""), None);
        assert_eq!(unquote(b"\"\\uD800\""), None);
    }
}
