package main

func main() {
	n := 1
	var f float64
	n += f
	n -= "a"
	s := "x"
	s *= 2
	var b bool
	b += true
}

// Error:
// ./cerr_op_assign_mismatch.go:6:2: invalid operation: n += f (mismatched types int and float64)
// ./cerr_op_assign_mismatch.go:7:2: invalid operation: n -= "a" (mismatched types int and untyped string)
// ./cerr_op_assign_mismatch.go:9:2: invalid operation: s *= 2 (mismatched types string and untyped int)
// ./cerr_op_assign_mismatch.go:11:2: invalid operation: operator + not defined on b (variable of type bool)
