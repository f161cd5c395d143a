package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	panic("same value")
}

// Exit: 2
// Stderr:
// panic: same value [recovered, repanicked]
// Output:
// got same value
