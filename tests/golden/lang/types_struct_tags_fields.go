package main

import "fmt"

type Inner struct {
	A int
	b string
}

type Outer struct {
	Inner
	P      *Inner
	List   []Inner
	Map    map[string]Inner
	Fn     func() int
	Iface  interface{}
	Arr    [2]Inner
	Tagged int `json:"tagged"`
}

func main() {
	o := Outer{
		Inner: Inner{1, "x"},
		P:     &Inner{2, "y"},
		List:  []Inner{{3, "z"}},
		Map:   map[string]Inner{"k": {4, "w"}},
		Fn:    func() int { return 5 },
		Iface: Inner{6, "v"},
	}
	o.Arr[1].A = 7
	fmt.Println(o.A, o.b, o.P.A, o.List[0].A, o.Map["k"].A, o.Fn(), o.Iface.(Inner).A, o.Arr[1].A)
	fmt.Println(o.Inner, o.List, o.Map, o.Arr, o.Tagged)
	fmt.Printf("%+v\n", o.Inner)
	fmt.Printf("%v\n", o.Iface)
	o2 := o
	o2.P.A = 200
	o2.List[0].A = 300
	o2.Inner.A = 100
	fmt.Println(o.P.A, o.List[0].A, o.A)
	var zero Outer
	fmt.Println(zero.P == nil, zero.List == nil, zero.Map == nil, zero.Fn == nil, zero.Iface == nil)
	fmt.Printf("%+v\n", zero.Arr)
}

// Output:
// 1 x 2 3 4 5 6 7
// {1 x} [{3 z}] map[k:{4 w}] [{0 } {7 }] 0
// {A:1 b:x}
// {6 v}
// 200 300 1
// true true true true true
// [{A:0 b:} {A:0 b:}]
