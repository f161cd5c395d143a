package main

import "fmt"

func main() {
	var a [4]int
	i := -1
	for j := range a {
		a[j] = j
	}
	fmt.Println(a)
	a[i+0] = 1
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [-1]
// Output:
// [0 1 2 3]
