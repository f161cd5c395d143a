package main

import "fmt"

type Set[T any] map[T]bool

func Count[K comparable, V any](m map[K]V) int { return len(m) }

func Group[T any, K comparable](xs []T, key func(T) K) map[K][]T { return nil }

type Num interface{ ~int | ~string }

func M[T Num]() map[T]int { return map[T]int{} }

func main() {
	fmt.Println(Count(map[string]int{"a": 1}), len(Group([]int{1}, func(i int) bool { return i > 0 })), M[int]())
}

// Error:
// ./cerr_tparam_map_key.go:5:21: invalid map key type T (missing comparable constraint)
