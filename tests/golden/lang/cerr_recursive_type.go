package main

type T struct {
	a int
	t T
}

func main() {}

// Error:
// ./cerr_recursive_type.go:3:6: invalid recursive type: T refers to itself
