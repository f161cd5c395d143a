package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	i, j, k := 1, 3, 2
	fmt.Println(s[i:j:k])
}

// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [:3:2]
// Output:
