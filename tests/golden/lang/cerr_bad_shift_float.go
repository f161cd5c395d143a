package main

func main() {
	f := 1.5
	_ = f << 2
}

// Error:
// ./cerr_bad_shift_float.go:5:6: invalid operation: shifted operand f (variable of type float64) must be integer
