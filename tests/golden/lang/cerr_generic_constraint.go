package main

type Num interface{ ~int | ~float64 }

func Add[T Num](a, b T) T { return a + b }

func main() {
	_ = Add("a", "b")
}

// Error:
// ./cerr_generic_constraint.go:8:9: string does not satisfy Num (string missing in ~int | ~float64)
