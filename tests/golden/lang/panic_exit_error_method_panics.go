package main

import "fmt"

type E struct{ n int }

func (e E) Error() string { return fmt.Sprint(10 / e.n) }

func main() {
	defer fmt.Println("deferred")
	panic(E{})
}

// Exit: 2
// Stderr:
// fatal error: panic while printing panic value: type runtime.errorString
// Output:
// deferred
