// Code written once as a template and instantiated for each way of
// accessing the data (Interface methods, an index comparison with a typed
// swap, ordered values, a comparison function); keep the copies in step.

package slices

import "cmp"

// insertionSortOrdered sorts [a, b) by insertion; it is stable.
func insertionSortOrdered[E cmp.Ordered](s []E, a, b int) {
	for i := a + 1; i < b; i++ {
		v := s[i]
		j := i
		for j > a && v < s[j-1] {
			s[j] = s[j-1]
			j--
		}
		s[j] = v
	}
}

// quickSortOrdered sorts [lo, hi): introsort, that is quicksort with a
// median-of-three (ninther for long ranges) pivot, insertion sort for short
// ranges, and heapsort once the partitions have been unbalanced limit
// times, which bounds the work by O(n log n).
func quickSortOrdered[E cmp.Ordered](s []E, lo, hi, limit int) {
	for hi-lo > 12 {
		if limit == 0 {
			heapSortOrdered(s, lo, hi)
			return
		}
		limit--
		pivotToFrontOrdered(s, lo, hi)
		p := s[lo] // stays at lo until the partition ends
		// Hoare partition around the pivot at lo. Both scans stop at
		// elements equal to the pivot, which keeps ranges of equal keys
		// balanced.
		i, j := lo+1, hi-1
		for {
			for i <= j && s[i] < p {
				i++
			}
			for i <= j && p < s[j] {
				j--
			}
			if i >= j {
				break
			}
			s[i], s[j] = s[j], s[i]
			i++
			j--
		}
		s[lo], s[j] = s[j], s[lo]
		// Recurse into the smaller side, loop on the larger one.
		if j-lo < hi-j-1 {
			quickSortOrdered(s, lo, j, limit)
			lo = j + 1
		} else {
			quickSortOrdered(s, j+1, hi, limit)
			hi = j
		}
	}
	insertionSortOrdered(s, lo, hi)
}

// pivotToFrontOrdered moves a pivot chosen from [lo, hi) to lo.
func pivotToFrontOrdered[E cmp.Ordered](s []E, lo, hi int) {
	n := hi - lo
	m := lo + n/2
	if n >= 64 {
		d := n / 8
		m = median3Ordered(s,
			median3Ordered(s, lo, lo+d, lo+2*d),
			median3Ordered(s, m-d, m, m+d),
			median3Ordered(s, hi-1-2*d, hi-1-d, hi-1))
	} else {
		m = median3Ordered(s, lo, m, hi-1)
	}
	s[lo], s[m] = s[m], s[lo]
}

// median3Ordered returns the index of the median of the elements at a, b, c.
func median3Ordered[E cmp.Ordered](s []E, a, b, c int) int {
	if s[b] < s[a] {
		a, b = b, a
	}
	if s[c] < s[b] {
		if s[c] < s[a] {
			return a
		}
		return c
	}
	return b
}

// heapSortOrdered sorts [lo, hi) with a max-heap.
func heapSortOrdered[E cmp.Ordered](s []E, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftDownOrdered(s, lo, i, n)
	}
	for i := n - 1; i > 0; i-- {
		s[lo], s[lo+i] = s[lo+i], s[lo]
		siftDownOrdered(s, lo, 0, i)
	}
}

func siftDownOrdered[E cmp.Ordered](s []E, lo, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && s[lo+child] < s[lo+child+1] {
			child++
		}
		if !(s[lo+root] < s[lo+child]) {
			return
		}
		s[lo+root], s[lo+child] = s[lo+child], s[lo+root]
		root = child
	}
}

// insertionSortCmpFunc sorts [a, b) by insertion; it is stable.
func insertionSortCmpFunc[E any](s []E, cmp func(a, b E) int, a, b int) {
	for i := a + 1; i < b; i++ {
		v := s[i]
		j := i
		for j > a && cmp(v, s[j-1]) < 0 {
			s[j] = s[j-1]
			j--
		}
		s[j] = v
	}
}

// quickSortCmpFunc sorts [lo, hi): introsort, that is quicksort with a
// median-of-three (ninther for long ranges) pivot, insertion sort for short
// ranges, and heapsort once the partitions have been unbalanced limit
// times, which bounds the work by O(n log n).
func quickSortCmpFunc[E any](s []E, cmp func(a, b E) int, lo, hi, limit int) {
	for hi-lo > 12 {
		if limit == 0 {
			heapSortCmpFunc(s, cmp, lo, hi)
			return
		}
		limit--
		pivotToFrontCmpFunc(s, cmp, lo, hi)
		p := s[lo] // stays at lo until the partition ends
		// Hoare partition around the pivot at lo. Both scans stop at
		// elements equal to the pivot, which keeps ranges of equal keys
		// balanced.
		i, j := lo+1, hi-1
		for {
			for i <= j && cmp(s[i], p) < 0 {
				i++
			}
			for i <= j && cmp(p, s[j]) < 0 {
				j--
			}
			if i >= j {
				break
			}
			s[i], s[j] = s[j], s[i]
			i++
			j--
		}
		s[lo], s[j] = s[j], s[lo]
		// Recurse into the smaller side, loop on the larger one.
		if j-lo < hi-j-1 {
			quickSortCmpFunc(s, cmp, lo, j, limit)
			lo = j + 1
		} else {
			quickSortCmpFunc(s, cmp, j+1, hi, limit)
			hi = j
		}
	}
	insertionSortCmpFunc(s, cmp, lo, hi)
}

// pivotToFrontCmpFunc moves a pivot chosen from [lo, hi) to lo.
func pivotToFrontCmpFunc[E any](s []E, cmp func(a, b E) int, lo, hi int) {
	n := hi - lo
	m := lo + n/2
	if n >= 64 {
		d := n / 8
		m = median3CmpFunc(s, cmp,
			median3CmpFunc(s, cmp, lo, lo+d, lo+2*d),
			median3CmpFunc(s, cmp, m-d, m, m+d),
			median3CmpFunc(s, cmp, hi-1-2*d, hi-1-d, hi-1))
	} else {
		m = median3CmpFunc(s, cmp, lo, m, hi-1)
	}
	s[lo], s[m] = s[m], s[lo]
}

// median3CmpFunc returns the index of the median of the elements at a, b, c.
func median3CmpFunc[E any](s []E, cmp func(a, b E) int, a, b, c int) int {
	if cmp(s[b], s[a]) < 0 {
		a, b = b, a
	}
	if cmp(s[c], s[b]) < 0 {
		if cmp(s[c], s[a]) < 0 {
			return a
		}
		return c
	}
	return b
}

// heapSortCmpFunc sorts [lo, hi) with a max-heap.
func heapSortCmpFunc[E any](s []E, cmp func(a, b E) int, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftDownCmpFunc(s, cmp, lo, i, n)
	}
	for i := n - 1; i > 0; i-- {
		s[lo], s[lo+i] = s[lo+i], s[lo]
		siftDownCmpFunc(s, cmp, lo, 0, i)
	}
}

func siftDownCmpFunc[E any](s []E, cmp func(a, b E) int, lo, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && cmp(s[lo+child], s[lo+child+1]) < 0 {
			child++
		}
		if !(cmp(s[lo+root], s[lo+child]) < 0) {
			return
		}
		s[lo+root], s[lo+child] = s[lo+child], s[lo+root]
		root = child
	}
}
