package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type I interface{ M() string }
type T struct{}

func (t *T) M() string {
	if t == nil {
		return "nil receiver ok"
	}
	return "T"
}

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e != nil)
	fmt.Println(e.Error())
	fmt.Printf("%T\n", e)
	e2 := correct(false)
	fmt.Println(e2 == nil)
	fmt.Printf("%T %v\n", e2, e2)
	var i I
	fmt.Println(i == nil)
	var tp *T
	i = tp
	fmt.Println(i == nil, i.M())
	var x interface{} = (*int)(nil)
	fmt.Println(x == nil, x == (*int)(nil))
	var y interface{}
	fmt.Println(y == nil)
	y = nil
	fmt.Println(y == nil)
	var s []int
	var z interface{} = s
	fmt.Println(z == nil, s == nil)
	var m map[string]int
	z = m
	fmt.Println(z == nil)
	if err := mayFail(true); err != nil {
		fmt.Println("error:", err)
	}
}

// Output:
// false true
// nil MyErr
// *main.MyErr
// true
// <nil> <nil>
// true
// false nil receiver ok
// false true
// true
// true
// false true
// false
// error: failed
