package main

import "fmt"

type A struct{ Name string }
type B struct{ Name string }

func (A) Hello() string { return "A" }
func (B) Hello() string { return "B" }

type C struct {
	A
	B
}

type Greeter interface{ Hello() string }

func main() {
	c := C{}
	fmt.Println(c.Name)
	fmt.Println(c.Hello())
	var g Greeter = c
	var g2 Greeter = &c
	fmt.Println(g, g2)
}

// Error:
// ./cerr_ambiguous_promoted_method.go:20:16: ambiguous selector c.Name
// ./cerr_ambiguous_promoted_method.go:21:16: ambiguous selector c.Hello
// ./cerr_ambiguous_promoted_method.go:22:18: cannot use c (variable of struct type C) as Greeter value in variable declaration: C does not implement Greeter (ambiguous selector C.Hello)
// ./cerr_ambiguous_promoted_method.go:23:19: cannot use &c (value of type *C) as Greeter value in variable declaration: *C does not implement Greeter (ambiguous selector *C.Hello)
