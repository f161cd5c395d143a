package main

import "fmt"

const (
	A = iota
	B
	C
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	x0, y0 = iota, iota * 10
	x1, y1
	x2, y2
)

const (
	p = iota * 2
	q
	r = "str"
	s
	t = iota
)

const (
	f0 = 1 << iota
	f1
	_
	f3
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

func main() {
	fmt.Println(A, B, C)
	fmt.Println(KB, MB, GB)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(int(Tuesday))
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Println(p, q, r, s, t)
	fmt.Println(f0, f1, f3)
	const (
		z = iota + 100
		zz
	)
	fmt.Println(z, zz)
	fmt.Printf("%v %d %T\n", Monday, Monday, Monday)
}

// Output:
// 0 1 2
// 1024 1048576 1073741824
// Sun Mon Tue
// 2
// 0 0 1 10 2 20
// 0 2 str str 4
// 1 2 8
// 100 101
// Mon 1 main.Weekday
