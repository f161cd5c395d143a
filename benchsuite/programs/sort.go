// sort: hand-written quicksort (median of three, insertion sort below 16
// elements) of n ints from a deterministic LCG; prints a checksum.
// Measures recursion, comparisons and swaps.
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

func insertionSort(a []int, lo, hi int) {
	for i := lo + 1; i <= hi; i++ {
		v := a[i]
		j := i - 1
		for j >= lo && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func quicksort(a []int, lo, hi int) {
	for hi-lo >= 16 {
		mid := lo + (hi-lo)/2
		if a[mid] < a[lo] {
			a[mid], a[lo] = a[lo], a[mid]
		}
		if a[hi] < a[lo] {
			a[hi], a[lo] = a[lo], a[hi]
		}
		if a[hi] < a[mid] {
			a[hi], a[mid] = a[mid], a[hi]
		}
		pivot := a[mid]
		i, j := lo, hi
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		// recurse into the smaller part, loop on the larger one
		if j-lo < hi-i {
			quicksort(a, lo, j)
			lo = i
		} else {
			quicksort(a, i, hi)
			hi = j
		}
	}
	insertionSort(a, lo, hi)
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	a := make([]int, n)
	seed := 7
	for i := range a {
		seed = (seed*6364136223846793005 + 1442695040888963407)
		a[i] = int(uint64(seed)>>33) % 10000000
	}
	quicksort(a, 0, n-1)
	sorted := true
	sum := 0
	for i := 0; i < n; i++ {
		if i > 0 && a[i-1] > a[i] {
			sorted = false
		}
		sum = (sum + a[i]*(i%1000+1)) % 1000000007
	}
	fmt.Printf("sort %d: sorted=%t checksum %d min %d max %d\n", n, sorted, sum, a[0], a[n-1])
}
