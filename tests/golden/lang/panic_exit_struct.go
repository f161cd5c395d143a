package main

import "fmt"

type Info struct {
	Code int
	Msg  string
}

func main() {
	fmt.Println("start")
	panic(Info{7, "seven"})
}

// Exit: 2
// Stderr:
// panic: (main.Info) 0x?
// Output:
// start
