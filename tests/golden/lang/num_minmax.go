package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(5), max(-5))
	a, b, c := 10, -20, 30
	fmt.Println(min(a, b, c), max(a, b, c))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	x, y := 1.5, -0.5
	fmt.Println(min(x, y), max(x, y, 100))
	fmt.Println(min("b", "a", "c"), max("apple", "banana", "abc"))
	s1, s2 := "zz", "zzz"
	fmt.Println(min(s1, s2), max(s1, s2))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	const k = min(1, 2.5, -3)
	fmt.Println(k)
	var i8 int8 = -128
	fmt.Println(min(i8, 127), max(i8, -127))
	fmt.Printf("%T %T\n", min(1, 2), min(1, 2.0))
}

// Output:
// 1 3
// 5 -5
// -20 30
// 1 2.5
// -0.5 100
// a banana
// zz zzz
// 200 200
// -3
// -128 -127
// int float64
