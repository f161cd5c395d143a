package main

import "fmt"

func main() {
	a := 1
	b := "x"
	fmt.Println(a + b)
}

// Error:
// ./cerr_mismatched_types.go:8:14: invalid operation: a + b (mismatched types int and string)
