package main

import "fmt"

type Ordered interface {
	~int | ~float64 | ~string
}

type Tree[T Ordered] struct {
	root *tnode[T]
	n    int
}

type tnode[T Ordered] struct {
	v           T
	left, right *tnode[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch {
		case v < (*p).v:
			p = &(*p).left
		case v > (*p).v:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &tnode[T]{v: v}
	t.n++
	return true
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T Ordered](n *tnode[T], f func(T)) {
	if n != nil {
		walk(n.left, f)
		f(n.v)
		walk(n.right, f)
	}
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

func Union[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		out.Add(k)
	}
	for k := range b {
		out.Add(k)
	}
	return out
}

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](n int) *Queue[T] { return &Queue[T]{buf: make([]T, n)} }

func (q *Queue[T]) Push(v T) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return true
}

func (q *Queue[T]) Pop() (T, bool) {
	var z T
	if q.size == 0 {
		return z, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func main() {
	var t Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 5, 9, 3} {
		fmt.Print(t.Insert(v), " ")
	}
	fmt.Println(t.n)
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	var ts Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		ts.Insert(w)
	}
	ts.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
	a := Set[int]{}
	a.Add(1)
	a.Add(2)
	b := Set[int]{}
	b.Add(2)
	b.Add(3)
	u := Union(a, b)
	fmt.Println(u.Len(), u.Has(3), u.Has(4), u)
	q := NewQueue[string](3)
	fmt.Println(q.Push("a"), q.Push("b"), q.Push("c"), q.Push("d"))
	x, _ := q.Pop()
	fmt.Println(x, q.Push("e"))
	for {
		v, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
}

// Output:
// true true true true true false true false 6
// 1 3 4 5 8 9 
// acmx
// 3 true false map[1:{} 2:{} 3:{}]
// true true true false
// a true
// bce
