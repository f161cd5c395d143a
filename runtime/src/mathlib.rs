//! Natives of package math.
//!
//! The exact operations (Sqrt, Floor, Ceil, Trunc, RoundToEven, Abs and the
//! bit conversions) are normally compiled inline by the lowering; these
//! natives serve func values and the tree-walker and compute the same bits.
//! The elementary functions (exp, log, trigonometric and hyperbolic
//! functions and their inverses, Cbrt, Hypot, Pow) run Go's own
//! algorithms (mathlib/gomath.rs), so their bits are gc's on amd64. The
//! special functions Erf, Erfc, Erfinv, Gamma and Lgamma are Go's too; the
//! Bessel functions use the platform's libm:
//! Go's implementations are not always correctly rounded, so those may
//! differ from gc's in the last place; the special cases Go documents
//! (infinities, zeros, NaN) are reproduced exactly, and every NaN result
//! is Go's NaN().

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("math.Sqrt", sqrt),
    ("math.Floor", floor),
    ("math.Ceil", ceil),
    ("math.Trunc", trunc),
    ("math.RoundToEven", round_to_even),
    ("math.Abs", abs),
    ("math.Float64bits", float64bits),
    ("math.Float64frombits", float64frombits),
    ("math.Float32bits", float32bits),
    ("math.Float32frombits", float32frombits),
    ("math.FMA", fma),
    ("math.Mod", fmod),
    ("math.Exp", exp),
    ("math.Exp2", exp2),
    ("math.Expm1", expm1),
    ("math.Log", log),
    ("math.Log2", log2),
    ("math.Log10", log10),
    ("math.Log1p", log1p),
    ("math.Pow", pow),
    ("math.Sin", sin),
    ("math.Cos", cos),
    ("math.Tan", tan),
    ("math.Asin", asin),
    ("math.Acos", acos),
    ("math.Atan", atan),
    ("math.Atan2", atan2),
    ("math.Sinh", sinh),
    ("math.Cosh", cosh),
    ("math.Tanh", tanh),
    ("math.Asinh", asinh),
    ("math.Acosh", acosh),
    ("math.Atanh", atanh),
    ("math.Hypot", hypot),
    ("math.Cbrt", cbrt),
    ("math.Erf", erf),
    ("math.Erfc", erfc),
    ("math.Erfinv", erfinv),
    ("math.Gamma", gamma),
    ("math.Lgamma", lgamma),
    ("math.J0", j0),
    ("math.J1", j1),
    ("math.Jn", jn),
    ("math.Y0", y0),
    ("math.Y1", y1),
    ("math.Yn", yn),
    ("bits.LeadingZeros", bits::leading_zeros64),
    ("bits.LeadingZeros64", bits::leading_zeros64),
    ("bits.LeadingZeros32", bits::leading_zeros32),
    ("bits.LeadingZeros16", bits::leading_zeros16),
    ("bits.LeadingZeros8", bits::leading_zeros8),
    ("bits.TrailingZeros", bits::trailing_zeros64),
    ("bits.TrailingZeros64", bits::trailing_zeros64),
    ("bits.TrailingZeros32", bits::trailing_zeros32),
    ("bits.TrailingZeros16", bits::trailing_zeros16),
    ("bits.TrailingZeros8", bits::trailing_zeros8),
    ("bits.OnesCount", bits::ones_count),
    ("bits.OnesCount64", bits::ones_count),
    ("bits.OnesCount32", bits::ones_count),
    ("bits.OnesCount16", bits::ones_count),
    ("bits.OnesCount8", bits::ones_count),
    ("bits.Len", bits::len),
    ("bits.Len64", bits::len),
    ("bits.Len32", bits::len),
    ("bits.Len16", bits::len),
    ("bits.Len8", bits::len),
    ("bits.panicDivide", bits::panic_divide),
    ("bits.panicOverflow", bits::panic_overflow),
];

mod gomath;

/// C99 libm functions that Rust's std does not forward to, behind safe
/// wrappers.
mod c {
    use std::ffi::c_int;

    mod raw {
        use std::ffi::c_int;
        extern "C" {
            pub fn j0(x: f64) -> f64;
            pub fn j1(x: f64) -> f64;
            pub fn jn(n: c_int, x: f64) -> f64;
            pub fn y0(x: f64) -> f64;
            pub fn y1(x: f64) -> f64;
            pub fn yn(n: c_int, x: f64) -> f64;
        }
    }

    macro_rules! wrap {
        ($($name:ident($($arg:ident: $t:ty),*);)*) => {$(
            pub fn $name($($arg: $t),*) -> f64 {
                // SAFETY: a C99 libm function: defined for every argument
                // (domain errors give NaN or infinities), no side effects
                // beyond errno.
                unsafe { raw::$name($($arg),*) }
            }
        )*};
    }

    wrap! {
        j0(x: f64);
        j1(x: f64);
        jn(n: c_int, x: f64);
        y0(x: f64);
        y1(x: f64);
        yn(n: c_int, x: f64);
    }
}

/// The bits of Go's math.NaN().
pub const GO_NAN: u64 = 0x7ff8_0000_0000_0001;

/// The default NaN of x86-64's SSE arithmetic (0/0, sqrt(-1)).
const HW_NAN: u64 = 0xfff8_0000_0000_0000;

/// Go's NaN() for any NaN, other values unchanged.
#[inline]
fn go_nan(x: f64) -> f64 {
    if x.is_nan() {
        f64::from_bits(GO_NAN)
    } else {
        x
    }
}

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {$(
        extern "C" fn $name(_ctx: &mut Ctx, a: Args) {
            let f: fn(f64) -> f64 = $f;
            a.setf(0, go_nan(f(a.f(0))));
        }
    )*};
}

macro_rules! binary {
    ($($name:ident => $f:expr;)*) => {$(
        extern "C" fn $name(_ctx: &mut Ctx, a: Args) {
            let f: fn(f64, f64) -> f64 = $f;
            a.setf(0, go_nan(f(a.f(0), a.f(1))));
        }
    )*};
}

// The exact operations keep the hardware's NaN, as the inline
// instructions do.
extern "C" fn sqrt(_ctx: &mut Ctx, a: Args) {
    a.setf(0, a.f(0).sqrt());
}
extern "C" fn floor(_ctx: &mut Ctx, a: Args) {
    a.setf(0, a.f(0).floor());
}
extern "C" fn ceil(_ctx: &mut Ctx, a: Args) {
    a.setf(0, a.f(0).ceil());
}
extern "C" fn trunc(_ctx: &mut Ctx, a: Args) {
    a.setf(0, a.f(0).trunc());
}
extern "C" fn round_to_even(_ctx: &mut Ctx, a: Args) {
    a.setf(0, a.f(0).round_ties_even());
}
extern "C" fn abs(_ctx: &mut Ctx, a: Args) {
    a.setf(0, a.f(0).abs());
}
// Float64bits and Float64frombits leave the word as it is.
extern "C" fn float64bits(_ctx: &mut Ctx, _a: Args) {}
extern "C" fn float64frombits(_ctx: &mut Ctx, _a: Args) {}

/// (f float32) -> uint32; float32 values travel as f64 words.
extern "C" fn float32bits(_ctx: &mut Ctx, a: Args) {
    a.set(0, (a.f(0) as f32).to_bits() as u64);
}

/// (b uint32) -> float32
extern "C" fn float32frombits(_ctx: &mut Ctx, a: Args) {
    a.setf(0, f32::from_bits(a.get(0) as u32) as f64);
}

/// (x, y, z float64) -> float64 with one rounding.
extern "C" fn fma(_ctx: &mut Ctx, a: Args) {
    a.setf(0, a.f(0).mul_add(a.f(1), a.f(2)));
}

/// Go's algorithms, NaNs included (no go_nan: a NaN argument passes
/// through with its bits where Go's code lets it).
macro_rules! exact {
    ($($name:ident => $f:expr;)*) => {$(
        extern "C" fn $name(_ctx: &mut Ctx, a: Args) {
            let f: fn(f64) -> f64 = $f;
            a.setf(0, f(a.f(0)));
        }
    )*};
}

exact! {
    exp => gomath::exp;
    exp2 => gomath::exp2;
    expm1 => gomath::expm1;
    log => gomath::log;
    log2 => gomath::log2;
    log10 => gomath::log10;
    log1p => gomath::log1p;
    sin => gomath::sin;
    cos => gomath::cos;
    tan => gomath::tan;
    asin => gomath::asin;
    acos => gomath::acos;
    atan => gomath::atan;
    sinh => gomath::sinh;
    cosh => gomath::cosh;
    tanh => gomath::tanh;
    cbrt => gomath::cbrt;
    asinh => gomath::asinh;
    acosh => gomath::acosh;
    atanh => gomath::atanh;
}

extern "C" fn atan2(_ctx: &mut Ctx, a: Args) {
    a.setf(0, gomath::atan2(a.f(0), a.f(1)));
}

extern "C" fn hypot(_ctx: &mut Ctx, a: Args) {
    a.setf(0, gomath::hypot(a.f(0), a.f(1)));
}

exact! {
    erf => gomath::erf;
    erfc => gomath::erfc;
    gamma => gomath::gamma;
    erfinv => gomath::erfinv;
}

unary! {
    j0 => c::j0;
    // Go: J1(±Inf) = 0, and J1(±0) = +0.
    j1 => |x| if x.is_infinite() || x == 0.0 { 0.0 } else { c::j1(x) };
    y0 => c::y0;
    y1 => c::y1;
}

binary! {
    fmod => |x, y| x % y;
}

/// Lgamma: gc's algorithm (Lgamma(-Inf) = -Inf; zeros, NaN and the poles
/// have sign 1).
pub fn go_lgamma(x: f64) -> (f64, i64) {
    gomath::lgamma(x)
}

/// Pow with Go's NaNs: Pow(x, ±0.5) is a square root for Go, so a
/// negative x gives the hardware's NaN there; other NaNs are NaN().
pub fn go_pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        // Go returns x itself, a NaN's bits included.
        return x;
    }
    // Special cases (zeros, infinities, NaNs, 1) are C99's, as Go's are.
    let special = y == 0.0 || x == 1.0 || y == 1.0 || x.is_nan() || y.is_nan() || x == 0.0;
    if special || x.is_infinite() || y.is_infinite() {
        return go_nan(x.powf(y));
    }
    // Go computes the remaining cases in a fixed way, and programs print
    // its exact bits: square roots for ±1/2, otherwise exp/log for the
    // fraction of |y| times repeated squaring of x's mantissa for the
    // integral part, scaled by the accumulated binary exponent at the end.
    if y == 0.5 || y == -0.5 {
        let r = if x < 0.0 { f64::from_bits(HW_NAN) } else { x.sqrt() };
        return if y < 0.0 { 1.0 / r } else { r };
    }
    let ay = y.abs();
    let (mut yi, mut yf) = (ay.trunc(), ay.fract());
    if yf != 0.0 && x < 0.0 {
        return f64::from_bits(GO_NAN);
    }
    if yi >= 9.223_372_036_854_776e18 {
        // A huge even integer exponent: only the magnitude of x matters.
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let (mut a1, mut ae) = (1.0f64, 0i64);
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = gomath::exp(yf * gomath::log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            // Certain overflow or underflow: the exponent decides.
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

/// f = frac × 2^exp with |frac| in [1/2, 1) (f finite and non-zero).
fn frexp(f: f64) -> (f64, i64) {
    let (mut f, mut e) = (f, 0i64);
    if f.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first.
        f *= (1u64 << 52) as f64;
        e = -52;
    }
    let bits = f.to_bits();
    e += ((bits >> 52) & 0x7ff) as i64 - 1022;
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), e)
}

/// frac × 2^exp, correctly rounded (subnormal results included).
fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (m, e0) = frexp(frac);
    let e = e0.saturating_add(exp);
    if e > 1024 {
        return f64::INFINITY.copysign(frac);
    }
    if e >= -1021 {
        // Normal: m × 2^e with m in [1/2, 1) has biased exponent e + 1022.
        return f64::from_bits((m.to_bits() & !(0x7ff << 52)) | (((e + 1022) as u64) << 52));
    }
    if e < -1075 {
        return 0.0f64.copysign(frac);
    }
    // Subnormal: scale exactly into the normal range, then one rounding
    // multiplication by the smallest subnormal.
    let scaled = f64::from_bits((m.to_bits() & !(0x7ff << 52)) | (((e + 1074 + 1022) as u64) << 52));
    scaled * f64::from_bits(1)
}

/// (x, y float64) -> float64
extern "C" fn pow(_ctx: &mut Ctx, a: Args) {
    a.setf(0, go_pow(a.f(0), a.f(1)));
}

/// (x float64) -> (lgamma float64, sign int)
extern "C" fn lgamma(_ctx: &mut Ctx, a: Args) {
    let (r, sign) = go_lgamma(a.f(0));
    a.setf(0, r);
    a.set(1, sign as u64);
}

/// Bessel orders outside C's int range: the recurrences would take
/// forever; the functions have underflowed to zero (or -Inf for Yn) long
/// before.
fn order(n: i64) -> Option<std::ffi::c_int> {
    std::ffi::c_int::try_from(n).ok()
}

/// Jn with Go's special cases: Jn(n, ±Inf) = 0, and Jn(n, ±0) = +0 for
/// n != 0.
pub fn go_jn(n: i64, x: f64) -> f64 {
    if x.is_infinite() || (x == 0.0 && n != 0) {
        return 0.0;
    }
    go_nan(match order(n) {
        Some(n) => c::jn(n, x),
        None if x.is_nan() => x,
        None => 0.0,
    })
}

/// Yn with Go's special cases: Yn(n, +Inf) = 0, Yn(n, 0) = -Inf except
/// +Inf for odd negative n, NaN for x < 0 and NaN.
pub fn go_yn(n: i64, x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::from_bits(GO_NAN);
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if x == 0.0 {
        return if n < 0 && n & 1 == 1 { f64::INFINITY } else { f64::NEG_INFINITY };
    }
    go_nan(match order(n) {
        Some(n) => c::yn(n, x),
        None => f64::NEG_INFINITY,
    })
}

/// (n int, x float64) -> float64
extern "C" fn jn(_ctx: &mut Ctx, a: Args) {
    a.setf(0, go_jn(a.get(0) as i64, a.f(1)));
}

/// (n int, x float64) -> float64
extern "C" fn yn(_ctx: &mut Ctx, a: Args) {
    a.setf(0, go_yn(a.get(0) as i64, a.f(1)));
}

/// Natives of package math/bits: the counting functions (inlined by the
/// lowering, see frontend/src/lower/intrinsic.rs) and the runtime errors
/// of Div. Arguments narrower than 64 bits arrive zero-extended.
mod bits {
    use crate::ctx::Ctx;
    use crate::native::Args;
    use crate::panic::{raise_runtime, RtErr};

    pub extern "C" fn leading_zeros64(_ctx: &mut Ctx, a: Args) {
        a.set(0, a.get(0).leading_zeros() as u64);
    }
    pub extern "C" fn leading_zeros32(_ctx: &mut Ctx, a: Args) {
        a.set(0, (a.get(0) as u32).leading_zeros() as u64);
    }
    pub extern "C" fn leading_zeros16(_ctx: &mut Ctx, a: Args) {
        a.set(0, (a.get(0) as u16).leading_zeros() as u64);
    }
    pub extern "C" fn leading_zeros8(_ctx: &mut Ctx, a: Args) {
        a.set(0, (a.get(0) as u8).leading_zeros() as u64);
    }
    pub extern "C" fn trailing_zeros64(_ctx: &mut Ctx, a: Args) {
        a.set(0, a.get(0).trailing_zeros() as u64);
    }
    pub extern "C" fn trailing_zeros32(_ctx: &mut Ctx, a: Args) {
        a.set(0, (a.get(0) as u32).trailing_zeros() as u64);
    }
    pub extern "C" fn trailing_zeros16(_ctx: &mut Ctx, a: Args) {
        a.set(0, (a.get(0) as u16).trailing_zeros() as u64);
    }
    pub extern "C" fn trailing_zeros8(_ctx: &mut Ctx, a: Args) {
        a.set(0, (a.get(0) as u8).trailing_zeros() as u64);
    }
    pub extern "C" fn ones_count(_ctx: &mut Ctx, a: Args) {
        a.set(0, a.get(0).count_ones() as u64);
    }
    pub extern "C" fn len(_ctx: &mut Ctx, a: Args) {
        a.set(0, 64 - a.get(0).leading_zeros() as u64);
    }
    pub extern "C" fn panic_divide(ctx: &mut Ctx, _a: Args) {
        raise_runtime(ctx, RtErr::ErrorString, "integer divide by zero");
    }
    pub extern "C" fn panic_overflow(ctx: &mut Ctx, _a: Args) {
        raise_runtime(ctx, RtErr::ErrorString, "integer overflow");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn use_fma_for_tests() -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            false
        }
    }

    #[test]
    fn special_functions_match_gc() {
        // (x, gc's Erfinv(x) bits) and (x, Erf, Erfc, Gamma bits), from go run.
        let erfinv = [
            (-0.999, 0xc0029d311405cdb3u64),
            (-0.5, 0xbfde861fbb24c00a),
            (1e-20, 0x3bc4ece9be5f16ac),
            (0.3, 0x3fd1700774485ed2),
            (0.85, 0x3ff04954184f8aa5),
            (0.9, 0x3ff29c014677064f),
            (0.999999, 0x400babd964830d57),
            (0.999999999999999, 0x4016b42341743883),
        ];
        for (x, bits) in erfinv {
            assert_eq!(gomath::erfinv(x).to_bits(), bits, "Erfinv({x})");
        }
        let erf_gamma = [
            (-3.0f64, 0xbfefffd1ac4135f9u64, 0x3fffffe8d6209afdu64, GO_NAN),
            (0.2, 0x3fcc8184b8b25f1c, 0x3fe8df9ed1d36839, 0x40125d0622505413),
            (0.9, 0x3fe98045a6c8a2e6, 0x3fc9fee964dd7469, 0x3ff1191a68f2b5e0),
            (1.1, 0x3fec2aa3d27302c0, 0x3fbeaae16c67ea00, 0x3fee71772b7348db),
            (2.0, 0x3fefd9ae142795e3, 0x3f7328f5ec350e66, 0x3ff0000000000000),
            (3.5, 0x3feffffe710d565e, 0x3ea8ef2a9a18d857, 0x400a96390899a075),
            (7.0, 0x3ff0000000000000, 0x3b494a28136fa732, 0x4086800000000000),
        ];
        for (x, e, ec, g) in erf_gamma {
            // Beyond 1.25 Erf goes through Exp, whose bits depend on the
            // CPU's FMA (as gc's do); these were taken on an FMA machine.
            if x.abs() < 1.25 || use_fma_for_tests() {
                assert_eq!(gomath::erf(x).to_bits(), e, "Erf({x})");
                assert_eq!(gomath::erfc(x).to_bits(), ec, "Erfc({x})");
            }
            assert_eq!(gomath::gamma(x).to_bits(), g, "Gamma({x})");
        }
        assert_eq!(gomath::erfinv(1.0), f64::INFINITY);
        assert_eq!(gomath::erfinv(-1.0), f64::NEG_INFINITY);
        assert!(gomath::erfinv(1.5).is_nan() && gomath::erfinv(f64::NAN).is_nan());
        assert!(gomath::erfinv(-0.0).is_sign_negative());
    }

    #[test]
    fn special_cases() {
        assert_eq!(go_lgamma(f64::NEG_INFINITY), (f64::NEG_INFINITY, 1));
        assert_eq!(go_lgamma(-0.0), (f64::INFINITY, 1));
        assert_eq!(go_lgamma(-3.0), (f64::INFINITY, 1));
        assert_eq!(go_lgamma(-0.5).1, -1);
        assert_eq!(go_lgamma(f64::NAN).0.to_bits(), f64::NAN.to_bits());
        assert_eq!(go_jn(3, f64::NEG_INFINITY), 0.0);
        assert_eq!(go_jn(-3, -0.0).to_bits(), 0);
        assert_eq!(go_jn(0, -0.0), 1.0);
        assert_eq!(go_jn(i64::MAX, 1.0), 0.0);
        assert_eq!(go_yn(-3, 0.0), f64::INFINITY);
        assert_eq!(go_yn(-2, 0.0), f64::NEG_INFINITY);
        assert!(go_yn(2, -1.0).is_nan());
        assert_eq!(go_yn(i64::MIN, 1.0), f64::NEG_INFINITY);
        assert_eq!(go_pow(-4.0, 0.5).to_bits(), HW_NAN);
        assert_eq!(go_pow(-4.0, 1.5).to_bits(), GO_NAN);
        assert_eq!(go_pow(f64::NAN, 0.5).to_bits(), GO_NAN);
        assert_eq!(go_pow(-8.0, 1.0 / 3.0).to_bits(), GO_NAN);
    }
}
