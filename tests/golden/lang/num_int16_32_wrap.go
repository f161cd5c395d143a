package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println(a)
	var b uint16 = 65535
	b++
	fmt.Println(b)
	var m int16 = 300
	fmt.Println(m*m, m*200)
	var c int32 = 2147483647
	c++
	fmt.Println(c)
	var d int32 = -2147483648
	fmt.Println(-d, d-1)
	var e uint32 = 4294967295
	e += 2
	fmt.Println(e)
	var f uint32 = 1 << 31
	fmt.Println(f*2, f+f-1)
	var g int32 = 65536
	fmt.Println(g * g)
	var h int32 = 46341
	fmt.Println(h * h)
	x := int32(1)
	for i := 0; i < 40; i++ {
		x *= 3
	}
	fmt.Println("3^40 int32:", x)
	y := uint16(1)
	for i := 0; i < 20; i++ {
		y = y*7 + 1
	}
	fmt.Println("uint16 poly:", y)
}

// Output:
// -32768
// 0
// 24464 -5536
// -2147483648
// -2147483648 2147483647
// 1
// 0 4294967295
// 0
// -2147479015
// 3^40 int32: 689956897
// uint16 poly: 6833
