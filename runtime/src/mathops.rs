//! Float operations with Go's exact semantics.

use crate::ctx::Ctx;
use crate::native::Args;

/// Go's min for floats: NaN if any operand is NaN; -0 is less than +0.
pub fn go_fmin(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && y == 0.0 {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

pub fn go_fmax(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && y == 0.0 {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

pub extern "C" fn fmin(_ctx: &mut Ctx, a: Args) {
    a.setf(0, go_fmin(a.f(0), a.f(1)));
}

pub extern "C" fn fmax(_ctx: &mut Ctx, a: Args) {
    a.setf(0, go_fmax(a.f(0), a.f(1)));
}

/// Complex division as Go's runtime (complex128div) does it, including
/// its handling of infinities and NaNs.
pub fn go_complex_div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (a, b) = n;
    let (c, d) = m;
    let inf2 = |x: f64| x.is_infinite();
    let (e, f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        // Recover infinities and zeros that computed as NaN+iNaN.
        let (mut a, mut b, mut c, mut d) = (a, b, c, d);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            return (f64::INFINITY.copysign(c) * a, f64::INFINITY.copysign(c) * b);
        }
        if (inf2(a) || inf2(b)) && c.is_finite() && d.is_finite() {
            a = (if inf2(a) { 1.0f64 } else { 0.0 }).copysign(a);
            b = (if inf2(b) { 1.0f64 } else { 0.0 }).copysign(b);
            return (f64::INFINITY * (a * c + b * d), f64::INFINITY * (b * c - a * d));
        }
        if (inf2(c) || inf2(d)) && a.is_finite() && b.is_finite() {
            c = (if inf2(c) { 1.0f64 } else { 0.0 }).copysign(c);
            d = (if inf2(d) { 1.0f64 } else { 0.0 }).copysign(d);
            return (0.0 * (a * c + b * d), 0.0 * (b * c - a * d));
        }
    }
    (e, f)
}

pub extern "C" fn complex_div(_ctx: &mut Ctx, a: Args) {
    let (re, im) = go_complex_div((a.f(0), a.f(1)), (a.f(2), a.f(3)));
    a.setf(0, re);
    a.setf(1, im);
}
