package main

import "fmt"

func main() {
	x := 1
	s := -3
	fmt.Println("shifting")
	fmt.Println(x << s)
}

// Exit: 2
// Stderr:
// panic: runtime error: negative shift amount
// Output:
// shifting
