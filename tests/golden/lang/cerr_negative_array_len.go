package main

func main() {
	var a [-1]int
	_ = a
}

// Error:
// ./cerr_negative_array_len.go:4:9: invalid array length -1 (untyped int constant)
