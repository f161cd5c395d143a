//! Natives of package unicode: classification and case mapping over the
//! tables of `unicodetables`, and the RangeTable values of the Go package.

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::unicodetables::{id, FOLD, LOWER, RUNS, TABLES, TITLE, UPPER};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("unicode.table", table),
    ("unicode.IsControl", is_control),
    ("unicode.IsDigit", is_digit),
    ("unicode.IsGraphic", is_graphic),
    ("unicode.IsLetter", is_letter),
    ("unicode.IsLower", is_lower),
    ("unicode.IsMark", is_mark),
    ("unicode.IsNumber", is_number),
    ("unicode.IsPrint", is_print),
    ("unicode.IsPunct", is_punct),
    ("unicode.IsSpace", is_space),
    ("unicode.IsSymbol", is_symbol),
    ("unicode.IsTitle", is_title),
    ("unicode.IsUpper", is_upper),
    ("unicode.To", to),
    ("unicode.ToLower", to_lower),
    ("unicode.ToTitle", to_title),
    ("unicode.ToUpper", to_upper),
    ("unicode.SimpleFold", simple_fold),
];

/// Is code point `r` in table `t` (a number from `unicodetables::id`)?
pub fn in_table(t: usize, r: u32) -> bool {
    let (start, n, _, _) = TABLES[t];
    let runs = &RUNS[start as usize..(start + n) as usize];
    // The first run whose end is at or past r.
    let k = runs.partition_point(|&(_, hi, _)| hi < r);
    match runs.get(k) {
        Some(&(lo, _, stride)) => r >= lo && (r - lo).is_multiple_of(stride),
        None => false,
    }
}

/// A rune argument: int32 in a word, either sign- or zero-extended.
fn rune_arg(w: u64) -> i64 {
    w as u32 as i32 as i64
}

/// Valid code points as u32; negative and too large runes are None.
fn code(r: i64) -> Option<u32> {
    (0..=0x10FFFF).contains(&r).then_some(r as u32)
}

pub fn is_letter_rune(r: i64) -> bool {
    match code(r) {
        Some(c) if c < 0x80 => (c | 0x20).wrapping_sub(b'a' as u32) < 26,
        Some(c) => in_table(id::L, c),
        None => false,
    }
}

pub fn is_digit_rune(r: i64) -> bool {
    match code(r) {
        Some(c) if c < 0x80 => (b'0' as u32..=b'9' as u32).contains(&c),
        Some(c) => in_table(id::Nd, c),
        None => false,
    }
}

pub fn is_number_rune(r: i64) -> bool {
    code(r).is_some_and(|c| in_table(id::N, c))
}

pub fn is_upper_rune(r: i64) -> bool {
    match code(r) {
        Some(c) if c < 0x80 => (b'A' as u32..=b'Z' as u32).contains(&c),
        Some(c) => in_table(id::Lu, c),
        None => false,
    }
}

pub fn is_lower_rune(r: i64) -> bool {
    match code(r) {
        Some(c) if c < 0x80 => (b'a' as u32..=b'z' as u32).contains(&c),
        Some(c) => in_table(id::Ll, c),
        None => false,
    }
}

/// Go's IsSpace: the Latin-1 spaces, then the White_Space property.
pub fn is_space_rune(r: i64) -> bool {
    match code(r) {
        Some(c) if c <= 0xFF => matches!(c, 0x09..=0x0D | 0x20 | 0x85 | 0xA0),
        Some(c) => in_table(id::White_Space, c),
        None => false,
    }
}

pub fn is_punct_rune(r: i64) -> bool {
    code(r).is_some_and(|c| in_table(id::P, c))
}

/// Go's IsPrint: L, M, N, P, S and the ASCII space (not other spaces).
pub fn is_print_rune(r: i64) -> bool {
    match code(r) {
        Some(c) if c < 0x80 => (0x20..0x7F).contains(&c),
        Some(c) => {
            in_table(id::L, c) || in_table(id::M, c) || in_table(id::N, c) || in_table(id::P, c) || in_table(id::S, c)
        }
        None => false,
    }
}

/// Go's IsGraphic: IsPrint plus the Zs spaces.
pub fn is_graphic_rune(r: i64) -> bool {
    is_print_rune(r) || code(r).is_some_and(|c| in_table(id::Zs, c))
}

fn bool_of(a: Args, f: fn(i64) -> bool) {
    let r = rune_arg(a.get(0));
    a.set(0, f(r) as u64);
}

extern "C" fn is_letter(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_letter_rune);
}
extern "C" fn is_digit(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_digit_rune);
}
extern "C" fn is_number(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_number_rune);
}
extern "C" fn is_upper(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_upper_rune);
}
extern "C" fn is_lower(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_lower_rune);
}
extern "C" fn is_space(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_space_rune);
}
extern "C" fn is_punct(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_punct_rune);
}
extern "C" fn is_print(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_print_rune);
}
extern "C" fn is_graphic(_ctx: &mut Ctx, a: Args) {
    bool_of(a, is_graphic_rune);
}
extern "C" fn is_title(_ctx: &mut Ctx, a: Args) {
    bool_of(a, |r| code(r).is_some_and(|c| c > 0xFF && in_table(id::Lt, c)));
}
extern "C" fn is_mark(_ctx: &mut Ctx, a: Args) {
    bool_of(a, |r| code(r).is_some_and(|c| c > 0xFF && in_table(id::M, c)));
}
extern "C" fn is_symbol(_ctx: &mut Ctx, a: Args) {
    bool_of(a, |r| code(r).is_some_and(|c| in_table(id::S, c)));
}
extern "C" fn is_control(_ctx: &mut Ctx, a: Args) {
    bool_of(a, |r| matches!(r, 0..=0x1F | 0x7F..=0x9F));
}

/// Applies a case table (runs of code points sharing one delta).
fn map_case(table: &[(u32, u32, u32, i32)], r: i64) -> i64 {
    let Some(c) = code(r) else { return r };
    let k = table.partition_point(|&(_, hi, _, _)| hi < c);
    match table.get(k) {
        Some(&(lo, _, stride, delta)) if c >= lo && (c - lo).is_multiple_of(stride) => r + delta as i64,
        _ => r,
    }
}

pub fn to_upper_rune(r: i64) -> i64 {
    if (b'a' as i64..=b'z' as i64).contains(&r) {
        return r - 32;
    }
    if r < 0x80 {
        return r;
    }
    map_case(&UPPER, r)
}

pub fn to_lower_rune(r: i64) -> i64 {
    if (b'A' as i64..=b'Z' as i64).contains(&r) {
        return r + 32;
    }
    if r < 0x80 {
        return r;
    }
    map_case(&LOWER, r)
}

pub fn to_title_rune(r: i64) -> i64 {
    if r < 0x80 {
        return to_upper_rune(r);
    }
    map_case(&TITLE, r)
}

pub fn simple_fold_rune(r: i64) -> i64 {
    map_case(&FOLD, r)
}

fn rune_of(a: Args, f: fn(i64) -> i64) {
    let r = f(rune_arg(a.get(0)));
    a.set(0, r as u64);
}

extern "C" fn to_upper(_ctx: &mut Ctx, a: Args) {
    rune_of(a, to_upper_rune);
}
extern "C" fn to_lower(_ctx: &mut Ctx, a: Args) {
    rune_of(a, to_lower_rune);
}
extern "C" fn to_title(_ctx: &mut Ctx, a: Args) {
    rune_of(a, to_title_rune);
}
extern "C" fn simple_fold(_ctx: &mut Ctx, a: Args) {
    rune_of(a, simple_fold_rune);
}

/// (case int, r rune) -> rune; an unknown case gives U+FFFD.
extern "C" fn to(_ctx: &mut Ctx, a: Args) {
    let r = rune_arg(a.get(1));
    let m = match a.get(0) as i64 {
        0 => to_upper_rune(r),
        1 => to_lower_rune(r),
        2 => to_title_rune(r),
        _ => 0xFFFD,
    };
    a.set(0, m as u64);
}

/// (n int) -> *RangeTable: a Go RangeTable { R16 []Range16; R32 []Range32;
/// LatinOffset int } with the runs of table n.
extern "C" fn table(ctx: &mut Ctx, a: Args) {
    let n = a.get(0) as usize;
    let Some(&(start, len, n16, latin)) = TABLES.get(n) else {
        a.set(0, 0);
        return;
    };
    let runs = &RUNS[start as usize..(start + len) as usize];
    let (r16, r32) = runs.split_at(n16 as usize);
    let p16 = ctx.alloc(r16.len() * 6, true) as *mut u16;
    for (i, &(lo, hi, stride)) in r16.iter().enumerate() {
        // SAFETY: p16 holds r16.len() Range16 values of three u16s.
        unsafe {
            *p16.add(3 * i) = lo as u16;
            *p16.add(3 * i + 1) = hi as u16;
            *p16.add(3 * i + 2) = stride as u16;
        }
    }
    let p32 = ctx.alloc(r32.len() * 12, true) as *mut u32;
    for (i, &(lo, hi, stride)) in r32.iter().enumerate() {
        // SAFETY: p32 holds r32.len() Range32 values of three u32s.
        unsafe {
            *p32.add(3 * i) = lo;
            *p32.add(3 * i + 1) = hi;
            *p32.add(3 * i + 2) = stride;
        }
    }
    // The fresh arrays are held in locals (scanned conservatively) while
    // the table itself is allocated.
    let t = ctx.alloc(56, false) as *mut u64;
    let p16 = std::hint::black_box(p16);
    let p32 = std::hint::black_box(p32);
    let words = [
        if r16.is_empty() { 0 } else { p16 as u64 },
        r16.len() as u64,
        r16.len() as u64,
        if r32.is_empty() { 0 } else { p32 as u64 },
        r32.len() as u64,
        r32.len() as u64,
        latin as u64,
    ];
    // SAFETY: t is a fresh 56-byte object, the RangeTable's layout.
    unsafe { std::ptr::copy_nonoverlapping(words.as_ptr(), t, 7) };
    a.set(0, t as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_like_go() {
        assert!(is_letter_rune('é' as i64) && is_letter_rune('世' as i64) && !is_letter_rune('1' as i64));
        assert!(is_upper_rune('Ä' as i64) && !is_upper_rune('ä' as i64) && is_lower_rune('ß' as i64));
        assert!(is_space_rune(0x85) && is_space_rune(0x3000) && !is_space_rune(0x200B));
        assert!(is_print_rune(' ' as i64) && !is_print_rune(0xA0) && is_graphic_rune(0xA0));
        assert!(!is_letter_rune(-1) && !is_letter_rune(0x110000));
        assert!(is_digit_rune('٣' as i64) && is_number_rune('½' as i64) && !is_digit_rune('½' as i64));
    }

    #[test]
    fn cases_like_go() {
        assert_eq!(to_upper_rune('ß' as i64), 'ß' as i64);
        assert_eq!(to_upper_rune('ÿ' as i64), 'Ÿ' as i64);
        assert_eq!(to_lower_rune('Σ' as i64), 'σ' as i64);
        assert_eq!(to_title_rune('ǆ' as i64), 'ǅ' as i64);
        assert_eq!(to_upper_rune('ǆ' as i64), 'Ǆ' as i64);
        assert_eq!(simple_fold_rune('K' as i64), 'k' as i64);
        assert_eq!(simple_fold_rune('k' as i64), 0x212A);
        assert_eq!(simple_fold_rune(0x212A), 'K' as i64);
        assert_eq!(simple_fold_rune('1' as i64), '1' as i64);
        assert_eq!(simple_fold_rune(-2), -2);
    }
}
