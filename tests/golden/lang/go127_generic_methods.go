package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Box struct{ name string }

func (b Box) Describe[U any](u U) string { return fmt.Sprintf("%s holds %v (%T)", b.name, u, u) }

type List[T any] struct{ items []T }

func (l List[T]) MapTo[U any](f func(T) U) []U {
	var out []U
	for _, x := range l.items {
		out = append(out, f(x))
	}
	return out
}

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

type Stringer interface{ String() string }

func (b Box) String() string { return "Box(" + b.name + ")" }

func main() {
	b := Box{"box"}
	fmt.Println(b.Describe(42))
	fmt.Println(b.Describe[string]("hi"))
	l := List[int]{[]int{1, 2, 3}}
	l.Push(4)
	fmt.Println(l.MapTo(func(i int) string { return fmt.Sprint("#", i) }))
	fmt.Println(List[string]{[]string{"a"}}.MapTo(func(s string) int { return len(s) }))
	var s Stringer = b
	fmt.Println(s, cmp.Compare[int](1, 2), slices.Concat[[]int]([]int{1}, []int{2}))
	pb := &b
	fmt.Println(pb.Describe(1.5))
}

func init() {
	b := Box{"v"}
	f := b.Describe[int]
	fmt.Println(f(7))
	type Pair[K comparable, V any] struct {
		k K
		v V
	}
}

// Output:
// v holds 7 (int)
// box holds 42 (int)
// box holds hi (string)
// [#1 #2 #3 #4]
// [1]
// Box(box) -1 [1 2]
// box holds 1.5 (float64)
