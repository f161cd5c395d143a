package main

import "fmt"

func f(n int) int {
	if n == 0 {
		var s []int
		return s[n]
	}
	return f(n-1) + 1
}

func main() {
	fmt.Println("recursing")
	fmt.Println(f(1000))
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [0] with length 0
// Output:
// recursing
