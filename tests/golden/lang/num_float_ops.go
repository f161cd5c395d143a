package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 50; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func floor(x float64) float64 {
	i := float64(int64(x))
	if i > x {
		i--
	}
	return i
}

func main() {
	fmt.Println(sqrt(2), sqrt(9), sqrt(1e10))
	fmt.Println(floor(2.7), floor(-2.7), floor(-3), floor(0.5))
	a := 1e16
	fmt.Println(a+1-a, a-a+1)
	fmt.Println(0.1*3, 0.3)
	var f float64 = 1
	for i := 0; i < 60; i++ {
		f /= 2
	}
	fmt.Println(f, 1+f == 1)
	fmt.Println(-0.0, 1/(-0.0+0*f))
	x := 3.0
	x++
	fmt.Println(x)
	fmt.Println(float32(0.1)+float32(0.2), float64(float32(0.1)+float32(0.2)))
	fmt.Println(2.0 < 3, 2.0 == 2, -1.5 > -2)
	var e float64 = 2.718281828459045
	var sum float64 = 1
	term := 1.0
	for i := 1; i < 20; i++ {
		term /= float64(i)
		sum += term
	}
	fmt.Println(sum, sum == e)
	fmt.Printf("%.15f\n", sum)
}

// Output:
// 1.414213562373095 3 100000
// 2 -3 -3 0
// 0 1
// 0.3 0.3
// 8.673617379884035e-19 true
// 0 +Inf
// 4
// 0.3 0.30000001192092896
// true true true
// 2.7182818284590455 false
// 2.718281828459046
