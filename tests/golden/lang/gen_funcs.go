package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type MyInt int

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]int8{100, 100}))
	fmt.Println(Sum([]MyInt{4, 5}))
	fmt.Printf("%T\n", Sum([]MyInt{4, 5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint("n", i) })
	fmt.Println(strs, len(strs))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(acc int, s string) int { return acc + len(s) })
	fmt.Println(total)
	fmt.Println(Index([]string{"x", "y", "z"}, "z"), Index([]float64{1.5}, 2))
	type P struct{ X, Y int }
	fmt.Println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	fmt.Println(Sum[float32]([]float32{0.1, 0.2}))
	m := Map[int, int]([]int{1, 2}, func(x int) int { return x * x })
	fmt.Println(m)
}

// Output:
// 6 4 -56
// 9
// main.MyInt
// [n1 n2 n3] 3
// [2 4 6]
// 6
// 2 -1
// 1
// 0.3
// [1 4]
