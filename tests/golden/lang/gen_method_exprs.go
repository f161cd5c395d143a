package main

import "fmt"

type Stack[T any] struct{ data []T }

func (s *Stack[T]) Push(v T)   { s.data = append(s.data, v) }
func (s Stack[T]) Peek() T     { return s.data[len(s.data)-1] }
func (s Stack[T]) Size() int   { return len(s.data) }

type Num interface{ ~int | ~float64 }

func Apply[T Num](vals []T, f func(T) T) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		out[i] = f(v)
	}
	return out
}

func Double[T Num](v T) T { return v * 2 }

func main() {
	var s Stack[int]
	push := s.Push
	push(1)
	push(2)
	fmt.Println(s.Size(), s.Peek())
	size := Stack[int].Size
	fmt.Println(size(s))
	pushE := (*Stack[int]).Push
	pushE(&s, 3)
	fmt.Println(s.data)
	fmt.Println(Apply([]int{1, 2, 3}, Double[int]))
	fmt.Println(Apply([]float64{0.5}, Double))
	d := Double[float64]
	fmt.Printf("%T %v\n", d, d(1.25))
	peek := Stack[string]{[]string{"a", "b"}}.Peek
	fmt.Println(peek())
}

// Output:
// 2 2
// 2
// [1 2 3]
// [2 4 6]
// [1]
// func(float64) float64 2.5
// b
