package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case float64:
		return "float64"
	case string:
		return "string"
	}
	return "other"
}

type Lister[T any] interface {
	List() []T
}

type Nums []int

func (n Nums) List() []int { return n }

func First[T any, L Lister[T]](l L) T { return l.List()[0] }

type Opt[T any] struct {
	v  T
	ok bool
}

func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func Find[T comparable](xs []T, x T) Opt[int] {
	for i, v := range xs {
		if v == x {
			return Opt[int]{i, true}
		}
	}
	return Opt[int]{}
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2), Sum[int64]())
	fmt.Println(Kind(1), Kind(1.0), Kind("s"), Kind([]int{}))
	fmt.Println(First[int](Nums{7, 8}))
	fmt.Println(Find([]string{"a", "b"}, "b").Or(-1), Find([]int{1}, 5).Or(-1))
	type MyF float64
	fmt.Println(Sum(MyF(1.5), MyF(2)))
	fmt.Printf("%T %T\n", Opt[string]{}, Find[int])
}

// Output:
// 6 3.5 0
// int float64 string other
// 7
// 1 -1
// 3.5
// main.Opt[string] func([]int, int) main.Opt[int]
