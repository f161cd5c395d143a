package main

import (
	"errors"
	"fmt"
)

func depth(n int) int {
	if n == 0 {
		panic(errors.New("bottom reached"))
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println("start")
	depth(3)
}

// Exit: 2
// Stderr:
// panic: bottom reached
// Trace:
// main.depth recursion_custom.go:10
// main.depth recursion_custom.go:12
// main.depth recursion_custom.go:12
// main.depth recursion_custom.go:12
// main.main recursion_custom.go:17
// Output:
// start
