package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a+b == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y, x+y == 0.3)
	fmt.Println(float64(a), float64(float32(0.1)) == 0.1)
	var c float32 = 16777216
	fmt.Println(c+1, c+2, c+1 == c)
	var d float32 = 1.0 / 3.0
	fmt.Println(d, float64(d))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println("sum32:", sum)
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum64 += 0.1
	}
	fmt.Println("sum64:", sum64)
	e := float32(1e38)
	fmt.Println(e*10, -e*10)
	f := float32(1e-45)
	fmt.Println(f, f/2)
	g := 3.4e38
	fmt.Println(float32(g))
	var h float32 = 123456789
	fmt.Println(h, int32(h))
	fmt.Printf("%v %.10f %g\n", float32(2.0/3.0), float32(2.0/3.0), float32(2.0/3.0))
}

// Output:
// 0.3 true
// 0.30000000000000004 false
// 0.10000000149011612 false
// 1.6777216e+07 1.6777218e+07 true
// 0.33333334 0.3333333432674408
// sum32: 1.0000001
// sum64: 0.9999999999999999
// +Inf -Inf
// 1e-45 0
// 3.4e+38
// 1.2345679e+08 123456792
// 0.6666667 0.6666666865 0.6666667
