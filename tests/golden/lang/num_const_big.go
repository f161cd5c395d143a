package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Huge = Big * Big
const F = 1.0 / 3.0
const Third = Huge / Huge / 3

func main() {
	fmt.Println(Small)
	fmt.Println(Huge >> 195)
	fmt.Println(Big / (1 << 90))
	fmt.Println(F)
	fmt.Println(Third * 3)
	const x = 1e300 * 1e300 / 1e300
	fmt.Println(x)
	const maxU = 1<<64 - 1
	var u uint64 = maxU
	fmt.Println(u)
	const mi = -1 << 63
	var m int64 = mi
	fmt.Println(m)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	var f32 float32 = F
	fmt.Println(f32)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3)
	y := 0.1
	fmt.Println(y+0.2 == 0.3)
	const d = 7 / 2
	const e = 7 / 2.0
	fmt.Println(d, e)
	var i int = 1e3
	fmt.Println(i)
	const bits = 1<<10 | 1<<3
	fmt.Println(bits)
}

// Output:
// 4
// 32
// 1024
// 0.3333333333333333
// 0
// 1e+300
// 18446744073709551615
// -9223372036854775808
// 98 b
// concat 6
// 0.33333334
// true
// false
// 3 3.5
// 1000
// 1032
