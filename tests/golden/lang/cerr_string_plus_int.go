package main

func main() {
	s := "n=" + 5
	_ = s
}

// Error:
// ./cerr_string_plus_int.go:4:7: invalid operation: "n=" + 5 (mismatched types untyped string and untyped int)
