package main

import "fmt"

type rng struct{ s uint64 }

func (r *rng) next() int {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return int(r.s % 1000)
}

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	l, r := mergesort(a[:len(a)/2]), mergesort(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func heapsort(a []int) {
	n := len(a)
	sift := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && a[c+1] > a[c] {
				c++
			}
			if a[i] >= a[c] {
				return
			}
			a[i], a[c] = a[c], a[i]
			i = c
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func countingSort(a []int, maxv int) []int {
	counts := make([]int, maxv+1)
	for _, v := range a {
		counts[v]++
	}
	out := make([]int, 0, len(a))
	for v, c := range counts {
		for ; c > 0; c-- {
			out = append(out, v)
		}
	}
	return out
}

func isSorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i] < a[i-1] {
			return false
		}
	}
	return true
}

func bsearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func main() {
	r := &rng{88172645463325252}
	data := make([]int, 2000)
	for i := range data {
		data[i] = r.next()
	}
	fmt.Println(data[:10])
	q := append([]int(nil), data...)
	quicksort(q)
	m := mergesort(append([]int(nil), data...))
	h := append([]int(nil), data...)
	heapsort(h)
	c := countingSort(data, 999)
	fmt.Println(isSorted(q), isSorted(m), isSorted(h), isSorted(c), isSorted(data))
	same := true
	for i := range q {
		if q[i] != m[i] || m[i] != h[i] || h[i] != c[i] {
			same = false
		}
	}
	fmt.Println(same, q[:10], q[1990:])
	for _, x := range []int{-1, 0, 500, 999, 1000} {
		i := bsearch(q, x)
		fmt.Print(x, "->", i, " ")
	}
	fmt.Println()
	strs := []string{"delta", "alpha", "charlie", "bravo", "echo", "alpha"}
	for i := 1; i < len(strs); i++ {
		for j := i; j > 0 && strs[j] < strs[j-1]; j-- {
			strs[j], strs[j-1] = strs[j-1], strs[j]
		}
	}
	fmt.Println(strs)
}

// Output:
// [512 515 312 853 306 749 201 903 606 545]
// true true true true false
// true [0 0 1 1 1 2 2 2 3 4] [997 997 997 998 998 998 999 999 999 999]
// -1->0 0->0 500->953 999->1996 1000->2000 
// [alpha alpha bravo charlie delta echo]
