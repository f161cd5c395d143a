package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b int64 = -9223372036854775808
	fmt.Println(-b, b-1, b/int64(len("x")*-1))
	var u uint64 = 18446744073709551615
	u++
	fmt.Println(u)
	u--
	fmt.Println(u, u/3, u%7)
	var h uint64 = 0xcbf29ce484222325
	for _, c := range []byte("hello") {
		h ^= uint64(c)
		h *= 0x100000001b3
	}
	fmt.Println("fnv:", h)
	var x int = 1
	for i := 0; i < 70; i++ {
		x *= 2
	}
	fmt.Println("2^70 int:", x)
	var m int64 = 3037000500
	fmt.Println(m * m)
	var k uint = 1
	k <<= 63
	fmt.Println(k, k*2, k-1)
	fmt.Println(^uint64(0), ^int64(0), ^0)
}

// Output:
// -9223372036854775808
// 9223372036854775807
// -9223372036854775808 9223372036854775807 -9223372036854775808
// 0
// 18446744073709551615 6148914691236517205 1
// fnv: 11831194018420276491
// 2^70 int: 0
// -9223372036709301616
// 9223372036854775808 0 9223372036854775807
// 18446744073709551615 -1 -1
