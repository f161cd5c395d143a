package math

// ---- exact operations (compiled to single instructions) ----

// Sqrt returns the square root of x (NaN for x < 0).
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Trunc returns the integer value of x, rounded toward zero.
func Trunc(x float64) float64

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64

// Abs returns the absolute value of x.
func Abs(x float64) float64

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number with the IEEE 754
// binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number with the IEEE 754
// binary representation b.
func Float32frombits(b uint32) float32

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64

// Mod returns the floating-point remainder of x/y, with the sign of x.
func Mod(x, y float64) float64

// ---- bit-level helpers ----

const (
	signMask = 1 << 63
	expMask  = 0x7ff << 52
	fracMask = 1<<52 - 1
	nanBits  = 0x7ff8000000000001
)

// NaN returns an IEEE 754 “not-a-number” value.
func NaN() float64 { return Float64frombits(nanBits) }

// IsNaN reports whether f is an IEEE 754 “not-a-number” value.
func IsNaN(f float64) (is bool) { return f != f }

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(expMask)
	}
	return Float64frombits(signMask | expMask)
}

// IsInf reports whether f is an infinity, according to sign: positive
// infinity if sign > 0, negative infinity if sign < 0, either if sign == 0.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Max returns the larger of x or y. Max(x, +Inf) is +Inf even for a NaN
// x; otherwise a NaN operand gives NaN; +0 is larger than -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x or y. Min(x, -Inf) is -Inf even for a NaN
// x; otherwise a NaN operand gives NaN; -0 is smaller than +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	d := x - y
	if d <= 0 {
		return 0
	}
	return d
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		t += Copysign(1, x)
	}
	return t
}

// Modf returns integer and fractional floating-point numbers that sum to
// f. Both values have the same sign as f; Modf(±Inf) = ±Inf, NaN.
func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	if IsInf(f, 0) {
		// Go's NaN here has the sign bit of f (visible in Float64bits).
		return f, Float64frombits(Float64bits(f)&signMask | 0x7ff8000000000000)
	}
	return int, Copysign(f-int, f)
}

// Frexp breaks f into a normalized fraction and an integral power of two:
// f == frac × 2**exp, with frac in [½, 1). Frexp(±0), Frexp(±Inf) and
// Frexp(NaN) return f and 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	b := Float64bits(f)
	e := int(b>>52) & 0x7ff
	if e == 0 {
		// Subnormal: scale into the normal range first.
		b = Float64bits(f * (1 << 52))
		e = int(b>>52)&0x7ff - 52
	}
	return Float64frombits(b&^expMask | 1022<<52), e - 1022
}

// Ldexp is the inverse of Frexp: it returns frac × 2**exp, correctly
// rounded. The exponent arithmetic wraps around as Go's does, so that
// exponents near MinInt and MaxInt give Go's results.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	f, e := Frexp(frac)
	// frac == m × 2**exp with m = 2f in [1, 2).
	exp += e - 1
	m := Float64bits(f) &^ expMask
	switch {
	case exp > 1023:
		return Copysign(Inf(1), frac)
	case exp >= -1022:
		return Float64frombits(m | uint64(exp+1023)<<52)
	case exp < -1075:
		return Copysign(0, frac)
	}
	// Subnormal result: one rounding, in the final multiplication.
	return Float64frombits(m|uint64(exp+53+1023)<<52) * 0x1p-53
}

// Ilogb returns the binary exponent of x as an integer: Ilogb(±Inf) and
// Ilogb(NaN) are MaxInt32, Ilogb(0) is MinInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x) || IsInf(x, 0):
		return MaxInt32
	}
	_, e := Frexp(x)
	return e - 1
}

// Logb returns the binary exponent of x: Logb(±Inf) = +Inf, Logb(0) =
// -Inf, Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(Ilogb(x))
}

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}

// Powers of ten: 10**k for k < 32 and 10**(32k), 10**(-32k) for k < 10,
// each correctly rounded.
var pow10small = [32]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10big = [10]float64{1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10bigneg = [11]float64{1e0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Pow10 returns 10**n: 0 for n < -323 and +Inf for n > 308. It combines
// two table entries, as Go does, so its results agree with Go's bit for
// bit (they are not always correctly rounded).
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10big[n/32] * pow10small[n%32]
	}
	if -323 <= n && n < 0 {
		return pow10bigneg[-n/32] / pow10small[-n%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

// Remainder returns the IEEE 754 floating-point remainder of x/y: x - n*y
// with n the integer nearest x/y (ties to even).
func Remainder(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := Signbit(x)
	x, y = Abs(x), Abs(y)
	r := x
	if y <= MaxFloat64/2 {
		r = Mod(x, y+y) // r in [0, 2y); the quotient's parity is even
	}
	// Subtract y once when r/y > ½ and again when it is still >= ½
	// (r/y == 1.5 rounds to the even quotient 2). Each subtraction is
	// exact (Sterbenz); y/2 is computed as r+r against y for tiny y.
	if y < 0x1p-1021 {
		if r+r > y {
			r -= y
			if r+r >= y {
				r -= y
			}
		}
	} else {
		h := 0.5 * y
		if r > h {
			r -= y
			if r >= h {
				r -= y
			}
		}
	}
	if neg {
		r = -r
	}
	return r
}

// ---- libm natives ----

// Exp returns e**x.
func Exp(x float64) float64

// Exp2 returns 2**x.
func Exp2(x float64) float64

// Expm1 returns e**x - 1, accurate also for x near zero.
func Expm1(x float64) float64

// Log returns the natural logarithm of x.
func Log(x float64) float64

// Log2 returns the binary logarithm of x.
func Log2(x float64) float64

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64

// Log1p returns the natural logarithm of 1 plus x, accurate also for x
// near zero.
func Log1p(x float64) float64

// Pow returns x**y.
func Pow(x, y float64) float64

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value.
func Atan2(y, x float64) float64

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64

// Hypot returns Sqrt(p*p + q*q), avoiding unnecessary overflow and
// underflow.
func Hypot(p, q float64) float64

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64

// Erf returns the error function of x.
func Erf(x float64) float64

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64

// Gamma returns the Gamma function of x.
func Gamma(x float64) float64

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
func Lgamma(x float64) (lgamma float64, sign int)

// J0 returns the order-zero Bessel function of the first kind.
func J0(x float64) float64

// J1 returns the order-one Bessel function of the first kind.
func J1(x float64) float64

// Jn returns the order-n Bessel function of the first kind.
func Jn(n int, x float64) float64

// Y0 returns the order-zero Bessel function of the second kind.
func Y0(x float64) float64

// Y1 returns the order-one Bessel function of the second kind.
func Y1(x float64) float64

// Yn returns the order-n Bessel function of the second kind.
func Yn(n int, x float64) float64

// Erfinv returns the inverse error function of x: Erfinv(±1) = ±Inf, NaN
// outside [-1, 1].
func Erfinv(x float64) float64

// Erfcinv returns the inverse of Erfc(x): Erfcinv(0) = +Inf, Erfcinv(2) =
// -Inf, NaN outside [0, 2].
func Erfcinv(x float64) float64 { return Erfinv(1 - x) }
