package main

func main() {
	b := true
	_ = !5
	_ = b
}

// Error:
// ./cerr_invalid_op_bool.go:5:7: invalid operation: operator ! not defined on 5 (untyped int constant)
