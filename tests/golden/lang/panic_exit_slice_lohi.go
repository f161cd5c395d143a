package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 1
	fmt.Println(s[lo:hi])
}

// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [3:1]
// Output:
