package main

func main() {
	for i, j := range 10 {
		_, _ = i, j
	}
}

// Error:
// ./cerr_range_over_int_two_vars.go:4:9: range over 10 (untyped int constant) permits only one iteration variable
