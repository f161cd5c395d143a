package main

import "fmt"

type Node[T any] struct {
	val  T
	next *Node[T]
}

func Last[T any](n *Node[T]) T {
	for n.next != nil {
		n = n.next
	}
	return n.val
}

func build(k int) *Node[string] {
	var head *Node[string]
	for i := 0; i < k; i++ {
		head = &Node[string]{fmt.Sprint(i), head}
	}
	return head
}

func main() {
	fmt.Println(Last(build(3)))
	fmt.Println(Last(build(0)))
}

// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// Trace:
// main.Last[...] generic_nil.go:11
// main.main generic_nil.go:27
// Output:
// 0
