package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s[:5])
	n := 6
	fmt.Println(s[:n])
}

// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [:6] with capacity 5
// Output:
// [0 0 0 0 0]
