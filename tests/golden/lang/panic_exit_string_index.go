package main

import "fmt"

func main() {
	s := "hello"
	n := len(s)
	fmt.Println(s[n])
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [5] with length 5
// Output:
