package main

import "fmt"

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func Counter[T comparable]() (func(T), func(T) int) {
	m := map[T]int{}
	return func(t T) { m[t]++ }, func(t T) int { return m[t] }
}

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x T)  { b.items = append(b.items, x) }
func (b *Base[T]) Len() int { return len(b.items) }

type Named struct {
	Base[string]
	Name string
}

type Wrapper[T any] struct {
	*Base[T]
	label string
}

func Pipe[T any](fs ...func(T) T) func(T) T {
	return func(x T) T {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
	inc, get := Counter[string]()
	inc("a")
	inc("a")
	inc("b")
	fmt.Println(get("a"), get("b"), get("c"))
	n := Named{Name: "n"}
	n.Add("x")
	n.Add("y")
	fmt.Println(n.Len(), n.items, n.Name)
	w := Wrapper[int]{&Base[int]{}, "w"}
	w.Add(1)
	fmt.Println(w.Len(), w.items, w.label)
	p := Pipe(func(s string) string { return s + "a" }, func(s string) string { return "<" + s + ">" })
	fmt.Println(p("x"))
	pi := Pipe[int]()
	fmt.Println(pi(9))
}

// Output:
// 16 16 25 2
// 2 1 0
// 2 [x y] n
// 1 [1] w
// <xa>
// 9
