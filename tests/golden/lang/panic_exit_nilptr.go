package main

import "fmt"

type Node struct {
	Next *Node
	V    int
}

func main() {
	n := &Node{V: 1}
	fmt.Println(n.V)
	fmt.Println(n.Next.V)
}

// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// Output:
// 1
