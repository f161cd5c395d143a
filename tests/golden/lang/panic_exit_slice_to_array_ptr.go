package main

import "fmt"

func main() {
	s := []int{1, 2}
	p := (*[3]int)(s)
	fmt.Println(p)
}

// Exit: 2
// Stderr:
// panic: runtime error: cannot convert slice with length 2 to array or pointer to array with length 3
// Output:
