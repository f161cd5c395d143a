package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func main() {
	var s Stack[int]
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	v, _ := ss.Pop()
	fmt.Println(v, ss.Len())
	_, ok := (&Stack[float64]{}).Pop()
	fmt.Println(ok)
	p := Pair[string, int]{"age", 30}
	fmt.Println(p, p.String())
	ps := []Pair[int, []string]{{1, []string{"x"}}, {2, nil}}
	fmt.Println(ps)
	var l List[string]
	l.Prepend("c")
	l.Prepend("b")
	l.Prepend("a")
	l.Each(func(s string) { fmt.Print(s) })
	fmt.Println(" size", l.size)
	type Point struct{ X, Y int }
	var sp Stack[Point]
	sp.Push(Point{1, 2})
	top, _ := sp.Pop()
	fmt.Println(top.X + top.Y)
	fmt.Printf("%T %T\n", s, p)
}

// Output:
// 5
// 16 9 4 1 0 
// b 1
// false
// age=30 age=30
// [1=[x] 2=[]]
// abc size 3
// 3
// main.Stack[int] main.Pair[string,int]
