package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pair[A, B any](a A, b []B, c map[A]B) {}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func Index[T comparable](xs []T, x T) int { return -1 }

func main() {
	fmt.Println(Sum(1, 2.5))
	fmt.Println(Sum(1, "a"))
	k := Keys([]int{1})
	Pair(1, []string{"a"}, map[int]int{})
	Pair(1, 2, nil)
	fmt.Println(k, Index([]string{"a"}, 3), Index([]int{1}, "x"))
}

// Error:
// ./cerr_infer_mismatch.go:17:39: invalid map key type A (missing comparable constraint)
// ./cerr_infer_mismatch.go:25:21: in call to Sum, mismatched types untyped int and untyped string (cannot infer T)
// ./cerr_infer_mismatch.go:26:12: in call to Keys, type []int of []int{…} does not match map[K]V (cannot infer K and V)
// ./cerr_infer_mismatch.go:27:25: in call to Pair, type map[int]int of map[int]int{} does not match inferred type map[int]string for map[A]B
// ./cerr_infer_mismatch.go:28:6: in call to Pair, cannot infer B (declared at ./cerr_infer_mismatch.go:17:14)
// ./cerr_infer_mismatch.go:29:38: cannot use 3 (untyped int constant) as string value in argument to Index
// ./cerr_infer_mismatch.go:29:58: cannot use "x" (untyped string constant) as int value in argument to Index
