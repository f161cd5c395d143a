package main

import "fmt"

func deferOrder() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

type T struct{ name string }

func (t T) Print()   { fmt.Println("value recv", t.name) }
func (t *T) PPrint() { fmt.Println("ptr recv", t.name) }

func deferMethods() {
	t := T{"first"}
	defer t.Print()
	defer t.PPrint()
	t.name = "second"
}

func deferInLoop() (s string) {
	for _, c := range "abc" {
		defer func() { s += string(c) }()
	}
	return "x"
}

func nestedDefer() {
	defer func() {
		fmt.Println("outer deferred start")
		defer fmt.Println("inner deferred")
		fmt.Println("outer deferred end")
	}()
	fmt.Println("nestedDefer body")
}

func evalOrder() {
	get := func(s string) string { fmt.Println("eval", s); return s }
	defer fmt.Println("printing", get("arg1"), get("arg2"))
	fmt.Println("after defer stmt")
}

func main() {
	deferOrder()
	fmt.Println()
	deferArgs()
	deferMethods()
	fmt.Println(deferInLoop())
	nestedDefer()
	evalOrder()
	var f func()
	func() {
		defer func() {
			fmt.Println("recovered:", recover() != nil)
		}()
		defer f()
	}()
}

// Output:
// body 3 2 1 0 
// closure x = 3
// deferred x = 1
// ptr recv second
// value recv first
// xcba
// nestedDefer body
// outer deferred start
// outer deferred end
// inner deferred
// eval arg1
// eval arg2
// after defer stmt
// printing arg1 arg2
// recovered: true
