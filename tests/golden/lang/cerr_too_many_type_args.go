package main

func F[T any](x T) T { return x }

func main() {
	_ = F[int, string](1)
}

// Error:
// ./cerr_too_many_type_args.go:6:13: got 2 type arguments but want 1
