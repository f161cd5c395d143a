package main

import "fmt"

type Inner struct{ N int }

func (i *Inner) Value() int { return i.N }

type Outer struct {
	*Inner
	Name string
}

func main() {
	o := Outer{Name: "o"}
	fmt.Println(o.Name, o.Inner == nil)
	fmt.Println(o.Value())
}

// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// Output:
// o true
