package slices

import (
	"cmp"
	"math/bits"
)

// Sort sorts a slice of any ordered type in ascending order. When sorting
// floating-point numbers, NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	if n < 2 {
		return
	}
	pdqsortOrdered(x, 0, n, bits.Len(uint(n)))
}

// SortFunc sorts the slice x in ascending order as determined by the cmp
// function, which must be a strict weak ordering. The sort is not
// guaranteed to be stable.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	if n < 2 {
		return
	}
	pdqsortCmpFunc(x, 0, n, bits.Len(uint(n)), cmp)
}

// SortStableFunc sorts the slice x while keeping the original order of
// equal elements, using cmp to compare elements in the same way as
// SortFunc.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	const block = 20
	if n <= block {
		insertionSortCmpFunc(x, 0, n, cmp)
		return
	}
	a := 0
	for ; a+block <= n; a += block {
		insertionSortCmpFunc(x, a, a+block, cmp)
	}
	insertionSortCmpFunc(x, a, n, cmp)
	// Bottom-up merging; the shorter of two runs is copied aside.
	buf := make([]E, n/2+1)
	for size := block; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			m, b := a+size, min(a+2*size, n)
			if cmp(x[m], x[m-1]) >= 0 {
				continue // already in order
			}
			if m-a <= b-m {
				l := buf[:m-a]
				copy(l, x[a:m])
				i, j, k := 0, m, a
				for i < len(l) {
					if j < b && cmp(x[j], l[i]) < 0 {
						x[k] = x[j]
						j++
					} else {
						x[k] = l[i]
						i++
					}
					k++
				}
			} else {
				r := buf[:b-m]
				copy(r, x[m:b])
				i, j, k := m-1, len(r)-1, b-1
				for j >= 0 {
					if i >= a && cmp(r[j], x[i]) < 0 {
						x[k] = x[i]
						i--
					} else {
						x[k] = r[j]
						j--
					}
					k--
				}
			}
		}
	}
	clear(buf)
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as
// the comparison function as defined by SortFunc.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch searches for target in a sorted slice and returns the
// earliest position where target is found, or the position where target
// would appear in the sort order; it also returns a bool saying whether
// the target is really found in the slice.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
}

// BinarySearchFunc works like BinarySearch, but uses a custom comparison
// function: cmp(e, target) returns a negative number if the slice element
// precedes the target, zero if it matches, a positive number if it
// follows.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

func isNaN[T cmp.Ordered](x T) bool { return x != x }

type sortedHint int // hint for pdqsort when choosing the pivot

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift paper: https://www.jstatsoft.org/article/view/v008i14/xorshift.pdf
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

func nextPowerOfTwo(length int) uint {
	return 1 << bits.Len(uint(length))
}
