package main

import "fmt"

func main() {
	fmt.Nope("x")
}

// Error:
// ./cerr_missing_package_func.go:6:6: undefined: fmt.Nope
