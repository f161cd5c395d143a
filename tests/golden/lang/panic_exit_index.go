package main

import "fmt"

func main() {
	a := []string{"x", "y"}
	for i := 0; i < 5; i++ {
		fmt.Println(a[i])
	}
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [2] with length 2
// Output:
// x
// y
