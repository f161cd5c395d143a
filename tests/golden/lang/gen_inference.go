package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func First[S ~[]E, E any](s S) E { return s[0] }

func Apply[T any, R any](v T, f func(T) R) R { return f(v) }

func MakePair[A, B any](a A, b B) struct {
	A A
	B B
} {
	return struct {
		A A
		B B
	}{a, b}
}

type IDs []int

func Clone[S ~[]E, E any](s S) S {
	return append(S(nil), s...)
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Count[T comparable](xs []T, v T) (n int) {
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return
}

func main() {
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%v %q %v\n", Zero[float64](), Zero[string](), Zero[struct{ X int }]())
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(First([]string{"a", "b"}), First(IDs{7, 8}))
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(MakePair("x", 1.5))
	ids := IDs{1, 2, 3}
	c := Clone(ids)
	c[0] = 100
	fmt.Printf("%v %v %T\n", ids, c, c)
	a, b := "left", "right"
	Swap(&a, &b)
	fmt.Println(a, b)
	x, y := 1, 2
	Swap(&x, &y)
	fmt.Println(x, y)
	fmt.Println(Count([]string{"a", "b", "a"}, "a"), Count([]interface{}{1, "1", 1}, interface{}(1)))
	f := Apply[int, int]
	fmt.Println(f(5, func(i int) int { return -i }))
}

// Output:
// 0 true true true
// 0 "" {0}
// 43 s
// a 7
// 6
// {x 1.5}
// [1 2 3] [100 2 3] main.IDs
// right left
// 2 1
// 2 2
// -5
