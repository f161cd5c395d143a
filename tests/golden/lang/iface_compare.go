package main

import "fmt"

type P struct{ X, Y int }
type Q struct{ X, Y int }

func main() {
	var a, b interface{}
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	a, b = P{1, 2}, Q{1, 2}
	fmt.Println(a == b)
	x, y := 1, 1
	a, b = &x, &y
	fmt.Println(a == b)
	a, b = &x, &x
	fmt.Println(a == b)
	a = 1.5
	fmt.Println(a == 1.5, a == 1)
	a = nil
	fmt.Println(a == nil)
	var e1 error = fmt.Errorf("x")
	var e2 error = fmt.Errorf("x")
	fmt.Println(e1 == e2, e1 == e1)
	var i interface{} = 5
	fmt.Println(i == 5, i != 6, 5 == i)
	var s fmt.Stringer
	var e interface{} = s
	fmt.Println(e == nil)
	arr1 := [2]interface{}{1, "a"}
	arr2 := [2]interface{}{1, "a"}
	fmt.Println(arr1 == arr2)
	type S struct{ V interface{} }
	fmt.Println(S{1} == S{1}, S{1} == S{"1"})
	m := map[interface{}]int{P{1, 2}: 1}
	fmt.Println(m[P{1, 2}], m[Q{1, 2}])
}

// Output:
// true
// true
// false
// true
// true
// false
// false
// true
// true false
// true
// false true
// true true true
// true
// true
// true false
// 1 0
