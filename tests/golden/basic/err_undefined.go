package main

import "fmt"

func main() {
	fmt.Println(y)
}

// Error:
// ./err_undefined.go:6:14: undefined: y
