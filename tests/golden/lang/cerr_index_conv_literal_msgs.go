package main

import "fmt"

type T struct {
	next T
}

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	n := 5
	n[0] = 1
	y := n[1]
	t := T{}
	var f func() int = func() {}
	fmt.Println(y, t, int(), f)
	fmt.Println(Sum([]int{1}, 2))
}

// Error:
// ./cerr_index_conv_literal_msgs.go:5:6: invalid recursive type: T refers to itself
// ./cerr_index_conv_literal_msgs.go:21:3: cannot index n (variable of type int)
// ./cerr_index_conv_literal_msgs.go:22:8: cannot index n (variable of type int)
// ./cerr_index_conv_literal_msgs.go:24:21: cannot use func() {} (value of type func()) as func() int value in variable declaration
// ./cerr_index_conv_literal_msgs.go:25:20: missing argument in conversion to int
// ./cerr_index_conv_literal_msgs.go:26:28: too many arguments in call to Sum
// 	have ([]int, number)
// 	want ([]T)
