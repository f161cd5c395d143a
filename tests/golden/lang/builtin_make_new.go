package main

import "fmt"

type T struct {
	A int
	B []string
}

func main() {
	p := new(T)
	fmt.Println(*p, p.B == nil)
	p.B = make([]string, 2)
	p.B[1] = "x"
	fmt.Printf("%q\n", p.B)
	ip := new(int)
	*ip = 5
	jp := ip
	*jp++
	fmt.Println(*ip)
	sp := new(string)
	fmt.Printf("%q\n", *sp)
	ap := new([3]int)
	ap[0] = 1
	fmt.Println(*ap)
	mp := new(map[string]int)
	fmt.Println(*mp == nil)
	*mp = make(map[string]int)
	(*mp)["k"] = 1
	fmt.Println(*mp)
	s := make([]int, 5)
	fmt.Println(s)
	s2 := make([]float64, 0, 3)
	fmt.Println(len(s2), cap(s2))
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1)
	fmt.Println(m)
	var n uint8 = 3
	s3 := make([]byte, n, n*2)
	fmt.Println(len(s3), cap(s3))
	pp := new(*int)
	fmt.Println(*pp == nil)
	*pp = ip
	**pp = 100
	fmt.Println(*ip)
	fp := new(func() int)
	fmt.Println(*fp == nil)
	ifp := new(interface{})
	fmt.Println(*ifp == nil)
	*ifp = 3
	fmt.Println(*ifp)
}

// Output:
// {0 []} true
// ["" "x"]
// 6
// ""
// [1 0 0]
// true
// map[k:1]
// [0 0 0 0 0]
// 0 3
// map[a:[1]]
// 3 6
// true
// 100
// true
// true
// 3
