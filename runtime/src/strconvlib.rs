//! Natives of package strconv: integer and float conversions, quoting.
//! Parsers return a status code that the Go side turns into *NumError:
//! 0 ok, 1 ErrSyntax, 2 ErrRange, 3 invalid base, 4 invalid bit size.

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::strings::{decode_rune, encode_rune, new_string};
use crate::stringslib::panic_string;
use crate::unicodelib::{is_graphic_rune, is_print_rune};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("strconv.parseUint", parse_uint_native),
    ("strconv.parseInt", parse_int_native),
    ("strconv.parseFloat", parse_float_native),
    ("strconv.parseFloatPrefix", parse_float_prefix_native),
    ("strconv.FormatInt", format_int_native),
    ("strconv.FormatUint", format_uint_native),
    ("strconv.Itoa", itoa_native),
    ("strconv.formatFloat", format_float_native),
    ("strconv.quoteWith", quote_native),
    ("strconv.quoteRuneWith", quote_rune_native),
    ("strconv.unquote", unquote_native),
    ("strconv.unquoteChar", unquote_char_native),
    ("strconv.IsPrint", is_print_native),
    ("strconv.IsGraphic", is_graphic_native),
];

pub const OK: u64 = 0;
pub const SYNTAX: u64 = 1;
pub const RANGE: u64 = 2;
pub const BASE: u64 = 3;
pub const BITSIZE: u64 = 4;

// ---- integers ----

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Go's rule for underscores in number literals: only between digits, or
/// between a base prefix and a digit.
pub fn underscore_ok(s: &[u8]) -> bool {
    let mut s = s;
    if let Some(&c) = s.first() {
        if c == b'-' || c == b'+' {
            s = &s[1..];
        }
    }
    // saw: b'^' start, b'0' digit or prefix, b'_' underscore, b'!' other.
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's ParseUint: (value, status).
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, u64) {
    if s.is_empty() {
        return (0, SYNTAX);
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let mut base = base;
    if base == 0 {
        base = 10;
        if s[0] == b'0' {
            if s.len() >= 3 && lower(s[1]) == b'b' {
                base = 2;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'o' {
                base = 8;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'x' {
                base = 16;
                s = &s[2..];
            } else {
                base = 8;
                s = &s[1..];
            }
        }
    } else if !(2..=36).contains(&base) {
        return (0, BASE);
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    if !(0..=64).contains(&bit_size) {
        return (0, BITSIZE);
    }
    let base = base as u64;
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 { u64::MAX } else { (1u64 << bit_size) - 1 };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => (c - b'0') as u64,
            b'a'..=b'z' | b'A'..=b'Z' => (lower(c) - b'a' + 10) as u64,
            _ => return (0, SYNTAX),
        };
        if d >= base {
            return (0, SYNTAX);
        }
        if n >= cutoff {
            return (max_val, RANGE);
        }
        n *= base;
        let n1 = n.wrapping_add(d);
        if n1 < n || n1 > max_val {
            return (max_val, RANGE);
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, SYNTAX);
    }
    (n, OK)
}

/// Go's ParseInt: (value, status); out-of-range values are clamped.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, u64) {
    if s.is_empty() {
        return (0, SYNTAX);
    }
    let (neg, rest) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, st) = parse_uint(rest, base, bit_size);
    if st != OK && st != RANGE {
        return (0, st);
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, RANGE);
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), RANGE);
    }
    let n = if neg { (un as i64).wrapping_neg() } else { un as i64 };
    (n, OK)
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

pub fn format_bits(mut u: u64, base: u64, neg: bool, out: &mut Vec<u8>) {
    let mut buf = [0u8; 65];
    let mut i = buf.len();
    if base == 10 {
        while u >= 100 {
            let q = u / 100;
            let r = (u - q * 100) as usize;
            i -= 2;
            buf[i] = b'0' + (r / 10) as u8;
            buf[i + 1] = b'0' + (r % 10) as u8;
            u = q;
        }
    }
    loop {
        i -= 1;
        buf[i] = DIGITS[(u % base) as usize];
        u /= base;
        if u == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        buf[i] = b'-';
    }
    out.extend_from_slice(&buf[i..]);
}

// ---- floats: parsing ----

/// Bits of a float format: (mantissa bits, minimum and maximum exponent of
/// the normalized form 1.m x 2^e).
struct FloatFmt {
    mant: u32,
    emin: i64,
    emax: i64,
}

const F64: FloatFmt = FloatFmt { mant: 52, emin: -1022, emax: 1023 };
const F32: FloatFmt = FloatFmt { mant: 23, emin: -126, emax: 127 };

/// m x 2^e (plus less than one unit of m when `sticky`) correctly rounded
/// (half to even) to the format; None on overflow.
fn round_binary(m: u64, sticky: bool, e: i64, f: &FloatFmt) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let n = 64 - m.leading_zeros() as i64;
    let e2 = e + n - 1; // exponent of the leading bit
                        // The unit of the last place kept: normal numbers keep mant+1 bits,
                        // denormals share the smallest normal's unit.
    let mut qexp = e2.max(f.emin) - f.mant as i64;
    let shift = qexp - e;
    let mut keep: u64 = if shift <= 0 {
        m << (-shift)
    } else if shift > 64 {
        0
    } else {
        let (k, rem) = if shift == 64 { (0, m) } else { (m >> shift, m & ((1u64 << shift) - 1)) };
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && (sticky || k & 1 == 1)) {
            k + 1
        } else {
            k
        }
    };
    if keep >> (f.mant + 1) != 0 {
        // Rounding carried into a new leading bit.
        keep >>= 1;
        qexp += 1;
    }
    if keep != 0 && qexp + (64 - keep.leading_zeros() as i64) - 1 > f.emax {
        return None;
    }
    let mut v = keep as f64;
    let mut k = qexp;
    while k < -500 {
        v *= 2f64.powi(-500);
        k += 500;
    }
    while k > 500 {
        v *= 2f64.powi(500);
        k -= 500;
    }
    Some(v * 2f64.powi(k as i32))
}

/// A hexadecimal float body (after "0x"): mantissa digits, optional
/// point, required p exponent. Underscores were removed.
fn parse_hex_float(s: &[u8], f: &FloatFmt) -> Result<Option<f64>, ()> {
    let mut m: u64 = 0;
    let mut sticky = false;
    let mut e: i64 = 0;
    let mut digits = 0;
    let mut seen_point = false;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let d = match c {
            b'.' if !seen_point => {
                seen_point = true;
                i += 1;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' | b'A'..=b'F' => lower(c) - b'a' + 10,
            _ => break,
        };
        digits += 1;
        if m >> 60 == 0 {
            m = m << 4 | d as u64;
            if seen_point {
                e -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_point {
                e += 4;
            }
        }
        i += 1;
    }
    if digits == 0 || i >= s.len() || lower(s[i]) != b'p' {
        return Err(());
    }
    i += 1;
    let mut eneg = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        eneg = s[i] == b'-';
        i += 1;
    }
    if i >= s.len() {
        return Err(());
    }
    let mut x: i64 = 0;
    while i < s.len() {
        if !s[i].is_ascii_digit() {
            return Err(());
        }
        if x < 1 << 40 {
            x = x * 10 + (s[i] - b'0') as i64;
        }
        i += 1;
    }
    let x = if eneg { -x } else { x };
    Ok(round_binary(m, sticky, e + x, f))
}

/// Is `s` a decimal float literal (digits, point, exponent)?
fn decimal_syntax(s: &[u8]) -> bool {
    let mut i = 0;
    let mut mant = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        mant += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            mant += 1;
        }
    }
    if mant == 0 {
        return false;
    }
    if i < s.len() && lower(s[i]) == b'e' {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let st = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return false;
        }
    }
    i == s.len()
}

/// Go's ParseFloat: (value, status). Overflow gives ±Inf with ErrRange.
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, u64) {
    let f = if bit_size == 32 { &F32 } else { &F64 };
    let (neg, body) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let sign = |v: f64| if neg { -v } else { v };
    let lw: Vec<u8> = body.iter().map(|c| c.to_ascii_lowercase()).collect();
    if lw == b"inf" || lw == b"infinity" {
        return (sign(f64::INFINITY), OK);
    }
    if lw == b"nan" && body.len() == s.len() {
        return (f64::NAN, OK);
    }
    let clean: Vec<u8>;
    let mut b = body;
    if b.contains(&b'_') {
        if !underscore_ok(s) {
            return (0.0, SYNTAX);
        }
        clean = b.iter().copied().filter(|&c| c != b'_').collect();
        b = &clean;
    }
    if b.len() >= 2 && b[0] == b'0' && lower(b[1]) == b'x' {
        return match parse_hex_float(&b[2..], f) {
            Err(()) => (0.0, SYNTAX),
            Ok(None) => (sign(f64::INFINITY), RANGE),
            Ok(Some(v)) => (sign(v), OK),
        };
    }
    if !decimal_syntax(b) {
        return (0.0, SYNTAX);
    }
    // The grammar is checked: only ASCII digits, '.', 'e', signs remain.
    let text = std::str::from_utf8(b).unwrap_or("x");
    let v = if bit_size == 32 { text.parse::<f32>().map(|v| v as f64) } else { text.parse::<f64>() };
    match v {
        Ok(v) if v.is_infinite() => (sign(v), RANGE),
        Ok(v) => (sign(v), OK),
        Err(_) => (0.0, SYNTAX),
    }
}

/// Length of the longest prefix of `s` that Go's float reader accepts
/// ("inf", "infinity", "nan" or a decimal or hexadecimal literal); None
/// when no prefix is a float.
pub fn float_prefix_len(s: &[u8]) -> Option<usize> {
    let (nsign, rest) = match s.first() {
        Some(b'+' | b'-') => (1, &s[1..]),
        _ => (0, s),
    };
    let common = |word: &[u8]| rest.iter().zip(word).take_while(|(a, b)| a.to_ascii_lowercase() == **b).count();
    match rest.first().map(u8::to_ascii_lowercase) {
        Some(b'i') => {
            let n = common(b"infinity");
            let n = if n > 3 && n < 8 { 3 } else { n };
            if n == 3 || n == 8 {
                return Some(nsign + n);
            }
        }
        Some(b'n') if nsign == 0 && common(b"nan") == 3 => return Some(3),
        _ => {}
    }
    let mut i = nsign;
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        hex = true;
        i += 2;
    }
    let (mut underscores, mut sawdot, mut sawdigits) = (false, false, false);
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
        } else if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if i < s.len() && lower(s[i]) == if hex { b'p' } else { b'e' } {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return None;
        }
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            underscores |= s[i] == b'_';
            i += 1;
        }
    } else if hex {
        return None;
    }
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(i)
}

// ---- floats: formatting ----

/// Decimal digits (no trailing zeros) and point position: the value is
/// 0.d1d2d3... x 10^dp. Zero has no digits and dp 0.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

/// Splits Rust's `{:e}` output "d.ddde±x" into digits and point position.
fn digits_of_exp(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp.parse::<i64>().unwrap_or(0) + 1 }
}

/// The shortest digits that read back as `a`. Among decimals of that
/// length Go picks the one nearest the exact value (ties to even); Rust's
/// shortest form may be another one of the same length, so the correctly
/// rounded candidate is preferred when it reads back too.
fn shortest(a: f64, bits32: bool) -> Digits {
    if a == 0.0 {
        return Digits { d: Vec::new(), dp: 0 };
    }
    let d = digits_of_exp(&if bits32 { format!("{:e}", a as f32) } else { format!("{a:e}") });
    // With at most 15 digits (6 for float32) decimals of that length are
    // spaced wider than the interval that reads back as `a` (a relative
    // 2^-52, or 2^-23): only one of them fits, so there is no choice.
    if d.d.len() <= if bits32 { 6 } else { 15 } {
        return d;
    }
    let c = significant(a, d.d.len().max(1), bits32);
    if c.d != d.d || c.dp != d.dp {
        let text = format!("0.{}e{}", String::from_utf8_lossy(&c.d), c.dp);
        let back = if bits32 { text.parse::<f32>().map(|v| v as f64) } else { text.parse::<f64>() };
        if back == Ok(a) {
            return c;
        }
    }
    d
}

/// The shortest digits (ASCII, no trailing zeros) of `a` and the decimal
/// point position, with Go's choice among candidates (fmt's %v uses it).
pub(crate) fn shortest_digits(a: f64, bits32: bool) -> (Vec<u8>, i64) {
    let d = shortest(a, bits32);
    (d.d, d.dp)
}

/// `n` >= 1 significant digits, correctly rounded (half to even).
fn significant(a: f64, n: usize, bits32: bool) -> Digits {
    if a == 0.0 {
        return Digits { d: Vec::new(), dp: 0 };
    }
    digits_of_exp(&if bits32 { format!("{:.*e}", n - 1, a as f32) } else { format!("{:.*e}", n - 1, a) })
}

fn fmt_e(out: &mut Vec<u8>, d: &Digits, prec: i64, ch: u8) {
    out.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec as usize {
            out.push(d.d.get(i).copied().unwrap_or(b'0'));
        }
    }
    out.push(ch);
    let mut exp = if d.d.is_empty() { 0 } else { d.dp - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    format_bits(exp as u64, 10, false, out);
}

fn fmt_f(out: &mut Vec<u8>, d: &Digits, prec: i64) {
    if d.dp > 0 {
        for i in 0..d.dp as usize {
            out.push(d.d.get(i).copied().unwrap_or(b'0'));
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = d.dp + i - 1;
            out.push(if j >= 0 { d.d.get(j as usize).copied().unwrap_or(b'0') } else { b'0' });
        }
    }
}

/// %b: mantissa "p" binary exponent.
fn fmt_b(out: &mut Vec<u8>, bits: u64, bits32: bool) {
    let (mant_bits, exp_bits, bias) = if bits32 { (23, 8, -127) } else { (52, 11, -1023) };
    let mut exp = ((bits >> mant_bits) & ((1 << exp_bits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mant_bits) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mant_bits;
    }
    exp += bias - mant_bits as i64;
    format_bits(mant, 10, false, out);
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    format_bits(exp.unsigned_abs(), 10, exp < 0, out);
}

/// %x: hexadecimal mantissa and binary exponent, prec hex digits (or the
/// fewest that are exact when prec < 0).
fn fmt_x(out: &mut Vec<u8>, bits: u64, bits32: bool, prec: i64, upper: bool) {
    let (mant_bits, exp_bits, bias) = if bits32 { (23u32, 8, -127i64) } else { (52u32, 11, -1023i64) };
    let mut exp = ((bits >> mant_bits) & ((1 << exp_bits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mant_bits) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mant_bits;
    }
    exp += bias;
    if mant == 0 {
        exp = 0;
    }
    // The leading 1 at bit 60.
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1u64 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if upper { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    out.push(b'0');
    out.push(if upper { b'X' } else { b'x' });
    out.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if upper { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    format_bits(exp as u64, 10, false, out);
}

/// Go's FormatFloat (bit_size 32 or 64 checked by the caller).
pub fn format_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i64, bits32: bool) {
    let v = if bits32 { v as f32 as f64 } else { v };
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let neg = v.is_sign_negative();
    let bits = if bits32 { (v as f32).to_bits() as u64 } else { v.to_bits() };
    let a = v.abs();
    match fmt {
        b'b' => {
            if neg {
                out.push(b'-');
            }
            return fmt_b(out, bits, bits32);
        }
        b'x' | b'X' => {
            if neg {
                out.push(b'-');
            }
            return fmt_x(out, bits, bits32, prec, fmt == b'X');
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {}
        _ => {
            out.push(b'%');
            out.push(fmt);
            return;
        }
    }
    if neg {
        out.push(b'-');
    }
    if prec >= 0 && (fmt == b'f' || fmt == b'F') {
        let s = if bits32 { format!("{:.*}", prec as usize, a as f32) } else { format!("{:.*}", prec as usize, a) };
        out.extend_from_slice(s.as_bytes());
        return;
    }
    if prec >= 0 && (fmt == b'e' || fmt == b'E') {
        let d = significant(a, prec as usize + 1, bits32);
        return fmt_e(out, &d, prec, fmt);
    }
    let shortest_mode = prec < 0;
    let (d, mut prec) = if shortest_mode {
        let d = shortest(a, bits32);
        let p = match fmt {
            b'e' | b'E' => d.d.len() as i64 - 1,
            b'f' | b'F' => (d.d.len() as i64 - d.dp).max(0),
            _ => d.d.len() as i64,
        };
        (d, p)
    } else {
        let p = prec.max(1);
        (significant(a, p as usize, bits32), p)
    };
    match fmt {
        b'e' | b'E' => fmt_e(out, &d, prec, fmt),
        b'f' | b'F' => fmt_f(out, &d, prec),
        _ => {
            let nd = d.d.len() as i64;
            let mut eprec = prec;
            if eprec > nd && nd >= d.dp {
                eprec = nd;
            }
            if shortest_mode {
                eprec = 6;
            }
            let exp = d.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                return fmt_e(out, &d, prec - 1, fmt + b'e' - b'g');
            }
            if prec > d.dp {
                prec = nd;
            }
            fmt_f(out, &d, (prec - d.dp).max(0));
        }
    }
}

// ---- quoting ----

fn push_rune(out: &mut Vec<u8>, r: u32) {
    encode_rune(r as i64, out);
}

fn escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii: bool, graphic: bool) {
    if r == quote as u32 || r == '\\' as u32 {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if ascii {
        if r < 0x80 && is_print_rune(r as i64) {
            out.push(r as u8);
            return;
        }
    } else if is_print_rune(r as i64) || graphic && is_graphic_rune(r as i64) {
        push_rune(out, r);
        return;
    }
    let hex = b"0123456789abcdef";
    match r {
        0x07 => out.extend_from_slice(b"\\a"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0D => out.extend_from_slice(b"\\r"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0B => out.extend_from_slice(b"\\v"),
        _ if r < 0x20 || r == 0x7F => {
            out.extend_from_slice(b"\\x");
            out.push(hex[(r >> 4) as usize & 15]);
            out.push(hex[r as usize & 15]);
        }
        _ => {
            let r = if r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) { 0xFFFD } else { r };
            let (lead, n) = if r < 0x10000 { (b"\\u", 4) } else { (b"\\U", 8) };
            out.extend_from_slice(lead);
            for k in (0..n).rev() {
                out.push(hex[(r >> (4 * k)) as usize & 15]);
            }
        }
    }
}

/// Go's Quote, QuoteToASCII, QuoteToGraphic (quote '"').
pub fn quote_with(s: &[u8], quote: u8, ascii: bool, graphic: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(quote);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if (0x20..0x7F).contains(&c) && c != quote && c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let (r, w) = decode_rune(&s[i..]);
        if w == 1 && r == 0xFFFD {
            let hex = b"0123456789abcdef";
            out.extend_from_slice(b"\\x");
            out.push(hex[(c >> 4) as usize]);
            out.push(hex[(c & 15) as usize]);
            i += 1;
            continue;
        }
        escaped_rune(&mut out, r, quote, ascii, graphic);
        i += w;
    }
    out.push(quote);
    out
}

/// Go's QuoteRune family: invalid runes are quoted as U+FFFD.
pub fn quote_rune_with(r: i64, quote: u8, ascii: bool, graphic: bool) -> Vec<u8> {
    let r = if (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r) { r as u32 } else { 0xFFFD };
    let mut out = vec![quote];
    escaped_rune(&mut out, r, quote, ascii, graphic);
    out.push(quote);
    out
}

fn unhex(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'a'..=b'f' | b'A'..=b'F' => Some((lower(c) - b'a' + 10) as u32),
        _ => None,
    }
}

/// Go's UnquoteChar: (value, multibyte, bytes consumed) or None.
pub fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, usize)> {
    let c = *s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, w) = decode_rune(s);
        return Some((r, true, w));
    }
    if c != b'\\' {
        return Some((c as u32, false, 1));
    }
    let c = *s.get(1)?;
    let rest = &s[2..];
    let v = match c {
        b'a' => 0x07,
        b'b' => 0x08,
        b'f' => 0x0C,
        b'n' => 0x0A,
        b'r' => 0x0D,
        b't' => 0x09,
        b'v' => 0x0B,
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < n {
                return None;
            }
            let mut v: u32 = 0;
            for &h in &rest[..n] {
                v = v << 4 | unhex(h)?;
            }
            if c == b'x' {
                return Some((v, false, 2 + n));
            }
            if v > 0x10FFFF || (0xD800..=0xDFFF).contains(&v) {
                return None;
            }
            return Some((v, true, 2 + n));
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as u32;
            if rest.len() < 2 {
                return None;
            }
            for &o in &rest[..2] {
                if !(b'0'..=b'7').contains(&o) {
                    return None;
                }
                v = v << 3 | (o - b'0') as u32;
            }
            if v > 255 {
                return None;
            }
            return Some((v, false, 4));
        }
        b'\\' => b'\\' as u32,
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            c as u32
        }
        _ => return None,
    };
    Some((v, false, 2))
}

pub enum Unquoted {
    /// The contents are a substring of the input: (start, end).
    Slice(usize, usize),
    Owned(Vec<u8>),
}

/// Go's unquote: the quoted prefix of `s` (its length) and its value.
pub fn unquote(s: &[u8], unescape: bool) -> Option<(usize, Unquoted)> {
    if s.len() < 2 {
        return None;
    }
    let quote = s[0];
    match quote {
        b'`' => {
            let end = s[1..].iter().position(|&c| c == b'`')? + 2;
            let body = &s[1..end - 1];
            if !unescape || !body.contains(&b'\r') {
                return Some((end, Unquoted::Slice(1, end - 1)));
            }
            Some((end, Unquoted::Owned(body.iter().copied().filter(|&c| c != b'\r').collect())))
        }
        b'"' | b'\'' => {
            let end = s[1..].iter().position(|&c| c == quote)? + 2;
            let body = &s[1..end - 1];
            if !body.contains(&b'\\') && !body.contains(&b'\n') {
                let valid = if quote == b'"' {
                    std::str::from_utf8(body).is_ok()
                } else {
                    let (r, n) = decode_rune(body);
                    n > 0 && n == body.len() && (r != 0xFFFD || n != 1)
                };
                if valid {
                    return Some((end, Unquoted::Slice(1, end - 1)));
                }
            }
            let mut buf = Vec::new();
            let mut i = 1;
            while i < s.len() && s[i] != quote {
                if s[i] == b'\n' {
                    return None;
                }
                let (r, multibyte, n) = unquote_char(&s[i..], quote)?;
                i += n;
                if unescape {
                    if r < 0x80 || !multibyte {
                        buf.push(r as u8);
                    } else {
                        push_rune(&mut buf, r);
                    }
                }
                if quote == b'\'' {
                    break;
                }
            }
            if i >= s.len() || s[i] != quote {
                return None;
            }
            Some((i + 1, Unquoted::Owned(buf)))
        }
        _ => None,
    }
}

// ---- natives ----

fn ret_string(ctx: &mut Ctx, a: Args, b: &[u8]) {
    let (p, l) = new_string(ctx, b);
    a.set(0, p);
    a.set(1, l);
}

/// (s string, base, bitSize int) -> (uint64, status int)
extern "C" fn parse_uint_native(_ctx: &mut Ctx, a: Args) {
    let (v, st) = parse_uint(a.str(0), a.get(2) as i64, a.get(3) as i64);
    a.set(0, v);
    a.set(1, st);
}

/// (s string, base, bitSize int) -> (int64, status int)
extern "C" fn parse_int_native(_ctx: &mut Ctx, a: Args) {
    let (v, st) = parse_int(a.str(0), a.get(2) as i64, a.get(3) as i64);
    a.set(0, v as u64);
    a.set(1, st);
}

/// (s string, bitSize int) -> (float64, status int)
extern "C" fn parse_float_native(_ctx: &mut Ctx, a: Args) {
    let (v, st) = parse_float(a.str(0), a.get(2) as i64);
    a.setf(0, v);
    a.set(1, st);
}

/// (s string, bitSize int) -> (float64, n int, status int): the float at
/// the start of s and its length.
extern "C" fn parse_float_prefix_native(_ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    let bits = a.get(2) as i64;
    let (v, n, st) = match float_prefix_len(s) {
        None => (0.0, 0, SYNTAX),
        Some(n) => {
            let (v, st) = parse_float(&s[..n], bits);
            (v, n, st)
        }
    };
    a.setf(0, v);
    a.set(1, n as u64);
    a.set(2, st);
}

fn format_int_base(ctx: &mut Ctx, a: Args, u: u64, neg: bool) {
    let base = a.get(1) as i64;
    if !(2..=36).contains(&base) {
        return panic_string(ctx, "strconv: illegal AppendInt/FormatInt base");
    }
    let mut out = Vec::with_capacity(24);
    format_bits(u, base as u64, neg, &mut out);
    ret_string(ctx, a, &out);
}

/// (i int64, base int) -> string
extern "C" fn format_int_native(ctx: &mut Ctx, a: Args) {
    let i = a.get(0) as i64;
    format_int_base(ctx, a, i.unsigned_abs(), i < 0);
}

/// (i uint64, base int) -> string
extern "C" fn format_uint_native(ctx: &mut Ctx, a: Args) {
    format_int_base(ctx, a, a.get(0), false);
}

/// (i int) -> string
extern "C" fn itoa_native(ctx: &mut Ctx, a: Args) {
    let i = a.get(0) as i64;
    if (0..10).contains(&i) {
        return ret_string(ctx, a, &[b'0' + i as u8]);
    }
    let mut out = Vec::with_capacity(20);
    format_bits(i.unsigned_abs(), 10, i < 0, &mut out);
    ret_string(ctx, a, &out);
}

/// (f float64, fmt byte, prec, bitSize int) -> string
extern "C" fn format_float_native(ctx: &mut Ctx, a: Args) {
    let bits = a.get(3) as i64;
    if bits != 32 && bits != 64 {
        return panic_string(ctx, "strconv: illegal AppendFloat/FormatFloat bitSize");
    }
    let prec = a.get(2) as i64;
    if prec > 1 << 30 {
        // Go would run out of memory building the digits.
        return crate::panic::raise_runtime(ctx, crate::panic::RtErr::ErrorString, "makeslice: len out of range");
    }
    let mut out = Vec::with_capacity(24);
    format_float(&mut out, a.f(0), a.get(1) as u8, prec, bits == 32);
    ret_string(ctx, a, &out);
}

/// (s string, quote byte, ascii, graphic bool) -> string
extern "C" fn quote_native(ctx: &mut Ctx, a: Args) {
    let out = quote_with(a.str(0), a.get(2) as u8, a.get(3) != 0, a.get(4) != 0);
    ret_string(ctx, a, &out);
}

/// (r rune, quote byte, ascii, graphic bool) -> string
extern "C" fn quote_rune_native(ctx: &mut Ctx, a: Args) {
    let r = a.get(0) as u32 as i32 as i64;
    let out = quote_rune_with(r, a.get(1) as u8, a.get(2) != 0, a.get(3) != 0);
    ret_string(ctx, a, &out);
}

/// (s string, unescape bool) -> (value string, n int, ok bool)
extern "C" fn unquote_native(ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    let base = a.get(0);
    match unquote(s, a.get(2) != 0) {
        None => {
            a.set(0, 0);
            a.set(1, 0);
            a.set(2, 0);
            a.set(3, 0);
        }
        Some((n, v)) => {
            let (p, l) = match v {
                Unquoted::Slice(st, e) if e > st => (base + st as u64, (e - st) as u64),
                Unquoted::Slice(..) => (0, 0),
                Unquoted::Owned(b) => new_string(ctx, &b),
            };
            a.set(0, p);
            a.set(1, l);
            a.set(2, n as u64);
            a.set(3, 1);
        }
    }
}

/// (s string, quote byte) -> (value rune, multibyte bool, n int, ok bool)
extern "C" fn unquote_char_native(_ctx: &mut Ctx, a: Args) {
    match unquote_char(a.str(0), a.get(2) as u8) {
        None => {
            a.set(0, 0);
            a.set(1, 0);
            a.set(2, 0);
            a.set(3, 0);
        }
        Some((r, mb, n)) => {
            a.set(0, r as u64);
            a.set(1, mb as u64);
            a.set(2, n as u64);
            a.set(3, 1);
        }
    }
}

extern "C" fn is_print_native(_ctx: &mut Ctx, a: Args) {
    let r = a.get(0) as u32 as i32 as i64;
    a.set(0, is_print_rune(r) as u64);
}

extern "C" fn is_graphic_native(_ctx: &mut Ctx, a: Args) {
    let r = a.get(0) as u32 as i32 as i64;
    a.set(0, is_graphic_rune(r) as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ff(v: f64, fmt: u8, prec: i64, bits: u32) -> String {
        let mut out = Vec::new();
        format_float(&mut out, v, fmt, prec, bits == 32);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn format_float_like_go() {
        assert_eq!(ff(3.0, b'g', -1, 64), "3");
        assert_eq!(ff(1e21, b'g', -1, 64), "1e+21");
        assert_eq!(ff(123456.0, b'g', -1, 64), "123456");
        assert_eq!(ff(1234567.0, b'g', -1, 64), "1.234567e+06");
        assert_eq!(ff(0.0001, b'g', -1, 64), "0.0001");
        assert_eq!(ff(0.00001, b'g', -1, 64), "1e-05");
        assert_eq!(ff(1e23, b'f', -1, 64), "100000000000000000000000");
        assert_eq!(ff(1e23, b'f', 0, 64), "99999999999999991611392");
        assert_eq!(ff(0.125, b'f', 2, 64), "0.12");
        assert_eq!(ff(-0.0, b'g', -1, 64), "-0");
        assert_eq!(ff(0.0, b'e', -1, 64), "0e+00");
        assert_eq!(ff(0.0, b'e', 3, 64), "0.000e+00");
        assert_eq!(ff(1.0 / 3.0, b'g', -1, 32), "0.33333334");
        assert_eq!(ff(100.0, b'g', 4, 64), "100");
        assert_eq!(ff(1e7, b'g', 10, 64), "10000000");
        assert_eq!(ff(1.0, b'b', -1, 64), "4503599627370496p-52");
        assert_eq!(ff(0.0, b'b', -1, 64), "0p-1074");
        assert_eq!(ff(1.0, b'x', -1, 64), "0x1p+00");
        assert_eq!(ff(3.0, b'x', 0, 64), "0x1p+02");
        assert_eq!(ff(5e-324, b'x', -1, 64), "0x1p-1074");
        assert_eq!(ff(1.5, b'X', 3, 64), "0X1.800P+00");
        assert_eq!(ff(f64::NAN, b'f', 2, 64), "NaN");
        assert_eq!(ff(f64::NEG_INFINITY, b'g', 2, 64), "-Inf");
        assert_eq!(ff(1.0, b'z', 2, 64), "%z");
        assert_eq!(ff(1234.5678, b'e', 2, 64), "1.23e+03");
        assert_eq!(ff(1e100, b'e', -1, 64), "1e+100");
        // An exact tie between two shortest candidates: Go rounds to even.
        assert_eq!(ff(650.18f32 as f64, b'g', -1, 64), "650.1799926757812");
        assert_eq!(ff(815.71f32 as f64, b'g', -1, 64), "815.7100219726562");
    }

    #[test]
    fn parse_like_go() {
        assert_eq!(parse_int(b"-128", 10, 8), (-128, OK));
        assert_eq!(parse_int(b"128", 10, 8), (127, RANGE));
        assert_eq!(parse_int(b"0x_1F", 0, 64), (31, OK));
        assert_eq!(parse_int(b"1_", 0, 64), (0, SYNTAX));
        assert_eq!(parse_int(b"10", 1, 64), (0, BASE));
        assert_eq!(parse_uint(b"18446744073709551616", 10, 64), (u64::MAX, RANGE));
        assert_eq!(parse_uint(b"0", 0, 64), (0, OK));
        assert_eq!(parse_float(b"1_000", 64), (1000.0, OK));
        assert_eq!(parse_float(b"0x1.8p1", 64), (3.0, OK));
        assert_eq!(parse_float(b"0x1p-1074", 64), (5e-324, OK));
        assert_eq!(parse_float(b"0x1p-1075", 64), (0.0, OK));
        assert_eq!(parse_float(b"0x3p-1075", 64), (1e-323, OK));
        assert_eq!(parse_float(b"0x1.fffffffffffff8p1023", 64).1, RANGE);
        assert_eq!(parse_float(b"0x1.fffffffffffff7p1023", 64), (f64::MAX, OK));
        assert_eq!(parse_float(b"0x1.000001p0", 32), (1.0, OK));
        assert_eq!(parse_float(b"0x1.0000011p0", 32), (1.0 + f32::EPSILON as f64, OK));
        assert_eq!(parse_float(b"1e400", 64).1, RANGE);
        assert_eq!(parse_float(b"-Inf", 64), (f64::NEG_INFINITY, OK));
        assert_eq!(parse_float(b"+nan", 64).1, SYNTAX);
        assert_eq!(parse_float(b".", 64).1, SYNTAX);
        assert_eq!(parse_float(b"0x1.8", 64).1, SYNTAX);
        assert_eq!(parse_float(b"1e", 64).1, SYNTAX);
        assert_eq!(float_prefix_len(b"1e5+2i"), Some(3));
        assert_eq!(float_prefix_len(b"infi"), Some(3));
        assert_eq!(float_prefix_len(b"-infinityi"), Some(9));
        assert_eq!(float_prefix_len(b"+nan"), None);
        assert_eq!(float_prefix_len(b"0x1p-2i"), Some(6));
        assert_eq!(float_prefix_len(b"0x1i"), None);
        assert_eq!(float_prefix_len(b"1ei"), None);
        assert_eq!(float_prefix_len(b"1.5.5"), Some(3));
    }

    #[test]
    fn quoting_like_go() {
        let q = quote_with(b"a\"b\\\n\x7f\xe2\x98\xba\xef\xbb\xbf\xff", b'"', false, false);
        assert_eq!(String::from_utf8(q).unwrap(), "\"a\\\"b\\\\\\n\\x7f\u{263a}\\ufeff\\xff\"");
        let q = quote_with("\u{263a}\u{10ffff}".as_bytes(), b'"', true, false);
        assert_eq!(String::from_utf8(q).unwrap(), "\"\\u263a\\U0010ffff\"");
        assert_eq!(quote_rune_with(0xD800, b'\'', false, false), "'\u{FFFD}'".as_bytes());
        assert!(matches!(unquote(b"\"a\\tb\"", true), Some((6, Unquoted::Owned(v))) if v == b"a\tb"));
        assert!(unquote(b"'ab'", true).is_none());
        assert_eq!(unquote_char(b"\\x41rest", b'"'), Some((0x41, false, 4)));
    }
}
