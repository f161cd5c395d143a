package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	*p = 2
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q, *r, q == r)
	n := new(int)
	fmt.Println(*n)
	*n += 7
	fmt.Println(*n)
	pp := &p
	**pp = 10
	fmt.Println(x)
	var np *int
	fmt.Println(np == nil)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	for i := range ap {
		ap[i] *= 2
	}
	fmt.Println(arr)
	ep := &arr[2]
	*ep = 0
	fmt.Println(arr)
	s := []int{1, 2, 3}
	sp := &s[0]
	*sp = 100
	fmt.Println(s)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for c := head; c != nil; c = c.Next {
		fmt.Print(c.Val, " ")
	}
	fmt.Println()
	type T struct{ A, B int }
	t := T{1, 2}
	bp := &t.B
	*bp = 50
	fmt.Println(t)
	ps := new(T)
	ps.A = 3
	fmt.Println(*ps)
	sl := new([]int)
	*sl = append(*sl, 1)
	fmt.Println(*sl, len(*sl))
}

// Output:
// 4 4 true
// 5 5 false
// 0
// 7
// 10
// true
// [1 20 3] 3
// [2 40 6]
// [2 40 0]
// [100 2 3]
// 1 2 3 
// {1 50}
// {3 0}
// [1] 1
