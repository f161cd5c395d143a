package main

import "fmt"

type E struct{ p *int }

func (e E) Error() string { return fmt.Sprint(*e.p) }

func main() {
	panic(E{})
}

// Exit: 2
// Stderr:
// fatal error: panic while printing panic value: type runtime.errorString
// Output:
