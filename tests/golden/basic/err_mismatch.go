package main

func main() {
	var a int = 1
	var b float64 = 2
	_ = a + b
}

// Error:
// ./err_mismatch.go:6:6: invalid operation: a + b (mismatched types int and float64)
