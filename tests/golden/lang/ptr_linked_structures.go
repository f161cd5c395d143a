package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

type DNode struct {
	prev, next *DNode
	v          string
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(v)
	}
	var out []int
	root.InOrder(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Height())
	head := &DNode{v: "head"}
	tail := head
	for _, s := range []string{"a", "b", "c"} {
		n := &DNode{prev: tail, v: s}
		tail.next = n
		tail = n
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	for n := tail; n != nil; n = n.prev {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	mid := head.next.next
	mid.prev.next = mid.next
	mid.next.prev = mid.prev
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	ring := &DNode{v: "r"}
	ring.next = ring
	fmt.Println(ring.next.next.next.v, ring.next == ring)
}

// Output:
// [20 30 35 40 45 50 60 65 70 80] 4
// head a b c 
// c b a head 
// head a c 
// r true
