// math: the constants, typed and in untyped constant arithmetic.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32), float32(math.Pi))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64), uint(math.MaxUint))
	var i8 int8 = math.MaxInt8
	var u16 uint16 = math.MaxUint16
	var i32 int32 = math.MinInt32
	fmt.Println(i8, u16, i32, math.MaxInt32+1, math.MaxUint32+1)
	const big = math.Pi * 1e100
	const tiny = math.Pi / 1e100
	fmt.Println(big, tiny, math.Pi*math.Pi, 2*math.Pi-math.Pi*2, math.E*math.Ln2)
	fmt.Println(math.Log2E*math.Ln2, math.Log10E*math.Ln10, math.Sqrt2*math.Sqrt2, math.Phi*math.Phi-math.Phi)
	fmt.Printf("%.30f\n%.30f\n", math.Pi, math.E)
	fmt.Printf("%T %T %T\n", math.Pi, math.MaxInt64, math.MaxFloat64)
	x := 3.0
	fmt.Println(x*math.Pi, math.Pi/x, float32(x)*math.Pi)
	fmt.Println(math.MaxFloat64 == math.Nextafter(math.Inf(1), 0), math.SmallestNonzeroFloat64 == math.Nextafter(0, 1))
}

// Output:
// 2.718281828459045 3.141592653589793 1.618033988749895 1.4142135623730951 1.6487212707001282 1.772453850905516 1.272019649514069
// 0.6931471805599453 1.4426950408889634 2.302585092994046 0.4342944819032518
// 3.4028234663852886e+38 1.401298464324817e-45 1.7976931348623157e+308 5e-324
// 3.4028235e+38 1e-45 3.1415927
// 9223372036854775807 -9223372036854775808 127 -128 32767 -32768 2147483647 -2147483648
// 9223372036854775807 -9223372036854775808 255 65535 4294967295 18446744073709551615 18446744073709551615
// 127 65535 -2147483648 2147483648 4294967296
// 3.141592653589793e+100 3.141592653589793e-100 9.869604401089358 0 1.88416938536372
// 1 1 2 1
// 3.141592653589793115997963468544
// 2.718281828459045090795598298428
// float64 int float64
// 9.42477796076938 1.0471975511965976 9.424778
// true true
