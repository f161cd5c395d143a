package main

import "fmt"

type A struct {
	X int `tag:"a"`
	Y string
}

type B struct {
	X int `tag:"b"`
	Y string
}

type Inner struct{ V [2]int }
type Outer struct {
	I  Inner
	S  string
	F  float64
	If interface{}
}

func main() {
	a := A{1, "y"}
	b := B(a)
	fmt.Println(b, A(b) == a)
	o1 := Outer{Inner{[2]int{1, 2}}, "s", 0.5, 3}
	o2 := Outer{Inner{[2]int{1, 2}}, "s", 0.5, 3}
	fmt.Println(o1 == o2)
	o2.I.V[1] = 3
	fmt.Println(o1 == o2)
	o2 = o1
	o2.If = "3"
	fmt.Println(o1 == o2)
	o2.If = 3
	fmt.Println(o1 == o2)
	o2.F = -0.0
	o1.F = 0
	fmt.Println(o1 == o2)
	type Pair struct{ a, b interface{} }
	p1 := Pair{1, nil}
	p2 := Pair{1, nil}
	fmt.Println(p1 == p2)
	m := map[Outer]int{o1: 1}
	fmt.Println(m[o2], len(m))
	arr := [2]A{{1, "a"}, {2, "b"}}
	arr2 := arr
	fmt.Println(arr == arr2)
	arr2[1].Y = "c"
	fmt.Println(arr == arr2, arr, arr2)
}

// Output:
// {1 y} true
// true
// false
// false
// true
// true
// true
// 1 1
// true
// false [{1 a} {2 b}] [{1 a} {2 c}]
