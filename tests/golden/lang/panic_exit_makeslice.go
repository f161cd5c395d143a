package main

import "fmt"

func main() {
	n := -3
	s := make([]int, n)
	fmt.Println(s)
}

// Exit: 2
// Stderr:
// panic: runtime error: makeslice: len out of range
// Output:
