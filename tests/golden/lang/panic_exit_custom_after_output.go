package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("line 1")
	fmt.Fprintln(os.Stderr, "to stderr")
	println("builtin println", 42, true)
	panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
}

// Exit: 2
// Stderr:
// to stderr
// builtin println 42 true
// panic: wrapped: inner
// Output:
// line 1
