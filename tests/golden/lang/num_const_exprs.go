package main

import "fmt"

const (
	KB float64 = 1 << (10 * (iota + 1))
	MB
	GB
)

type Bits uint8

const (
	B0 Bits = 1 << iota
	B1
	B2
	B7 Bits = 1 << 7
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const TwoPi = Pi * 2
const Big = 1e1000
const Ratio = Big / 1e999

const typedInt int32 = 1 << 30
const maxUint = ^uint(0)
const maxInt = int(maxUint >> 1)
const minInt = -maxInt - 1

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(B0, B1, B2, B7, B0|B2|B7)
	fmt.Printf("%.20f\n", Pi)
	fmt.Println(TwoPi, float32(Pi))
	fmt.Println(Ratio)
	fmt.Println(typedInt, typedInt/2*2)
	fmt.Println(maxUint, maxInt, minInt)
	const c1 = 'a' * 2
	const c2 = "abc" + "def"
	const c3 = len(c2) * 2
	const c4 = c1 > 100 && c3 == 12
	fmt.Println(c1, c2, c3, c4)
	const f = 5 / 2.0
	const i = 5 / 2
	const m = 5 % 2
	fmt.Println(f, i, m, -5/2, -5%2)
	var x uint8 = 255
	const one = 1
	fmt.Println(x+one, x>>one)
	const h = 0x7fffffffffffffff + 1 - 1
	fmt.Println(h)
	const cplx = (1 + 2i) * (3 - 1i)
	fmt.Println(cplx, real(cplx))
	const shifted = 1.0 << 3
	fmt.Println(shifted)
	fmt.Printf("%T %T %T\n", shifted, c1, cplx)
	const big2 = 1 << 100
	fmt.Println(big2>>98, big2/(big2/4))
	var fl float64 = big2
	fmt.Println(fl)
}

// Output:
// 1024 1.048576e+06 1.073741824e+09
// 1 2 4 128 133
// 3.14159265358979311600
// 6.283185307179586 3.1415927
// 10
// 1073741824 1073741824
// 18446744073709551615 9223372036854775807 -9223372036854775808
// 194 abcdef 12 true
// 2.5 2 1 -2 -1
// 0 127
// 9223372036854775807
// (5+5i) 5
// 8
// int int32 complex128
// 4 4
// 1.2676506002282294e+30
