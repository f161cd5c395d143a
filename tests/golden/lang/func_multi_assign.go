package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 2, 99
	fmt.Println(i, s)
	j := 1
	s[j], j = 55, 0
	fmt.Println(j, s)
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
	n, str := pair()
	fmt.Println(n, str)
	var p struct{ A, B int }
	p.A, p.B = 5, p.A
	fmt.Println(p)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	k := 0
	arr := [3]int{}
	k, arr[k] = 1, k+100
	fmt.Println(k, arr)
	f1, f2 := 1.5, 2.5
	f1, f2 = f1+f2, f1*f2
	fmt.Println(f1, f2)
	_, second := pair()
	fmt.Println(second)
	q, r := 17/5, 17%5
	fmt.Println(q, r)
	var u, v = "u", 3
	fmt.Println(u, v)
	ptr := &a
	*ptr, a = 100, 200
	fmt.Println(a)
	fib := [10]int{0, 1}
	for i := 2; i < 10; i++ {
		fib[i] = fib[i-1] + fib[i-2]
	}
	fmt.Println(fib)
	c, d := 0, 1
	for i := 0; i < 10; i++ {
		c, d = d, c+d
	}
	fmt.Println(c, d)
}

// Output:
// 2 1
// 3 1 2
// 2 [99 20 30]
// 0 [99 55 30]
// [30 99 55]
// 7 seven
// {5 0}
// map[a:1 b:2]
// 1 [100 0 0]
// 4 3.75
// seven
// 3 2
// u 3
// 200
// [0 1 1 2 3 5 8 13 21 34]
// 55 89
