package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Pair[K comparable, V any](k K) map[K]V { return nil }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	fmt.Println(Zero())
	x := Pair("a")
	fmt.Println(x, Map([]int{1}, 5))
}

// Error:
// ./cerr_cannot_infer_tparam.go:15:18: in call to Zero, cannot infer T (declared at ./cerr_cannot_infer_tparam.go:5:11)
// ./cerr_cannot_infer_tparam.go:16:11: in call to Pair, cannot infer V (declared at ./cerr_cannot_infer_tparam.go:10:25)
// ./cerr_cannot_infer_tparam.go:17:20: in call to Map, cannot infer U (declared at ./cerr_cannot_infer_tparam.go:12:13)
