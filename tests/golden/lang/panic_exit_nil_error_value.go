package main

import "fmt"

func main() {
	var err error
	fmt.Println("panic with nil error interface")
	panic(err)
}

// Exit: 2
// Stderr:
// panic: runtime error: panic called with nil argument
// Output:
// panic with nil error interface
