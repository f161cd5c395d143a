package main

import "fmt"

func Count(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped at", i, ")")
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Fib() func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Filter[T any](seq func(func(T) bool), pred func(T) bool) func(func(T) bool) {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Empty(yield func() bool) {
	fmt.Println("  empty iterator called")
}

func Three(yield func() bool) {
	_ = yield() && yield() && yield()
}

func main() {
	for i := range Count(3) {
		fmt.Println("i =", i)
	}
	for i := range Count(10) {
		if i == 2 {
			break
		}
		fmt.Println("early", i)
	}
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Println(i, s)
	}
	for f := range Fib() {
		if f > 100 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	for v := range Filter(Count(20), func(x int) bool { return x%3 == 0 }) {
		if v > 12 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for range Empty {
		fmt.Println("never")
	}
	n := 0
	for range Three {
		n++
	}
	fmt.Println("three:", n)
	sum := 0
	for i := range Count(5) {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum", sum)
}

// Output:
// i = 0
// i = 1
// i = 2
// early 0
// early 1
//   (stopped at 2 )
// 0 a
// 1 b
// 2 c
// 0 1 1 2 3 5 8 13 21 34 55 89 
// 0 3 6 9 12   (stopped at 15 )
//
//   empty iterator called
// three: 3
// sum 4
