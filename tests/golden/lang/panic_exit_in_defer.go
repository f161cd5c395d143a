package main

import "fmt"

func cleanup() {
	fmt.Println("cleanup")
	var m map[int]int
	m[1] = 1
}

func main() {
	defer cleanup()
	fmt.Println("main")
}

// Exit: 2
// Stderr:
// panic: assignment to entry in nil map
// Output:
// main
// cleanup
