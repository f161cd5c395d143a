package main

import "fmt"

func main() {
	fs := []float64{0.0, 0.4, 0.5, 0.9, 1.5, 2.5, -0.5, -1.5, -2.7, 1e9 + 0.75, -1e15 - 0.5}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(int64(f)))
	}
	var g float32 = 3.99
	fmt.Println(int(g), uint8(g), int8(-g))
	h := 255.9
	fmt.Println(uint8(h), uint16(h))
	big := 4e18
	fmt.Println(int64(big), uint64(big))
	ubig := 1.8e19
	fmt.Println(uint64(ubig))
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3, float64(i/2))
	n := -7
	fmt.Println(float64(n)/2, float64(n%3))
	var u uint64 = 1<<63 + 1
	fmt.Println(float64(u), float32(u))
	var m int64 = 1<<53 + 1
	fmt.Println(float64(m) == float64(m-1), int64(float64(m)))
}

// Output:
// 0 0 0 0
// 0.4 0 0 0
// 0.5 0 0 0
// 0.9 0 0 0
// 1.5 1 1 1
// 2.5 2 2 2
// -0.5 0 0 0
// -1.5 -1 -1 -1
// -2.7 -2 -2 -2
// 1.00000000075e+09 1000000000 1000000000 1000000000
// -1.0000000000000005e+15 -1000000000000000 -1000000000000000 1530494976
// 3 3 -3
// 255 255
// 4000000000000000000 4000000000000000000
// 18000000000000000000
// 3.5 2.3333333 3
// -3.5 -1
// 9.223372036854776e+18 9.223372e+18
// true 9007199254740992
