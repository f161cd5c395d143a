package main

func main() {
	p := &5
	_ = p
}

// Error:
// ./cerr_address_of_const.go:4:8: invalid operation: cannot take address of 5 (untyped int constant)
