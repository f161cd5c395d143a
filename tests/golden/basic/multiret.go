package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) { return b, a }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func three() (int, bool, float64) { return 7, true, 2.5 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	s, c := named(3)
	fmt.Println(s, c)
	i, t, f := three()
	fmt.Println(i, t, f)
	_, r2 := divmod(100, 7)
	fmt.Println(r2)
}

// Output:
// 3 2
// -3 -2
// y x
// 9 27
// 7 true 2.5
// 2
