// Package bits implements bit counting and manipulation functions for the
// predeclared unsigned integer types.
//
// In mvm the counting functions (LeadingZeros*, TrailingZeros*,
// OnesCount*, Len*) compile to single machine instructions.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 32 << (^uint(0) >> 63) // 32 or 64

// ---- counting (natives, inlined by the compiler) ----

// LeadingZeros returns the number of leading zero bits in x; the result
// is UintSize for x == 0.
func LeadingZeros(x uint) int

// LeadingZeros8 returns the number of leading zero bits in x; the result
// is 8 for x == 0.
func LeadingZeros8(x uint8) int

// LeadingZeros16 returns the number of leading zero bits in x; the result
// is 16 for x == 0.
func LeadingZeros16(x uint16) int

// LeadingZeros32 returns the number of leading zero bits in x; the result
// is 32 for x == 0.
func LeadingZeros32(x uint32) int

// LeadingZeros64 returns the number of leading zero bits in x; the result
// is 64 for x == 0.
func LeadingZeros64(x uint64) int

// TrailingZeros returns the number of trailing zero bits in x; the result
// is UintSize for x == 0.
func TrailingZeros(x uint) int

// TrailingZeros8 returns the number of trailing zero bits in x; the result
// is 8 for x == 0.
func TrailingZeros8(x uint8) int

// TrailingZeros16 returns the number of trailing zero bits in x; the
// result is 16 for x == 0.
func TrailingZeros16(x uint16) int

// TrailingZeros32 returns the number of trailing zero bits in x; the
// result is 32 for x == 0.
func TrailingZeros32(x uint32) int

// TrailingZeros64 returns the number of trailing zero bits in x; the
// result is 64 for x == 0.
func TrailingZeros64(x uint64) int

// OnesCount returns the number of one bits ("population count") in x.
func OnesCount(x uint) int

// OnesCount8 returns the number of one bits ("population count") in x.
func OnesCount8(x uint8) int

// OnesCount16 returns the number of one bits ("population count") in x.
func OnesCount16(x uint16) int

// OnesCount32 returns the number of one bits ("population count") in x.
func OnesCount32(x uint32) int

// OnesCount64 returns the number of one bits ("population count") in x.
func OnesCount64(x uint64) int

// Len returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len(x uint) int

// Len8 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len8(x uint8) int

// Len16 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len16(x uint16) int

// Len32 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len32(x uint32) int

// Len64 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len64(x uint64) int

// ---- rotation ----

// RotateLeft returns the value of x rotated left by (k mod UintSize) bits.
// To rotate x right by k bits, call RotateLeft(x, -k).
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 returns the value of x rotated left by (k mod 8) bits.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns the value of x rotated left by (k mod 16) bits.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns the value of x rotated left by (k mod 32) bits.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns the value of x rotated left by (k mod 64) bits.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// ---- reversal ----

// Reverse returns the value of x with its bits in reversed order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 returns the value of x with its bits in reversed order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 returns the value of x with its bits in reversed order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 returns the value of x with its bits in reversed order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 returns the value of x with its bits in reversed order.
func Reverse64(x uint64) uint64 {
	// Swap neighbouring bits, then bit pairs, then nibbles; the bytes
	// are reversed last.
	x = x>>1&0x5555555555555555 | x&0x5555555555555555<<1
	x = x>>2&0x3333333333333333 | x&0x3333333333333333<<2
	x = x>>4&0x0f0f0f0f0f0f0f0f | x&0x0f0f0f0f0f0f0f0f<<4
	return ReverseBytes64(x)
}

// ReverseBytes returns the value of x with its bytes in reversed order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 returns the value of x with its bytes in reversed order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns the value of x with its bytes in reversed order.
func ReverseBytes32(x uint32) uint32 {
	x = x>>8&0x00ff00ff | x&0x00ff00ff<<8
	return x>>16 | x<<16
}

// ReverseBytes64 returns the value of x with its bytes in reversed order.
func ReverseBytes64(x uint64) uint64 {
	x = x>>8&0x00ff00ff00ff00ff | x&0x00ff00ff00ff00ff<<8
	x = x>>16&0x0000ffff0000ffff | x&0x0000ffff0000ffff<<16
	return x>>32 | x<<32
}

// ---- arithmetic with carries ----

// Add returns the sum with carry of x, y and carry: sum = x + y + carry.
// The carry input must be 0 or 1; carryOut is 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns the sum with carry of x, y and carry.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

// Add64 returns the sum with carry of x, y and carry.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry leaves the top bit when both operands have it, or when
	// either has it and the sum does not.
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// Sub returns the difference of x, y and borrow: diff = x - y - borrow.
// The borrow input must be 0 or 1; borrowOut is 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns the difference of x, y and borrow.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	d := uint64(x) - uint64(y) - uint64(borrow)
	return uint32(d), uint32(d>>32) & 1
}

// Sub64 returns the difference of x, y and borrow.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

// Mul returns the full-width product of x and y: (hi, lo) = x * y.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y: (hi, lo) = x * y.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y: (hi, lo) = x * y.
func Mul64(x, y uint64) (hi, lo uint64) {
	const m32 = 1<<32 - 1
	xl, xh := x&m32, x>>32
	yl, yh := y&m32, y>>32
	ll := xl * yl
	mid := xh*yl + ll>>32 // cannot overflow
	mid2 := xl*yh + mid&m32
	hi = xh*yh + mid>>32 + mid2>>32
	lo = x * y
	return
}

// Div returns the quotient and remainder of (hi, lo) divided by y. Div
// panics for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 returns the quotient and remainder of (hi, lo) divided by y. Div32
// panics for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panicOverflow()
	}
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

// Div64 returns the quotient and remainder of (hi, lo) divided by y. Div64
// panics for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panicDivide()
	}
	if y <= hi {
		panicOverflow()
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division in base 2**32 (two quotient digits) with a normalized
	// divisor, estimating each digit from the divisor's top half and
	// correcting the estimate down at most twice.
	const b = 1 << 32
	s := uint(LeadingZeros64(y))
	y <<= s
	yh, yl := y>>32, y&(b-1)
	n1 := hi<<s | lo>>(64-s) // < y
	n0 := lo << s
	n0h, n0l := n0>>32, n0&(b-1)

	q1 := n1 / yh
	r := n1 - q1*yh
	for q1 >= b || q1*yl > r<<32|n0h {
		q1--
		r += yh
		if r >= b {
			break
		}
	}
	m := n1<<32 | n0h - q1*y // (n1, n0h) - q1*y, which is < y

	q0 := m / yh
	r = m - q0*yh
	for q0 >= b || q0*yl > r<<32|n0l {
		q0--
		r += yh
		if r >= b {
			break
		}
	}
	return q1<<32 | q0, (m<<32 | n0l - q0*y) >> s
}

// Rem returns the remainder of (hi, lo) divided by y. Rem panics for y ==
// 0 but, unlike Div, not on quotient overflow.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// Rem32 returns the remainder of (hi, lo) divided by y. Rem32 panics for
// y == 0 but, unlike Div32, not on quotient overflow.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of (hi, lo) divided by y. Rem64 panics for
// y == 0 but, unlike Div64, not on quotient overflow.
func Rem64(hi, lo, y uint64) uint64 {
	// (hi mod y, lo) has the same remainder and a quotient that fits.
	_, r := Div64(hi%y, lo, y)
	return r
}

// panicDivide raises the runtime error "integer divide by zero".
func panicDivide()

// panicOverflow raises the runtime error "integer overflow".
func panicOverflow()
