package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	a := [2]P{{1, 2}, {3, 4}}
	b := [2]P{{1, 2}, {3, 4}}
	fmt.Println(a == b)
	b[1].Y = 5
	fmt.Println(a == b, a, b)
	s := [3]string{"a", "b", "c"}
	t := s
	fmt.Println(s == t)
	t[2] = "C"
	fmt.Println(s == t, s, t)
	fa := [2]float64{0, 1}
	fb := [2]float64{-0.0, 1}
	fmt.Println(fa == fb)
	ia := [2]interface{}{1, "x"}
	ib := [2]interface{}{1, "x"}
	fmt.Println(ia == ib)
	var arr [10]int
	for i := range arr {
		arr[i] = i * i
	}
	sl := arr[2:5]
	n := copy(sl, arr[6:])
	fmt.Println(n, arr)
	c := arr
	copy(arr[:], []int{-1, -2})
	fmt.Println(arr[:3], c[:3])
	type Matrix [2][2]int
	m1 := Matrix{{1, 0}, {0, 1}}
	m2 := m1
	m2[0][0] = 1
	fmt.Println(m1 == m2)
	x := [0]int{}
	y := [0]int{}
	fmt.Println(x == y, len(x))
}

// Output:
// true
// false [{1 2} {3 4}] [{1 2} {3 5}]
// true
// false [a b c] [a b C]
// true
// true
// 3 [0 1 36 49 64 25 36 49 64 81]
// [-1 -2 36] [0 1 36]
// true
// true 0
