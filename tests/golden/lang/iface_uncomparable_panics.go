package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface {
	Close() error
	Read() string
}
type RC interface {
	Reader
	Closer
}

type F struct{}

func (F) Read() string  { return "read" }
func (F) Close() error  { return nil }

type PInt *int

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name, "->", e.Error())
		} else {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	var rc RC = F{}
	fmt.Println(rc.Read(), rc.Close())
	x := 5
	var p PInt = &x
	q := (*int)(p)
	*q = 6
	fmt.Println(x)
	var i1 interface{} = 1 << 10
	var i2 interface{} = 1.0
	var i3 interface{} = 'a'
	var i4 interface{} = 2i
	fmt.Printf("%T %T %T %T\n", i1, i2, i3, i4)
	try("cmp slices", func() {
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("map key slice", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try("cmp maps in struct", func() {
		type S struct{ v interface{} }
		fmt.Println(S{map[int]int{}} == S{map[int]int{}})
	})
	try("cmp funcs", func() {
		var a, b interface{} = func() {}, func() {}
		fmt.Println(a == b)
	})
	try("cmp different types ok", func() {
		var a, b interface{} = []int{1}, 1
		fmt.Println(a == b)
	})
	try("array of iface", func() {
		a := [1]interface{}{[]int{}}
		b := [1]interface{}{[]int{}}
		fmt.Println(a == b)
	})
	try("map lookup unhashable", func() {
		m := map[interface{}]int{1: 1}
		_, ok := m[[]string{}]
		fmt.Println(ok)
	})
}

// Output:
// read <nil>
// 6
// int float64 int32 complex128
// cmp slices -> runtime error: comparing uncomparable type []int
// map key slice -> runtime error: hash of unhashable type []int
// cmp maps in struct -> runtime error: comparing uncomparable type map[int]int
// cmp funcs -> runtime error: comparing uncomparable type func()
// false
// cmp different types ok -> <nil>
// array of iface -> runtime error: comparing uncomparable type []int
// map lookup unhashable -> runtime error: hash of unhashable type []string
