package main

import "fmt"

func main() {
	var a uint = 0
	a--
	fmt.Println(a > 0, a == 1<<64-1)
	var b uint32 = 1
	var c uint32 = 2
	fmt.Println(b-c, b-c > b, int32(b-c))
	var x uint8 = 10
	var y uint8 = 20
	fmt.Println(x-y, x < y, x-y > x)
	for i := uint(3); i < 10; i-- {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var s int8 = -1
	var u uint8 = uint8(s)
	fmt.Println(u, u > 127, int(s) < int(u))
	var big uint64 = 1 << 63
	fmt.Println(big > 1<<62, int64(big) < 0)
	n := 10
	count := 0
	for i := n - 1; i >= 0; i-- {
		count++
	}
	fmt.Println(count)
	var h uint16 = 0xffff
	fmt.Println(h+1 == 0, h*h, h>>15)
}

// Output:
// true true
// 4294967295 true -1
// 246 true true
// 3 2 1 0 
// 255 true true
// true true
// 10
// true 1 1
