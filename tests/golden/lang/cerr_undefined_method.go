package main

type T struct{}

func main() {
	var t T
	t.Missing()
}

// Error:
// ./cerr_undefined_method.go:7:4: t.Missing undefined (type T has no field or method Missing)
