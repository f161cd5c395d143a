package main

import "fmt"

type BadErr struct{}

func (BadErr) Error() string { return "bad err text" }

func main() {
	defer fmt.Println("deferred print")
	var e error = BadErr{}
	fmt.Println("error is", e)
	panic(fmt.Errorf("outer: %w", e))
}

// Exit: 2
// Stderr:
// panic: outer: bad err text
// Output:
// error is bad err text
// deferred print
