package main

import "fmt"

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.val, o.valid }
func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}
func (o Optional[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	cap   int
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, cap: n}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		if len(c.order) == c.cap {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.data, old)
		}
		c.order = append(c.order, k)
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) Optional[V] {
	if v, ok := c.data[k]; ok {
		return Some(v)
	}
	return None[V]()
}

func main() {
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(v), v.Scale(2))
	fv := Vec[float64]{0.5, 1.5}
	fmt.Println(fv.Dot(fv.Scale(2)))
	o := Some(5)
	fmt.Println(o, None[string](), o.OrElse(1), None[int]().OrElse(9))
	val, ok := Some("x").Get()
	fmt.Println(val, ok)
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	c.Put("c", 3)
	fmt.Println(c.Get("a"), c.Get("b"), c.Get("c"))
	fmt.Println(c.order)
}

// Output:
// 14 [2 4 6]
// 5
// Some(5) None 5 9
// x true
// None Some(2) Some(3)
// [b c]
