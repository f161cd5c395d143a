package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	a++
	fmt.Println(a)
	var b uint8 = 250
	b += 10
	fmt.Println(b)
	var c uint32 = 1 << 31
	c *= 2
	fmt.Println(c)
	var d uint64 = 0
	d--
	fmt.Println(d)
	x := -7
	fmt.Println(x/2, x%2, x>>1, uint64(x)>>60)
	fmt.Println(x&3, x|3, x^3, x&^3)
	var s uint = 70
	fmt.Println(1<<s, int64(-1)>>s, uint32(1)<<31)
	var u8 uint8 = 200
	fmt.Println(u8*2, u8/3, u8<<1, u8>>1, ^u8)
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8-1)
	fmt.Println(int8(200+0*x), uint8(x), uint32(x), int64(uint32(x)))
	const big = 1 << 40
	fmt.Println(big>>38, int32(big>>20))
}

// Output:
// -9223372036854775808
// 4
// 0
// 18446744073709551615
// -3 -1 -4 15
// 1 -5 -6 -8
// 0 -1 2147483648
// 144 66 144 100 55
// -128 -128 127
// -56 249 4294967289 4294967289
// 4 1048576
