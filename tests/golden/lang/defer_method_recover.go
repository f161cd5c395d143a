package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

type failure struct{ err error }

func (t *T) catch(err *error, op string) {
	r := recover()
	if r == nil {
		return
	}
	if f, ok := r.(failure); ok {
		*err = fmt.Errorf("%s %s: %w", t.name, op, f.err)
		return
	}
	panic("unexpected " + fmt.Sprint(r))
}

func (t T) catchValue(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("value receiver: %v", r)
	}
}

func (t *T) catchNoArgs() {
	if r := recover(); r != nil {
		fmt.Println("no args:", r)
	}
}

func (t *T) notDirect(err *error) {
	// recover is not called directly by the deferred function here.
	func() {
		if r := recover(); r != nil {
			*err = errors.New("wrongly recovered")
		}
	}()
}

func (t *T) work(fail bool) (err error) {
	defer t.catch(&err, "work")
	if fail {
		panic(failure{errors.New("boom")})
	}
	return nil
}

func valueRecv() (err error) {
	var t T
	defer t.catchValue(&err)
	panic("v")
}

func noArgs() {
	t := &T{}
	defer t.catchNoArgs()
	panic("n")
}

func nested() (err error) {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r, err)
	}()
	t := &T{}
	defer t.notDirect(&err)
	panic("still panicking")
}

func main() {
	t := &T{name: "t1"}
	fmt.Println(t.work(false))
	err := t.work(true)
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(valueRecv())
	noArgs()
	fmt.Println(nested())
}

// Output:
// <nil>
// t1 work: boom boom
// value receiver: v
// no args: n
// outer recovered: still panicking <nil>
// <nil>
