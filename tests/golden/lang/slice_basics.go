package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	s = append(s, 1)
	fmt.Println(s == nil, len(s), s)
	e := []int{}
	fmt.Println(e == nil, len(e), e)
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	m2 := make([]string, 2)
	fmt.Printf("%q %d\n", m2, cap(m2))
	a := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	fmt.Println(a[2:5], len(a[2:5]), cap(a[2:5]))
	fmt.Println(a[:0], cap(a[:0]), a[8:], cap(a[8:]))
	b := a[2:5]
	b = b[:cap(b)]
	fmt.Println(b, len(b))
	b[0] = 100
	fmt.Println(a[2])
	c := a[1:3:4]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 50)
	fmt.Println(a[3], c)
	c = append(c, 60)
	c[0] = -1
	fmt.Println(a[1], c)
	var n []int
	fmt.Println(n[:], n[0:0] == nil, len(n[:0]))
	for i, v := range []string{"x", "y"} {
		fmt.Println(i, v)
	}
	ss := [][]int{{1}, {2, 3}, {}}
	fmt.Println(ss, len(ss[2]))
	fmt.Println(a[len(a):], a[:len(a)][9])
}

// Output:
// true 0 0 []
// false 1 [1]
// false 0 []
// [0 0 0] 3 10
// ["" ""] 2
// [2 3 4] 3 8
// [] 10 [8 9] 2
// [2 3 4 5 6 7 8 9] 8
// 100
// [1 100] 2 3
// 50 [1 100 50]
// 1 [-1 100 50 60]
// [] true 0
// 0 x
// 1 y
// [[1] [2 3] []] 0
// [] 9
