package main

import "fmt"

func fill(m map[int]int) {
	for i := 0; i < 3; i++ {
		m[i] = i * 10
	}
}

func reset(m map[int]int) {
	m = map[int]int{99: 99}
	_ = m
}

func main() {
	m := map[int]int{}
	fill(m)
	fmt.Println(m)
	reset(m)
	fmt.Println(m)
	m2 := m
	m2[5] = 50
	fmt.Println(len(m), m[5])
	var nilmap map[string]bool
	fmt.Println(nilmap["x"], len(nilmap))
	type Set map[string]struct{}
	s := Set{}
	s["a"] = struct{}{}
	s["b"] = struct{}{}
	s["a"] = struct{}{}
	_, has := s["a"]
	_, hasc := s["c"]
	fmt.Println(len(s), has, hasc)
	fmt.Println(s)
	inv := map[string]int{"a": 1, "b": 2, "c": 3}
	rev := make(map[int]string, len(inv))
	for k, v := range inv {
		rev[v] = k
	}
	fmt.Println(rev)
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	fmt.Println(fib(90), len(memo))
}

// Output:
// map[0:0 1:10 2:20]
// map[0:0 1:10 2:20]
// 4 50
// false 0
// 2 true false
// map[a:{} b:{}]
// map[1:a 2:b 3:c]
// 2880067194370816120 89
