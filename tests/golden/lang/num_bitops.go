package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Printf("%b %b %b %b\n", a&b, a|b, a^b, a&^b)
	var u uint8 = 0b10110011
	fmt.Println(^u, u&^0x0f, -u)
	fmt.Printf("%08b\n", reverse8(u))
	fmt.Println(popcount(0), popcount(0xff), popcount(1<<64-1), popcount(0xdeadbeef))
	x := 0x12345678
	x &^= 0xff
	fmt.Printf("%x\n", x)
	x |= 0xab
	fmt.Printf("%x\n", x)
	x ^= 0xffff
	fmt.Printf("%x\n", x)
	var i int32 = -1
	fmt.Println(i&0xff, uint32(i)>>28, i^i)
	n := 40
	fmt.Println(n&-n, n&(n-1))
	var sgn int64 = -42
	mask := sgn >> 63
	fmt.Println("abs:", (sgn^mask)-mask)
	fmt.Println(^uint32(0)>>1, ^int8(0))
}

// Output:
// 8 14 6 4 -13
// 1000 1110 110 100
// 76 176 77
// 11001101
// 0 8 64 24
// 12345600
// 123456ab
// 1234a954
// 255 15 0
// 8 32
// abs: 42
// 2147483647 -1
