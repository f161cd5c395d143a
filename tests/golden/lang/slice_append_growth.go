package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c)
	fmt.Println(&b[0] == &c[0])
	d := append(b, 5)
	d[0] = 77
	fmt.Println(b, d, len(d), cap(d) >= 5)
	x := []int{1, 2, 3}
	y := append(x[:1], 10)
	fmt.Println(x, y)
	z := append(x[:1:1], 20)
	fmt.Println(x, z)
	w := append([]int(nil), x...)
	w[0] = -1
	fmt.Println(x, w)
	v := append(x, x...)
	fmt.Println(v)
	u := append(x[:2], x[1:]...)
	fmt.Println(u)
	var strs []string
	strs = append(strs, "a", "b", "c")
	strs = append(strs)
	fmt.Println(strs, len(strs))
	bs := make([]byte, 0)
	bs = append(bs, "hello"...)
	fmt.Println(string(bs))
	big := make([]int, 0, 1)
	for i := 0; i < 1000; i++ {
		big = append(big, i)
	}
	fmt.Println(len(big), big[999], cap(big) >= 1000)
}

// Output:
// len 1 cap 4
// len 5 cap 8
// len 9 cap 16
// len 17 cap 32
// [0 0 0] [0 0 0 2] [0 0 0 2]
// true
// [0 0 0 2] [77 0 0 2 5] 5 true
// [1 10 3] [1 10]
// [1 10 3] [1 20]
// [1 10 3] [-1 10 3]
// [1 10 3 1 10 3]
// [1 10 10 3]
// [a b c] 3
// hello
// 1000 999 true
