package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("about to panic")
	panic("first")
}

// Exit: 2
// Stderr:
// panic: first
// 	panic: second
// Output:
// about to panic
