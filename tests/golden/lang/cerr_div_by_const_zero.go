package main

func main() {
	x := 10
	_ = x / 0
}

// Error:
// ./cerr_div_by_const_zero.go:5:10: invalid operation: division by zero
