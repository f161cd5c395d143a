package main

import "fmt"

type Stack []int

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil)
	s = append(s, []int{}...)
	fmt.Println(s == nil)
	s = append(s, 1)
	s = append(s, 2, 3)
	s = append(s, s...)
	fmt.Println(s)
	var st Stack
	st = append(st, 5)
	fmt.Printf("%T %v\n", st, st)
	b := append([]byte("x"), "yz"...)
	fmt.Println(string(b))
	var ifs []interface{}
	ifs = append(ifs, 1, "a", nil)
	fmt.Println(ifs)
	nested := append([][]int{}, []int{1}, []int{2, 3})
	fmt.Println(nested)
	arr := [3]int{1, 2, 3}
	sl := append(arr[:1], 9)
	fmt.Println(arr, sl)
	x := make([]int, 0, 2)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y[0], z[0])
	type P struct{ A int }
	ps := append([]P(nil), P{1}, P{2})
	fmt.Println(ps)
	grow := []string{}
	for i := 0; i < 5; i++ {
		grow = append(grow[:len(grow):len(grow)], fmt.Sprint(i))
	}
	fmt.Println(grow)
}

// Output:
// true
// true
// [1 2 3 1 2 3]
// main.Stack [5]
// xyz
// [1 a <nil>]
// [[1] [2 3]]
// [1 9 3] [1 9]
// 2 2
// [{1} {2}]
// [0 1 2 3 4]
