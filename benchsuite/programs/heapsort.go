// heapsort: heap sort of n ints from a deterministic linear congruential
// generator; prints a checksum. Measures integer work and slice indexing.
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func siftDown(a []int, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && a[child] < a[child+1] {
			child++
		}
		if a[root] >= a[child] {
			return
		}
		a[root], a[child] = a[child], a[root]
		root = child
	}
}

func heapsort(a []int) {
	n := len(a)
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(a, i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	a := make([]int, n)
	seed := 42
	for i := range a {
		seed = (seed*1103515245 + 12345) % 2147483648
		a[i] = seed % 1000000
	}
	heapsort(a)
	sorted := true
	sum := 0
	for i := 0; i < n; i++ {
		if i > 0 && a[i-1] > a[i] {
			sorted = false
		}
		sum = (sum + a[i]*(i%1000+1)) % 1000000007
	}
	fmt.Printf("heapsort %d: sorted=%t checksum %d min %d max %d\n", n, sorted, sum, a[0], a[n-1])
}
