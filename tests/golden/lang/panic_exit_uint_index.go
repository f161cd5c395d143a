package main

import "fmt"

func main() {
	s := []string{"a"}
	var i uint8 = 200
	fmt.Println(s[i])
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [200] with length 1
// Output:
