package main

import "fmt"

type T struct{ xs []int }

func (t *T) At(i int) int {
	return t.xs[i]
}

func (t T) Sum(f func(int) int) int {
	s := 0
	for i := 0; i <= len(t.xs); i++ {
		s += f(i)
	}
	return s
}

func main() {
	t := &T{xs: []int{1, 2, 3}}
	fmt.Println(t.At(1))
	total := t.Sum(func(i int) int {
		return t.At(i) * 2
	})
	fmt.Println(total)
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [3] with length 3
// Trace:
// main.(*T).At method_closure.go:8
// main.main.func1 method_closure.go:23
// main.T.Sum method_closure.go:14
// main.main method_closure.go:22
// Output:
// 2
