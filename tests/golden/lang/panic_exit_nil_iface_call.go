package main

import "fmt"

type Speaker interface{ Speak() string }

func main() {
	var s Speaker
	fmt.Println("nil interface call")
	fmt.Println(s.Speak())
}

// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// Output:
// nil interface call
