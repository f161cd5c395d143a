//! The `print` and `println` builtins (to stderr, formatted like Go's
//! runtime), and basic-value formatting shared with panic reports.

use crate::ctx::Ctx;
use crate::native::Args;
use crate::types::{Kind, TypeDesc};

/// Go runtime's float format (since Go 1.25 the shortest `%g` form:
/// `2.5`, `1e+21`, `+Inf`); `size` is 32 for float32 values.
pub fn go_print_float(v: f64) -> String {
    go_print_float_sized(v, 64)
}

pub fn go_print_float_sized(v: f64, size: u32) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    crate::fmt::fmt_float(v, 'g', &crate::fmt::Spec::default(), size)
}

/// A complex number as print and panic show it: `(1.5-2i)`.
pub fn go_print_complex(re: f64, im: f64, size: u32) -> String {
    let r = go_print_float_sized(re, size);
    let mut i = go_print_float_sized(im, size);
    if !i.starts_with('-') && !i.starts_with('+') {
        i.insert(0, '+');
    }
    format!("({r}{i}i)")
}

/// Formats a value of basic kind the way `print` does; None for kinds
/// `print` shows as addresses (structs, slices...).
pub fn format_basic_any(t: &TypeDesc, data: u64) -> Option<String> {
    Some(match t.kind {
        Kind::Bool => (data != 0).to_string(),
        k if k.is_signed() => (data as i64).to_string(),
        k if k.is_unsigned() => data.to_string(),
        Kind::Float32 => go_print_float_sized(f64::from_bits(data), 32),
        Kind::Float64 => go_print_float(f64::from_bits(data)),
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
            go_print_complex(re, im, if t.kind == Kind::Complex128 { 64 } else { 32 })
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
pub extern "C" fn print_float32(ctx: &mut Ctx, a: Args) {
    err(ctx, go_print_float_sized(a.f(0), 32).as_bytes());
}
pub extern "C" fn print_complex(ctx: &mut Ctx, a: Args) {
    err(ctx, go_print_complex(a.f(0), a.f(1), 64).as_bytes());
}
pub extern "C" fn print_complex64(ctx: &mut Ctx, a: Args) {
    err(ctx, go_print_complex(a.f(0), a.f(1), 32).as_bytes());
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
    use super::*;

    #[test]
    fn floats_print_like_go() {
        assert_eq!(go_print_float(2.5), "2.5");
        assert_eq!(go_print_float(-0.0), "-0");
        assert_eq!(go_print_float(1e21), "1e+21");
        assert_eq!(go_print_float(100000000.0), "1e+08");
        assert_eq!(go_print_float(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(go_print_float(f64::INFINITY), "+Inf");
        assert_eq!(go_print_float(f64::NAN), "NaN");
        assert_eq!(go_print_float_sized(0.1f32 as f64, 32), "0.1");
        assert_eq!(go_print_complex(1.5, -2.0, 64), "(1.5-2i)");
        assert_eq!(go_print_complex(0.1f32 as f64, 1e21, 32), "(0.1+1e+21i)");
    }
}
