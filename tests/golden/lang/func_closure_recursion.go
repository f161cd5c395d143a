package main

import "fmt"

func main() {
	var walk func(n int, path string)
	results := []string{}
	walk = func(n int, path string) {
		if n == 0 {
			results = append(results, path)
			return
		}
		walk(n-1, path+"L")
		walk(n-1, path+"R")
	}
	walk(3, "")
	fmt.Println(results)
	memo := map[[2]int]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		v := paths(r-1, c) + paths(r, c-1)
		memo[k] = v
		return v
	}
	fmt.Println(paths(10, 10), paths(16, 16))
	var gcd func(a, b int) int
	gcd = func(a, b int) int {
		if b == 0 {
			return a
		}
		return gcd(b, a%b)
	}
	fmt.Println(gcd(1071, 462), gcd(17, 5))
	type node struct {
		v    int
		kids []*node
	}
	tree := &node{1, []*node{{2, []*node{{4, nil}}}, {3, nil}}}
	var sum func(*node) int
	sum = func(n *node) int {
		s := n.v
		for _, k := range n.kids {
			s += sum(k)
		}
		return s
	}
	fmt.Println(sum(tree))
	var countdown func(int) []int
	countdown = func(n int) []int {
		if n < 0 {
			return nil
		}
		return append([]int{n}, countdown(n-1)...)
	}
	fmt.Println(countdown(5))
}

// Output:
// [LLL LLR LRL LRR RLL RLR RRL RRR]
// 184756 601080390
// 21 1
// 10
// [5 4 3 2 1 0]
