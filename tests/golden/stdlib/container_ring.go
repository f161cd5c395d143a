// container/ring: New, Len, Next/Prev/Move, Link (merging and splitting),
// Unlink and Do, including the zero Ring and nil rings.
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ": ")
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
}

func fill(n, base int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = base + i
		r = r.Next()
	}
	return r
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-1) == nil)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len())
	nilRing.Do(func(any) { fmt.Println("never") })

	r := fill(6, 0)
	show(r)
	show(r.Next())
	show(r.Prev())
	show(r.Move(3))
	show(r.Move(-2))
	show(r.Move(13))
	show(r.Move(-13))

	s := fill(3, 100)
	r.Link(s)
	show(r)
	removed := r.Unlink(4)
	show(r)
	show(removed)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)

	// Linking two elements of the same ring removes the ones between.
	t := fill(8, 10)
	sub := t.Link(t.Move(3))
	show(t)
	show(sub)

	// Unlink of a multiple of the length leaves the ring unchanged.
	u := fill(3, 50)
	show(u.Unlink(3))
	show(u)

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(5) == &z)
	z.Value = "zero"
	z.Link(fill(2, 7))
	show(&z)

	one := ring.New(1)
	one.Value = "solo"
	show(one.Link(one))
	sum := 0
	fill(100, 1).Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
}

// Output:
// true true
// 0
// 6: 0 1 2 3 4 5 
// 6: 1 2 3 4 5 0 
// 6: 5 0 1 2 3 4 
// 6: 3 4 5 0 1 2 
// 6: 4 5 0 1 2 3 
// 6: 1 2 3 4 5 0 
// 6: 5 0 1 2 3 4 
// 9: 0 100 101 102 1 2 3 4 5 
// 5: 0 2 3 4 5 
// 4: 100 101 102 1 
// true true
// 6: 10 13 14 15 16 17 
// 2: 11 12 
// 3: 51 52 50 
// 3: 50 51 52 
// 1 true true true
// 3: zero 7 8 
// 1: solo 
// 5050
