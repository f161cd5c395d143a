// Deferred calls: argument evaluation at defer time, named results changed
// by deferred closures, recover returning through the result cells, panics
// replaced in deferred calls, deferred builtins and method values.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Acc struct{ n int }

func (a *Acc) Add(k int) { a.n += k }
func (a Acc) Show(tag string) { fmt.Println(tag, a.n) }

func named() (x int, s string) {
	defer func() { x *= 2; s += "!" }()
	x, s = 21, "hi"
	return
}

func explicit() (x int) {
	defer func() { x++ }()
	return 41
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func argsNow() {
	a := &Acc{}
	for i := 1; i <= 3; i++ {
		defer a.Add(i)
		defer fmt.Println("deferred", i, a.n)
	}
	defer a.Show("show")
	a.Add(10)
}

func replaced() (msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func builtins() {
	m := map[string]int{"a": 1, "b": 2}
	defer fmt.Println(len(m))
	defer delete(m, "a")
	defer println("to stderr")
	s := []int{1, 2, 3}
	defer fmt.Println(s)
	defer copy(s, []int{9, 9})
}

func nested() (r interface{}) {
	defer func() {
		r = recover()
	}()
	func() {
		defer func() {
			// Not called directly by a deferred function: nil.
			helper := func() interface{} { return recover() }
			fmt.Println("helper:", helper())
		}()
		panic(errors.New("boom"))
	}()
	return "unreached"
}

func loopDefers() (out []int) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func main() {
	fmt.Println(named())
	fmt.Println(explicit())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	argsNow()
	fmt.Println(replaced())
	builtins()
	fmt.Println(nested())
	fmt.Println(loopDefers())
	defer fmt.Println("not printed: os.Exit skips deferred calls")
	os.Exit(3)
}

// Exit: 3
// Stderr:
// to stderr
// Output:
// 42 hi!
// 42
// 3 <nil>
// -1 recovered: runtime error: integer divide by zero
// show 0
// deferred 3 0
// deferred 2 0
// deferred 1 0
// second
// [9 9 3]
// 2
// helper: <nil>
// boom
// [2 1 0]
