package main

import "fmt"

type Shower interface{ Show() }

type T struct{}

func main() {
	var i interface{} = T{}
	fmt.Println("before")
	s := i.(Shower)
	s.Show()
}

// Exit: 2
// Stderr:
// panic: interface conversion: main.T is not main.Shower: missing method Show
// Output:
// before
