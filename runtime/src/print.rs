//! The `print` and `println` builtins (to stderr, formatted like Go's
//! runtime), and basic-value formatting shared with panic reports.

use crate::ctx::Ctx;
use crate::native::Args;
use crate::types::{Kind, TypeDesc};

/// Go runtime's float format: `+1.500000e+000`.
pub fn go_print_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    const N: usize = 7;
    let mut sign = '+';
    let mut e: i32 = 0;
    let mut x = v;
    if x == 0.0 {
        if x.is_sign_negative() {
            sign = '-';
        }
    } else {
        if x < 0.0 {
            x = -x;
            sign = '-';
        }
        while x >= 10.0 {
            e += 1;
            x /= 10.0;
        }
        while x < 1.0 {
            e -= 1;
            x *= 10.0;
        }
        // Round at the last printed digit.
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        x += h;
        if x >= 10.0 {
            e += 1;
            x /= 10.0;
        }
    }
    let mut digits = String::new();
    for _ in 0..N {
        let d = x as i64;
        digits.push((b'0' + d as u8) as char);
        x -= d as f64;
        x *= 10.0;
    }
    let (es, ea) = if e < 0 { ('-', -e) } else { ('+', e) };
    format!("{sign}{}.{}e{es}{:03}", &digits[..1], &digits[1..], ea)
}

/// Formats a value of basic kind the way `print` does; None for kinds
/// `print` shows as addresses (structs, slices...).
pub fn format_basic_any(t: &TypeDesc, data: u64) -> Option<String> {
    Some(match t.kind {
        Kind::Bool => (data != 0).to_string(),
        k if k.is_signed() => (data as i64).to_string(),
        k if k.is_unsigned() => data.to_string(),
        Kind::Float32 | Kind::Float64 => go_print_float(f64::from_bits(data)),
        Kind::String => {
            // SAFETY: boxed strings point at a (ptr, len) header.
            let (p, l) = unsafe { (*(data as *const u64), *(data as *const u64).add(1)) };
            String::from_utf8_lossy(crate::strings::bytes_of(p, l)).into_owned()
        }
        Kind::Complex128 | Kind::Complex64 => {
            // SAFETY: boxed complex values point at two floats.
            let (re, im) = unsafe {
                if t.kind == Kind::Complex128 {
                    (*(data as *const f64), *(data as *const f64).add(1))
                } else {
                    (*(data as *const f32) as f64, *(data as *const f32).add(1) as f64)
                }
            };
            format!("({}{}i)", go_print_float(re), go_print_float(im))
        }
        _ => return None,
    })
}

fn err(ctx: &mut Ctx, s: &[u8]) {
    ctx.shared().out.write_err(s);
}

pub extern "C" fn print_int(ctx: &mut Ctx, a: Args) {
    err(ctx, (a.get(0) as i64).to_string().as_bytes());
}
pub extern "C" fn print_uint(ctx: &mut Ctx, a: Args) {
    err(ctx, a.get(0).to_string().as_bytes());
}
pub extern "C" fn print_float(ctx: &mut Ctx, a: Args) {
    err(ctx, go_print_float(a.f(0)).as_bytes());
}
pub extern "C" fn print_complex(ctx: &mut Ctx, a: Args) {
    let s = format!("({}{}i)", go_print_float(a.f(0)), go_print_float(a.f(1)));
    err(ctx, s.as_bytes());
}
pub extern "C" fn print_bool(ctx: &mut Ctx, a: Args) {
    err(ctx, if a.get(0) != 0 { b"true" } else { b"false" });
}
pub extern "C" fn print_string(ctx: &mut Ctx, a: Args) {
    let s = a.str(0);
    err(ctx, s);
}
pub extern "C" fn print_pointer(ctx: &mut Ctx, a: Args) {
    err(ctx, format!("{:#x}", a.get(0)).as_bytes());
}
pub extern "C" fn print_slice(ctx: &mut Ctx, a: Args) {
    err(ctx, format!("[{}/{}]{:#x}", a.get(1), a.get(2), a.get(0)).as_bytes());
}
pub extern "C" fn print_iface(ctx: &mut Ctx, a: Args) {
    err(ctx, format!("({:#x},{:#x})", a.get(0), a.get(1)).as_bytes());
}
pub extern "C" fn print_space(ctx: &mut Ctx, _a: Args) {
    err(ctx, b" ");
}
pub extern "C" fn print_nl(ctx: &mut Ctx, _a: Args) {
    err(ctx, b"\n");
}

#[cfg(test)]
mod tests {
    use super::go_print_float;

    #[test]
    fn floats_print_like_go() {
        assert_eq!(go_print_float(3.14), "+3.140000e+000");
        assert_eq!(go_print_float(-0.0), "-0.000000e+000");
        assert_eq!(go_print_float(1e100), "+1.000000e+100");
        assert_eq!(go_print_float(1.0 / 3.0), "+3.333333e-001");
        assert_eq!(go_print_float(f64::INFINITY), "+Inf");
    }
}
