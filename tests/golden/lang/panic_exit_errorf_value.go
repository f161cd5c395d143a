package main

import "fmt"

type Code int

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 sees no recover")
	}()
	panic(Code(404))
}

// Exit: 2
// Stderr:
// panic: main.Code(404)
// Output:
// deferred 2 sees no recover
// deferred 1
