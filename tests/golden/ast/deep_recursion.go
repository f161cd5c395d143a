// Guest recursion 100 000 calls deep, with multi-word arguments and
// results, and a deferred call in every frame of a shallower chain.
package main

import "fmt"

type pair struct {
	s string
	n int
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func walk(n int, acc pair) pair {
	if n == 0 {
		return acc
	}
	return walk(n-1, pair{acc.s, acc.n + n})
}

func deferred(n int, out *int) {
	defer func() { *out += 1 }()
	if n > 0 {
		deferred(n-1, out)
	}
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(walk(100000, pair{"sum", 0}))
	c := 0
	deferred(10000, &c)
	fmt.Println(c)
}

// Output:
// 100000
// {sum 5000050000}
// 10001
