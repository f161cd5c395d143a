package main

import "fmt"

func f() (x int) {
	defer func() { recover(); x = 5 }()
	var p *struct{ a [10]int }
	return p.a[3]
}

type E struct{}

func (E) Error() string { return "E" }

func g() error {
	var e *E
	if e == nil {
		return nil
	}
	return e
}

func main() {
	fmt.Println(f(), g() == nil)
	x := []int{1, 2, 3}
	y := x[:0]
	for _, v := range x {
		if v != 2 {
			y = append(y, v)
		}
	}
	fmt.Println(x, y)
	var a [3]int
	b := a[:]
	c := &a
	c[1] = 5
	fmt.Println(b, a == *c)
	s := "abc"
	for i := range s {
		s = "xyz"
		fmt.Print(i)
	}
	fmt.Println(s)
	type T struct {
		a int
		b [2]string
	}
	m := map[T]int{}
	m[T{1, [2]string{"a", "b"}}] = 1
	fmt.Println(m[T{1, [2]string{"a", "b"}}])
	var i8 int8 = 127
	i8 += 1
	var u uint = 3
	fmt.Println(i8, -u, u-4)
	const big = 1 << 62
	fmt.Println(uint64(big*2-1+big*2))
}

// Output:
// 5 true
// [1 3 3] [1 3]
// [0 5 0] true
// 012xyz
// 1
// -128 18446744073709551613 18446744073709551615
// 18446744073709551615
