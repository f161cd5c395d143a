package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before crash")
	fmt.Println("start")
	panic("something bad happened")
}

// Exit: 2
// Stderr:
// panic: something bad happened
// Output:
// start
// deferred runs before crash
