package main

import "fmt"

type Stringer interface{ String() string }

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

type U struct{}

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	i = T{7}
	st, ok := i.(Stringer)
	fmt.Println(st, ok)
	t := i.(T)
	fmt.Println(t.n)
	_, ok = i.(*T)
	fmt.Println(ok)
	i = &T{8}
	pt, ok := i.(*T)
	fmt.Println(pt.n, ok)
	st, ok = i.(Stringer)
	fmt.Println(st.String(), ok)
	i = U{}
	st, ok = i.(Stringer)
	fmt.Println(st == nil, ok)
	var e interface{}
	_, ok = e.(int)
	fmt.Println(ok)
	_, ok = e.(interface{})
	fmt.Println(ok)
	type MyInt int
	i = MyInt(3)
	_, ok = i.(int)
	mi, ok2 := i.(MyInt)
	fmt.Println(ok, mi, ok2)
	var x interface{} = []int{1, 2}
	if sl, ok := x.([]int); ok {
		fmt.Println(len(sl), sl)
	}
	var fn interface{} = func(a int) int { return a * 2 }
	if g, ok := fn.(func(int) int); ok {
		fmt.Println(g(21))
	}
	var st2 Stringer = T{1}
	var any2 interface{} = st2
	fmt.Println(any2.(T).n)
}

// Output:
// 42 true
// "" false
// 0 false
// T7 true
// 7
// false
// 8 true
// T8 true
// true false
// false
// false
// false 3 true
// 2 [1 2]
// 42
// 1
