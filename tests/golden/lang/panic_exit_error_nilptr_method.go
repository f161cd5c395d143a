package main

import "fmt"

type T struct{ v int }

func (t *T) Get() int { return t.v }

func main() {
	var t *T
	fmt.Println("calling")
	fmt.Println(t.Get())
}

// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// Output:
// calling
