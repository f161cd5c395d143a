package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	dst2 := make([]int, 10)
	n = copy(dst2, src)
	fmt.Println(n, dst2)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	var nilS []int
	fmt.Println(copy(nilS, src), copy(src, nilS))
	b := make([]byte, 4)
	fmt.Println(copy(b, "héllo"), b)
	type T struct{ A, B int }
	ts := []T{{1, 2}, {3, 4}}
	ts2 := make([]T, 2)
	copy(ts2, ts)
	ts2[0].A = 100
	fmt.Println(ts, ts2)
	strs := []string{"a", "b", "c"}
	copy(strs[1:], strs)
	fmt.Println(strs)
	clone := func(xs []int) []int {
		out := make([]int, len(xs))
		copy(out, xs)
		return out
	}
	orig := []int{9, 8, 7}
	c := clone(orig)
	orig[0] = 0
	fmt.Println(orig, c)
}

// Output:
// 3 [1 2 3]
// 5 [1 2 3 4 5 0 0 0 0 0]
// 6 [0 1 0 1 2 3 4 5]
// 5 [3 4 5 6 7 5 6 7]
// 0 0
// 4 [104 195 169 108]
// [{1 2} {3 4}] [{100 2} {3 4}]
// [a a b]
// [0 8 7] [9 8 7]
