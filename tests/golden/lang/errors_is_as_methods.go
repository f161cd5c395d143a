package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (s StatusErr) Error() string { return fmt.Sprint("status ", s.Code) }
func (s StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code == s.Code)
}

type Timeout struct{}

func (Timeout) Error() string { return "timeout" }

type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

type asTarget struct{ name string }

func (a *asTarget) Error() string { return a.name }
func (a *asTarget) As(target interface{}) bool {
	if p, ok := target.(*Timeout); ok {
		*p = Timeout{}
		return true
	}
	return false
}

func main() {
	e := wrapper{"outer", wrapper{"inner", StatusErr{404}}}
	fmt.Println(e)
	fmt.Println(errors.Is(e, StatusErr{404}), errors.Is(e, StatusErr{0}), errors.Is(e, StatusErr{500}))
	var se StatusErr
	fmt.Println(errors.As(e, &se), se.Code)
	var t Timeout
	fmt.Println(errors.As(e, &t))
	fmt.Println(errors.As(&asTarget{"x"}, &t))
	chain := error(Timeout{})
	for i := 0; i < 3; i++ {
		chain = wrapper{fmt.Sprint("level", i), chain}
	}
	fmt.Println(chain)
	fmt.Println(errors.Is(chain, Timeout{}))
	for u := chain; u != nil; u = errors.Unwrap(u) {
		fmt.Printf("%T\n", u)
	}
}

// Output:
// outer: inner: status 404
// true true false
// true 404
// false
// true
// level2: level1: level0: timeout
// true
// main.wrapper
// main.wrapper
// main.wrapper
// main.Timeout
