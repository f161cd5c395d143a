package main

import "fmt"

func main() {
	var a int32 = 1
	var b int64 = 2
	fmt.Println(a + b)
}

// Error:
// ./cerr_mismatched_int_types.go:8:14: invalid operation: a + b (mismatched types int32 and int64)
