package main

import "fmt"

func main() {
	s := "hello"
	n := 10
	fmt.Println(s[2:n])
}

// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [:10] with length 5
// Output:
