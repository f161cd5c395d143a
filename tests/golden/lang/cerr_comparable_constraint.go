package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = Eq([]int{1}, []int{1})
}

// Error:
// ./cerr_comparable_constraint.go:6:8: []int does not satisfy comparable
