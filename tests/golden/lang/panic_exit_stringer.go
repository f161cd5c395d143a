package main

import "fmt"

type S struct{}

func (S) String() string { return "stringer value" }

func main() {
	fmt.Println("start")
	panic(S{})
}

// Exit: 2
// Stderr:
// panic: stringer value
// Output:
// start
