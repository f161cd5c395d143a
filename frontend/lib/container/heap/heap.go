// Package heap provides heap operations for any type that implements
// heap.Interface. A heap is a tree with the property that each node is
// the minimum-valued node in its subtree; the minimum element is at index
// 0. The heap is a binary tree stored in the slice order of the
// collection: the children of element i are 2i+1 and 2i+2.
package heap

import "sort"

// The Interface type describes the requirements for a type using the
// routines in this package: a sort.Interface, and Push and Pop, which add
// an element at index Len() and remove the element at index Len()-1.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariants required by the other routines in
// this package. The complexity is O(n) where n = h.Len().
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push pushes the element x onto the heap. The complexity is O(log n)
// where n = h.Len().
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the minimum element (according to Less) from
// the heap. The complexity is O(log n) where n = h.Len().
func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// Remove removes and returns the element at index i from the heap. The
// complexity is O(log n) where n = h.Len().
func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap ordering after the element at index i has
// changed its value. The complexity is O(log n) where n = h.Len().
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves the element at j toward the root while it is less than its
// parent.
func up(h Interface, j int) {
	for j > 0 {
		parent := (j - 1) / 2
		if !h.Less(j, parent) {
			break
		}
		h.Swap(parent, j)
		j = parent
	}
}

// down moves the element at i0 toward the leaves of the heap [0, n) while
// one of its children is less, swapping with the lesser child (the left
// one on ties); it reports whether the element moved.
func down(h Interface, i0, n int) bool {
	i := i0
	for {
		child := 2*i + 1
		if child >= n || child < 0 { // child < 0 after int overflow
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > i0
}
