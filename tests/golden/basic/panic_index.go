package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [5] with length 3
// Output:
// before
