package main

type S[T comparable] struct{ v T }

func main() {
	var s S[[]int]
	_ = s
}

// Error:
// ./cerr_generic_not_comparable.go:6:10: []int does not satisfy comparable
