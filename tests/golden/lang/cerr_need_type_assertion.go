package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var x interface{} = 5
	x.Foo()
	var n int = x
	m := map[string]interface{}{}
	var k int = m["a"]
	var e interface{ M() }
	var q int = e
	var sh Shape = Sq{1}
	var sq Sq = sh
	fmt.Println(x, n, k, q, sq)
}

// Error:
// ./cerr_need_type_assertion.go:13:4: x.Foo undefined (type interface{} has no field or method Foo)
// ./cerr_need_type_assertion.go:14:14: cannot use x (variable of type interface{}) as int value in variable declaration: need type assertion
// ./cerr_need_type_assertion.go:16:14: cannot use m["a"] (map index expression of type interface{}) as int value in variable declaration: need type assertion
// ./cerr_need_type_assertion.go:18:14: cannot use e (variable of type interface{M()}) as int value in variable declaration
// ./cerr_need_type_assertion.go:20:14: cannot use sh (variable of interface type Shape) as Sq value in variable declaration: need type assertion
