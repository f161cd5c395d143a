package main

import "fmt"

type E struct{ n int }

func (e E) Error() string { return fmt.Sprint("E error ", e.n) }

func main() {
	fmt.Println("start")
	panic(E{3})
}

// Exit: 2
// Stderr:
// panic: E error 3
// Output:
// start
