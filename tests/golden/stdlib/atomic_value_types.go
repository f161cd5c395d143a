// atomic.Value panics, as gc's does, when a Store, Swap or CompareAndSwap
// would change the dynamic type of the value it holds.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	try("store int", func() { v.Store(1) })
	try("store int again", func() { v.Store(2) })
	try("store string", func() { v.Store("s") })
	try("swap string", func() { v.Swap("s") })
	try("swap int", func() { fmt.Println("old", v.Swap(3)) })
	try("cas int", func() { fmt.Println(v.CompareAndSwap(3, 4), v.CompareAndSwap(3, 5), v.Load()) })
	try("cas mixed", func() { v.CompareAndSwap(4, "x") })
	try("cas wrong type", func() { v.CompareAndSwap("a", "b") })
	try("cas nil new", func() { v.CompareAndSwap(4, nil) })
	var w atomic.Value
	try("cas empty", func() { fmt.Println(w.CompareAndSwap(1, 2), w.CompareAndSwap(nil, 2), w.Load()) })
	var c atomic.Value
	c.Store(&config{"a", 1})
	try("ptr", func() { c.Store(&config{"b", 2}); fmt.Println(c.Load().(*config).name) })
	try("ptr vs value", func() { c.Store(config{"c", 3}) })
	var e atomic.Value
	try("store error types", func() { e.Store(fmt.Errorf("x")); e.Store(fmt.Errorf("y: %w", fmt.Errorf("z"))) })
	var s atomic.Value
	try("uncomparable", func() { s.Store([]int{1}); s.CompareAndSwap([]int{1}, []int{2}) })
}

// Output:
// <nil>
// store int ok
// store int again ok
// store string panic: sync/atomic: store of inconsistently typed value into Value
// swap string panic: sync/atomic: swap of inconsistently typed value into Value
// old 2
// swap int ok
// true false 4
// cas int ok
// cas mixed panic: sync/atomic: compare and swap of inconsistently typed values
// cas wrong type panic: sync/atomic: compare and swap of inconsistently typed value into Value
// cas nil new panic: sync/atomic: compare and swap of nil value into Value
// false true 2
// cas empty ok
// b
// ptr ok
// ptr vs value panic: sync/atomic: store of inconsistently typed value into Value
// store error types panic: sync/atomic: store of inconsistently typed value into Value
// uncomparable panic: runtime error: comparing uncomparable type []int
