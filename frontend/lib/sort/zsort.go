// Code written once as a template and instantiated for each way of
// accessing the data (Interface methods, an index comparison with a typed
// swap, ordered values, a comparison function); keep the copies in step.

package sort

// insertionSort_iface sorts [a, b) by insertion; it is stable.
func insertionSort_iface(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// quickSort_iface sorts [lo, hi): introsort, that is quicksort with a
// median-of-three (ninther for long ranges) pivot, insertion sort for short
// ranges, and heapsort once the partitions have been unbalanced limit
// times, which bounds the work by O(n log n).
func quickSort_iface(data Interface, lo, hi, limit int) {
	for hi-lo > 12 {
		if limit == 0 {
			heapSort_iface(data, lo, hi)
			return
		}
		limit--
		pivotToFront_iface(data, lo, hi)
		// Hoare partition around the pivot at lo. Both scans stop at
		// elements equal to the pivot, which keeps ranges of equal keys
		// balanced.
		i, j := lo+1, hi-1
		for {
			for i <= j && data.Less(i, lo) {
				i++
			}
			for i <= j && data.Less(lo, j) {
				j--
			}
			if i >= j {
				break
			}
			data.Swap(i, j)
			i++
			j--
		}
		data.Swap(lo, j)
		// Recurse into the smaller side, loop on the larger one.
		if j-lo < hi-j-1 {
			quickSort_iface(data, lo, j, limit)
			lo = j + 1
		} else {
			quickSort_iface(data, j+1, hi, limit)
			hi = j
		}
	}
	insertionSort_iface(data, lo, hi)
}

// pivotToFront_iface moves a pivot chosen from [lo, hi) to lo.
func pivotToFront_iface(data Interface, lo, hi int) {
	n := hi - lo
	m := lo + n/2
	if n >= 64 {
		d := n / 8
		m = median3_iface(data,
			median3_iface(data, lo, lo+d, lo+2*d),
			median3_iface(data, m-d, m, m+d),
			median3_iface(data, hi-1-2*d, hi-1-d, hi-1))
	} else {
		m = median3_iface(data, lo, m, hi-1)
	}
	data.Swap(lo, m)
}

// median3_iface returns the index of the median of the elements at a, b, c.
func median3_iface(data Interface, a, b, c int) int {
	if data.Less(b, a) {
		a, b = b, a
	}
	if data.Less(c, b) {
		if data.Less(c, a) {
			return a
		}
		return c
	}
	return b
}

// heapSort_iface sorts [lo, hi) with a max-heap.
func heapSort_iface(data Interface, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftDown_iface(data, lo, i, n)
	}
	for i := n - 1; i > 0; i-- {
		data.Swap(lo, lo+i)
		siftDown_iface(data, lo, 0, i)
	}
}

func siftDown_iface(data Interface, lo, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(lo+child, lo+child+1) {
			child++
		}
		if !data.Less(lo+root, lo+child) {
			return
		}
		data.Swap(lo+root, lo+child)
		root = child
	}
}

// stable_iface sorts [0, n) stably and in place: insertion sort of blocks
// of 20, then bottom-up merging of neighbouring runs.
func stable_iface(data Interface, n int) {
	const block = 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort_iface(data, a, a+block)
	}
	insertionSort_iface(data, a, n)
	for size := block; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			merge_iface(data, a, a+size, min(a+2*size, n))
		}
	}
}

// merge_iface merges the sorted runs [a, m) and [m, b) stably without a
// buffer: it cuts the longer run in the middle, finds the matching cut
// of the other run by binary search, rotates the two middle pieces into
// place and merges the two halves that result.
func merge_iface(data Interface, a, m, b int) {
	for a < m && m < b {
		if b-a == 2 {
			if data.Less(m, a) {
				data.Swap(a, m)
			}
			return
		}
		var c1, c2 int
		if m-a >= b-m {
			c1 = a + (m-a)/2
			// c2: the first element of [m, b) not less than the one at c1.
			lo, hi := m, b
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if data.Less(h, c1) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			c2 = lo
		} else {
			c2 = m + (b-m)/2
			// c1: the first element of [a, m) greater than the one at c2.
			lo, hi := a, m
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if !data.Less(c2, h) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			c1 = lo
		}
		rotate_iface(data, c1, m, c2)
		nm := c1 + (c2 - m)
		if nm-a < b-nm {
			merge_iface(data, a, c1, nm)
			a, m = nm, c2
		} else {
			merge_iface(data, nm, c2, b)
			b, m = nm, c1
		}
	}
}

// rotate_iface exchanges the ranges [a, m) and [m, b).
func rotate_iface(data Interface, a, m, b int) {
	if a == m || m == b {
		return
	}
	reverseRange_iface(data, a, m)
	reverseRange_iface(data, m, b)
	reverseRange_iface(data, a, b)
}

func reverseRange_iface(data Interface, i, j int) {
	for j--; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// insertionSort_less sorts [a, b) by insertion; it is stable.
func insertionSort_less[T any](s []T, less func(i, j int) bool, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && less(j, j-1); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// quickSort_less sorts [lo, hi): introsort, that is quicksort with a
// median-of-three (ninther for long ranges) pivot, insertion sort for short
// ranges, and heapsort once the partitions have been unbalanced limit
// times, which bounds the work by O(n log n).
func quickSort_less[T any](s []T, less func(i, j int) bool, lo, hi, limit int) {
	for hi-lo > 12 {
		if limit == 0 {
			heapSort_less(s, less, lo, hi)
			return
		}
		limit--
		pivotToFront_less(s, less, lo, hi)
		// Hoare partition around the pivot at lo. Both scans stop at
		// elements equal to the pivot, which keeps ranges of equal keys
		// balanced.
		i, j := lo+1, hi-1
		for {
			for i <= j && less(i, lo) {
				i++
			}
			for i <= j && less(lo, j) {
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
			quickSort_less(s, less, lo, j, limit)
			lo = j + 1
		} else {
			quickSort_less(s, less, j+1, hi, limit)
			hi = j
		}
	}
	insertionSort_less(s, less, lo, hi)
}

// pivotToFront_less moves a pivot chosen from [lo, hi) to lo.
func pivotToFront_less[T any](s []T, less func(i, j int) bool, lo, hi int) {
	n := hi - lo
	m := lo + n/2
	if n >= 64 {
		d := n / 8
		m = median3_less(s, less,
			median3_less(s, less, lo, lo+d, lo+2*d),
			median3_less(s, less, m-d, m, m+d),
			median3_less(s, less, hi-1-2*d, hi-1-d, hi-1))
	} else {
		m = median3_less(s, less, lo, m, hi-1)
	}
	s[lo], s[m] = s[m], s[lo]
}

// median3_less returns the index of the median of the elements at a, b, c.
func median3_less[T any](s []T, less func(i, j int) bool, a, b, c int) int {
	if less(b, a) {
		a, b = b, a
	}
	if less(c, b) {
		if less(c, a) {
			return a
		}
		return c
	}
	return b
}

// heapSort_less sorts [lo, hi) with a max-heap.
func heapSort_less[T any](s []T, less func(i, j int) bool, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftDown_less(s, less, lo, i, n)
	}
	for i := n - 1; i > 0; i-- {
		s[lo], s[lo+i] = s[lo+i], s[lo]
		siftDown_less(s, less, lo, 0, i)
	}
}

func siftDown_less[T any](s []T, less func(i, j int) bool, lo, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && less(lo+child, lo+child+1) {
			child++
		}
		if !less(lo+root, lo+child) {
			return
		}
		s[lo+root], s[lo+child] = s[lo+child], s[lo+root]
		root = child
	}
}

// stable_less sorts [0, n) stably and in place: insertion sort of blocks
// of 20, then bottom-up merging of neighbouring runs.
func stable_less[T any](s []T, less func(i, j int) bool, n int) {
	const block = 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort_less(s, less, a, a+block)
	}
	insertionSort_less(s, less, a, n)
	for size := block; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			merge_less(s, less, a, a+size, min(a+2*size, n))
		}
	}
}

// merge_less merges the sorted runs [a, m) and [m, b) stably without a
// buffer: it cuts the longer run in the middle, finds the matching cut
// of the other run by binary search, rotates the two middle pieces into
// place and merges the two halves that result.
func merge_less[T any](s []T, less func(i, j int) bool, a, m, b int) {
	for a < m && m < b {
		if b-a == 2 {
			if less(m, a) {
				s[a], s[m] = s[m], s[a]
			}
			return
		}
		var c1, c2 int
		if m-a >= b-m {
			c1 = a + (m-a)/2
			// c2: the first element of [m, b) not less than the one at c1.
			lo, hi := m, b
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if less(h, c1) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			c2 = lo
		} else {
			c2 = m + (b-m)/2
			// c1: the first element of [a, m) greater than the one at c2.
			lo, hi := a, m
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if !less(c2, h) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			c1 = lo
		}
		rotate_less(s, less, c1, m, c2)
		nm := c1 + (c2 - m)
		if nm-a < b-nm {
			merge_less(s, less, a, c1, nm)
			a, m = nm, c2
		} else {
			merge_less(s, less, nm, c2, b)
			b, m = nm, c1
		}
	}
}

// rotate_less exchanges the ranges [a, m) and [m, b).
func rotate_less[T any](s []T, less func(i, j int) bool, a, m, b int) {
	if a == m || m == b {
		return
	}
	reverseRange_less(s, less, a, m)
	reverseRange_less(s, less, m, b)
	reverseRange_less(s, less, a, b)
}

func reverseRange_less[T any](s []T, less func(i, j int) bool, i, j int) {
	for j--; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
