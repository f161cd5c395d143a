package main

import "fmt"

func main() {
	x := 1.5
	y := 2.25
	fmt.Println(x+y, x-y, x*y, x/y)
	fmt.Printf("%f %.3f %.0f %8.2f|\n", x, y, 2.5, 3.14159)
	var i int = int(y * 10)
	fmt.Println(i, float64(i)/4)
	z := 0.1 + 0.2
	fmt.Println(z, z == 0.3)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(1e100, 1e-7, 123456789.0, -0.0)
	n := 10
	fmt.Println(float64(n)/3, uint8(int(x*100)))
	fmt.Println(7.0/2, 1/3.0)
}

// Output:
// 3.75 -0.75 3.375 0.6666666666666666
// 1.500000 2.250 2     3.14|
// 22 5.5
// 0.3 true
// 0.1 0.10000000149011612
// 1e+100 1e-07 1.23456789e+08 0
// 3.3333333333333335 150
// 3.5 0.3333333333333333
