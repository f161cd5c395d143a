package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 200
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{200, 2, 3}, a != b)
	var z [5]int
	fmt.Println(z, len(z), cap(z))
	d := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	f := [...]int{4: 1, 2, 1: 7}
	fmt.Println(len(f), f)
	for i, v := range a {
		a[2] = 999
		fmt.Println(i, v)
	}
	fmt.Println(a)
	p := &a
	for i, v := range p {
		p[2] = 555
		fmt.Println(i, v)
	}
	arrs := [][2]int{{1, 2}, {3, 4}}
	cp := arrs[0]
	cp[0] = 99
	fmt.Println(arrs, cp)
	var bools [3]bool
	bools[1] = true
	fmt.Println(bools)
}

// Output:
// [1 2 3] [1 20 3]
// [1 2 3] [100 2 3]
// [200 2 3]
// true true
// [0 0 0 0 0] 5 5
// 4 [x y z w]
// [0 10 0 30 0]
// 6 [0 7 0 0 1 2]
// 0 200
// 1 2
// 2 3
// [200 2 999]
// 0 200
// 1 2
// 2 555
// [[1 2] [3 4]] [99 2]
// [false true false]
