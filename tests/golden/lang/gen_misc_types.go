package main

import "fmt"

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Num interface{ ~int | ~float64 }

func SumMap[K comparable, V Num](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

func Ptr[T any](v T) *T { return &v }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Pop(), len(s))
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 0.5}))
	t := &Tree[int]{&Tree[int]{nil, nil, 1}, &Tree[int]{nil, nil, 3}, 2}
	t.Walk(func(v int) bool { fmt.Print(v, " "); return true })
	fmt.Println()
	for v := range func(y func(int) bool) { t.Walk(y) } {
		fmt.Print(v, ";")
	}
	fmt.Println()
	p := Ptr(Tree[string]{Val: "x"})
	fmt.Println(p.Val, *Ptr(3))
	type Pair[A, B any] struct {
		a A
		b B
	}
	fmt.Println(Pair[int, string]{1, "x"})
}

// Output:
// b 1
// 3 0.5
// 1 2 3 
// 1;2;3;
// x 3
// {1 x}
