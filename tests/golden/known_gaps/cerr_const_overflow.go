package main

func main() {
	var b byte = 256
	_ = b
}

// Error:
// ./cerr_const_overflow.go:4:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
