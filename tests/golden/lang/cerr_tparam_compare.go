package main

import "fmt"

func Max[T any](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Eq[T any](a, b T) bool { return a == b }

func Add[T comparable](a, b T) T { return a + b }

func main() {
	fmt.Println(Max(1, 2), Eq(1, 1), Add(1, 2))
}

// Error:
// ./cerr_tparam_compare.go:6:5: invalid operation: a > b (type parameter T cannot use operator >)
// ./cerr_tparam_compare.go:12:38: invalid operation: a == b (incomparable types in type set)
// ./cerr_tparam_compare.go:14:43: invalid operation: operator + not defined on a (variable of type T constrained by comparable)
