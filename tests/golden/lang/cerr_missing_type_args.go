package main

type Box[T any] struct{ v T }

func main() {
	var b Box
	_ = b
}

// Error:
// ./cerr_missing_type_args.go:6:8: cannot use generic type Box[T any] without instantiation
