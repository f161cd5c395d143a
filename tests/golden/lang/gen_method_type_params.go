package main

import "fmt"

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

func main() {
	b := Box{"box"}
	fmt.Println(b.Describe(42))
	fmt.Println(b.Describe[string]("hi"))
	l := List[int]{[]int{1, 2, 3}}
	fmt.Println(l.MapTo(func(i int) string { return fmt.Sprint("#", i) }))
}

// Output:
// box holds 42 (int)
// box holds hi (string)
// [#1 #2 #3]
