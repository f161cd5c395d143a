package main

import "fmt"

func main() {
	var a [5]int
	s := a[1:3]
	fmt.Println(len(a), cap(a), len(s), cap(s))
	var pa *[7]string
	fmt.Println(len(pa), cap(pa))
	const l = len([3]int{})
	fmt.Println(l, len("héllo"), len([]rune("héllo")))
	const cs = len("constant")
	var arr [cs]bool
	fmt.Println(len(arr))
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(len(m))
	var ns []int
	var nm map[string]int
	var str string
	fmt.Println(len(ns), cap(ns), len(nm), len(str))
	mk := make([]int, 2, 8)
	fmt.Println(len(mk[:8]), cap(mk[3:8]), cap(mk[3:5:6]))
	fmt.Println(len([]int{5: 0}), len(map[string]bool{"a": true, "b": false}))
	matrix := [3][4]int{}
	fmt.Println(len(matrix), len(matrix[0]))
	fmt.Printf("%T\n", len(s))
}

// Output:
// 5 5 2 4
// 7 7
// 3 6 5
// 8
// 2
// 0 0 0 0
// 8 5 3
// 6 2
// 3 4
// int
