package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v | %s\n", name, r, err.Error())
		} else {
			fmt.Printf("%s: non-error %v\n", name, r)
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { j := -1; _ = s[j] })
	try("slice hi", func() { _ = s[1:i] })
	try("slice lo>hi", func() { lo := 3; hi := 2; _ = s[lo:hi] })
	try("slice cap", func() { _ = s[:2:i] })
	try("string index", func() { str := "abc"; _ = str[i] })
	try("string slice", func() { str := "abc"; _ = str[i:] })
	z := 0
	try("div zero", func() { _ = 10 / z })
	try("mod zero", func() { _ = 10 % z })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var p *T
	try("nil ptr", func() { _ = p.x })
	var iface interface{} = "str"
	try("assert", func() { _ = iface.(int) })
	var e interface{}
	try("assert nil", func() { _ = e.(string) })
	try("assert iface", func() { _ = iface.(fmt.Stringer) })
	arr := [3]int{}
	try("array idx", func() { _ = arr[i%8] })
	try("make neg", func() { n := -1; _ = make([]int, n) })
	var fn func()
	try("nil func", func() { fn() })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 1)) })
	try("conversion", func() { _ = [2]int(s) })
	fmt.Println("survived")
}

// Output:
// index: runtime error: index out of range [5] with length 3 | runtime error: index out of range [5] with length 3
// neg index: runtime error: index out of range [-1] | runtime error: index out of range [-1]
// slice hi: runtime error: slice bounds out of range [:5] with capacity 3 | runtime error: slice bounds out of range [:5] with capacity 3
// slice lo>hi: runtime error: slice bounds out of range [3:2] | runtime error: slice bounds out of range [3:2]
// slice cap: runtime error: slice bounds out of range [::5] with capacity 3 | runtime error: slice bounds out of range [::5] with capacity 3
// string index: runtime error: index out of range [5] with length 3 | runtime error: index out of range [5] with length 3
// string slice: runtime error: slice bounds out of range [5:3] | runtime error: slice bounds out of range [5:3]
// div zero: runtime error: integer divide by zero | runtime error: integer divide by zero
// mod zero: runtime error: integer divide by zero | runtime error: integer divide by zero
// nil map: assignment to entry in nil map | assignment to entry in nil map
// nil ptr: runtime error: invalid memory address or nil pointer dereference | runtime error: invalid memory address or nil pointer dereference
// assert: interface conversion: interface {} is string, not int | interface conversion: interface {} is string, not int
// assert nil: interface conversion: interface {} is nil, not string | interface conversion: interface {} is nil, not string
// assert iface: interface conversion: string is not fmt.Stringer: missing method String | interface conversion: string is not fmt.Stringer: missing method String
// array idx: runtime error: index out of range [5] with length 3 | runtime error: index out of range [5] with length 3
// make neg: runtime error: makeslice: len out of range | runtime error: makeslice: len out of range
// nil func: runtime error: invalid memory address or nil pointer dereference | runtime error: invalid memory address or nil pointer dereference
// custom: non-error custom 1
// conversion: non-error <nil>
// survived
