package main

import "fmt"

type I interface{ M() int }
type A struct{ v int }

func (a A) M() int { return a.v }

type B struct{ *A }

func main() {
	var i I = B{&A{3}}
	fmt.Println(i.M())
	var arr [3]I
	arr[0] = A{1}
	fmt.Println(arr[0].M(), arr[1] == nil)
	m := map[string]I{"a": A{2}}
	fmt.Println(m["a"].M(), m["b"] == nil)
	f := I.M
	fmt.Println(f(A{9}))
	var j interface{} = i
	if k, ok := j.(I); ok {
		fmt.Println("I", k.M())
	}
	switch v := j.(type) {
	case B:
		fmt.Println("B", v.v)
	}
	type Named I
	var n Named = A{4}
	fmt.Println(n.M())
	var e error
	var ei interface{} = e
	fmt.Println(ei == nil)
	ii := []interface{}{1, 1.0, "1", '1', int8(1), nil}
	for _, x := range ii {
		fmt.Printf("%v:%T ", x, x)
	}
	fmt.Println()
	fmt.Println(ii[0] == ii[1], ii[0] == 1, ii[3] == '1', ii[4] == 1)
}

// Output:
// 3
// 1 true
// 2 true
// 9
// I 3
// B 3
// 4
// true
// 1:int 1:float64 1:string 49:int32 1:int8 <nil>:<nil> 
// false true true false
