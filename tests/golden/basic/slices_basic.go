package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	s := make([]int, 5)
	for i := range s {
		s[i] = i * i
	}
	fmt.Println(s, len(s), cap(s), sum(s))
	s = append(s, 100, 200)
	fmt.Println(s, len(s))
	var t []int
	fmt.Println(t == nil, len(t))
	for i := 0; i < 10; i++ {
		t = append(t, i)
	}
	fmt.Println(t, len(t))
	b := make([]bool, 3)
	b[1] = true
	fmt.Println(b)
	f := []float64{1.5, 2.5}
	f = append(f, 3.5)
	fmt.Println(f)
	u := make([]uint8, 2, 10)
	fmt.Println(u, len(u), cap(u))
	sub := s[1:4]
	sub[0] = -1
	fmt.Println(sub, s[1])
	c := make([]int, 3)
	n := copy(c, s)
	fmt.Println(n, c)
	fmt.Printf("%v %d\n", s[:2], s[2:3])
}

// Output:
// [0 1 4 9 16] 5 5 30
// [0 1 4 9 16 100 200] 7
// true 0
// [0 1 2 3 4 5 6 7 8 9] 10
// [false true false]
// [1.5 2.5 3.5]
// [0 0] 2 10
// [-1 4 9] -1
// 3 [0 -1 4]
// [0 -1] [4]
