package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p))
	p[1] = 5
}

// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// Output:
// 3
