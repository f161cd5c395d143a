// Package sort provides primitives for sorting slices and user-defined
// collections.
//
// The algorithms are gc's (zsort.go is generated from its sources):
// pattern-defeating quicksort for Sort and Slice, so that equal elements
// end in the same order as with gc, and insertion sort plus SymMerge for
// Stable and SliceStable.
package sort

import (
	"math/bits"
	"slices"
	"unsafe"
)

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

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
	shift := uint(bits.Len(uint(length)))
	return uint(1 << shift)
}

// Sort sorts data in ascending order as determined by the Less method.
// It makes one call to data.Len to determine n and O(n*log(n)) calls to
// data.Less and data.Swap. The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	limit := bits.Len(uint(n))
	pdqsort_iface(data, 0, n, limit)
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	stable_iface(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of
	// another Interface implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

// ---- sorting slices given as any ----

// sliceHeader returns the data pointer, length and element size of the
// slice held by x; kind is "" for a slice and otherwise the name of x's
// kind as reflect prints it ("zero" for a nil interface). With anyLen,
// the other kinds that have a length (arrays, strings, maps, channels)
// give it, with a nil pointer.
func sliceHeader(x any, anyLen bool) (p unsafe.Pointer, n int, size int, kind string)

// A ValueError is the panic of the slice functions when they get a value
// that is not a slice (reflect's ValueError, with its message).
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

func sliceOf(x any, method string) (unsafe.Pointer, int, int) {
	p, n, size, kind := sliceHeader(x, method != "Swapper")
	if kind != "" {
		panic(&valueError{method, kind})
	}
	return p, n, size
}

// Element views of a slice's memory, by element size, so that the sorts
// swap elements as plain values. maxBytes bounds every slice mvm's heap
// can hold.
const maxBytes = 1 << 40

type (
	words2  struct{ a, b uint64 }
	words3  struct{ a, b, c uint64 }
	words4  struct{ a, b, c, d uint64 }
	halves3 struct{ a, b, c uint32 }
)

// swapper sorts elements of any other size through Interface.
type swapper struct {
	less  func(i, j int) bool
	n     int
	size  int
	bytes []byte
	words []uint64 // when size is a multiple of 8
}

func newSwapper(p unsafe.Pointer, n, size int, less func(i, j int) bool) *swapper {
	s := &swapper{less: less, n: n, size: size}
	if size%8 == 0 {
		s.words = (*[maxBytes / 8]uint64)(p)[: n*size/8 : n*size/8]
	} else {
		s.bytes = (*[maxBytes]byte)(p)[: n*size : n*size]
	}
	return s
}

func (s *swapper) Len() int           { return s.n }
func (s *swapper) Less(i, j int) bool { return s.less(i, j) }
func (s *swapper) Swap(i, j int) {
	if s.words != nil {
		w := s.size / 8
		a, b := s.words[i*w:i*w+w], s.words[j*w:j*w+w]
		for k := range a {
			a[k], b[k] = b[k], a[k]
		}
		return
	}
	a, b := s.bytes[i*s.size:i*s.size+s.size], s.bytes[j*s.size:j*s.size+s.size]
	for k := range a {
		a[k], b[k] = b[k], a[k]
	}
}

// Slice sorts the slice x given the provided less function. It panics if
// x is not a slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	p, n, size := sliceOf(x, "Swapper")
	if n <= 1 {
		return
	}
	limit := bits.Len(uint(n))
	switch size {
	case 1:
		pdqsort_less((*[maxBytes]uint8)(p)[:n:n], less, 0, n, limit)
	case 2:
		pdqsort_less((*[maxBytes / 2]uint16)(p)[:n:n], less, 0, n, limit)
	case 4:
		pdqsort_less((*[maxBytes / 4]uint32)(p)[:n:n], less, 0, n, limit)
	case 8:
		pdqsort_less((*[maxBytes / 8]uint64)(p)[:n:n], less, 0, n, limit)
	case 12:
		pdqsort_less((*[maxBytes / 12]halves3)(p)[:n:n], less, 0, n, limit)
	case 16:
		pdqsort_less((*[maxBytes / 16]words2)(p)[:n:n], less, 0, n, limit)
	case 24:
		pdqsort_less((*[maxBytes / 24]words3)(p)[:n:n], less, 0, n, limit)
	case 32:
		pdqsort_less((*[maxBytes / 32]words4)(p)[:n:n], less, 0, n, limit)
	default:
		pdqsort_iface(newSwapper(p, n, size, less), 0, n, limit)
	}
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	p, n, size := sliceOf(x, "Swapper")
	if n <= 1 {
		return
	}
	switch size {
	case 1:
		stable_less((*[maxBytes]uint8)(p)[:n:n], less, n)
	case 2:
		stable_less((*[maxBytes / 2]uint16)(p)[:n:n], less, n)
	case 4:
		stable_less((*[maxBytes / 4]uint32)(p)[:n:n], less, n)
	case 8:
		stable_less((*[maxBytes / 8]uint64)(p)[:n:n], less, n)
	case 12:
		stable_less((*[maxBytes / 12]halves3)(p)[:n:n], less, n)
	case 16:
		stable_less((*[maxBytes / 16]words2)(p)[:n:n], less, n)
	case 24:
		stable_less((*[maxBytes / 24]words3)(p)[:n:n], less, n)
	case 32:
		stable_less((*[maxBytes / 32]words4)(p)[:n:n], less, n)
	default:
		stable_iface(newSwapper(p, n, size, less), n)
	}
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	_, n, _ := sliceOf(x, "reflectlite.Value.Len")
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// ---- convenience types and functions for common slices ----

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { slices.Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice implements Interface for a []float64, sorting in
// increasing order, with not-a-number (NaN) values ordered before other
// values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], as required by
// the sort Interface. NaNs sort first.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { slices.Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver
// and x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool { return f != f }

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { slices.Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and
// x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { slices.Sort(x) }

// Float64s sorts a slice of float64s in increasing order; NaNs are
// ordered before other values.
func Float64s(x []float64) { slices.Sort(x) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { slices.Sort(x) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return slices.IsSorted(x) }

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with NaNs before any other values.
func Float64sAreSorted(x []float64) bool { return slices.IsSorted(x) }

// StringsAreSorted reports whether the slice x is sorted in increasing
// order.
func StringsAreSorted(x []string) bool { return slices.IsSorted(x) }

// ---- searching ----

// Search uses binary search to find and return the smallest index i in
// [0, n) at which f(i) is true, assuming that on the range [0, n), f(i) ==
// true implies f(i+1) == true. If there is no such index, Search returns n.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find and return the smallest index i in [0,
// n) at which cmp(i) <= 0. If there is no such index i, Find returns i =
// n. The found result is true if i < n and cmp(i) == 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the
// index as specified by Search.
func SearchInts(a []int, x int) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns
// the index as specified by Search.
func SearchFloat64s(a []float64, x float64) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] >= x {
			j = h
		} else {
			i = h + 1
		}
	}
	return i
}

// SearchStrings searches for x in a sorted slice of strings and returns
// the index as specified by Search.
func SearchStrings(a []string, x string) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}
