// slices: comparison, searching and the editing functions (Insert,
// Delete, Replace, Compact...), including their aliasing cases, the
// zeroing of obsolete elements, capacities and panics.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Ints []int

func show[S ~[]E, E any](name string, s S) {
	fmt.Printf("%s: %v len=%d nil=%v %T\n", name, s, len(s), s == nil, s)
}

func main() {
	nan := math.NaN()
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{}, nil), slices.Equal([]int{1}, []int{2}),
		slices.Equal([]float64{nan}, []float64{nan}), slices.Equal([]int{1}, []int{1, 2}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{}, []int{0}),
		slices.Compare([]string{"a"}, []string{"a"}), slices.Compare([]float64{nan, 1}, []float64{0}), slices.Compare([]float64{nan}, []float64{nan}))
	fmt.Println(slices.CompareFunc([]int{1, 2, 3}, []int{1, 5}, cmpInt))
	s := []string{"a", "b", "c", "b"}
	fmt.Println(slices.Index(s, "b"), slices.Index(s, "z"), slices.IndexFunc(s, func(x string) bool { return x > "a" }),
		slices.Contains(s, "c"), slices.Contains(s, "C"), slices.ContainsFunc(s, func(x string) bool { return x == "" }),
		slices.Index([]float64{nan}, nan))

	// Insert: at the end, in place, with growth, with v aliasing s.
	a := make([]int, 3, 10)
	a[0], a[1], a[2] = 1, 2, 3
	b := slices.Insert(a, 1, 8, 9)
	fmt.Println(b, len(b), cap(b), a[:cap(a)][:5])
	c := slices.Insert([]int{1, 2, 3}, 3, 4, 5)
	fmt.Println(c, len(c), cap(c))
	d := slices.Insert([]int{1, 2, 3}, 0, 7, 8, 9, 10)
	fmt.Println(d, len(d), cap(d))
	al := make([]int, 5, 20)
	copy(al, []int{0, 1, 2, 3, 4})
	al = slices.Insert(al, 1, al[2:5]...)
	fmt.Println(al)
	al2 := make([]int, 5, 20)
	copy(al2, []int{0, 1, 2, 3, 4})
	al2 = slices.Insert(al2, 3, al2[:4]...)
	fmt.Println(al2)
	show("insert nothing", slices.Insert([]int(nil), 0))
	show("insert into nil", slices.Insert(Ints(nil), 0, 5))

	// Delete and DeleteFunc zero the tail.
	e := []int{0, 1, 2, 3, 4, 5}
	f := slices.Delete(e, 1, 3)
	fmt.Println(f, e)
	e = []int{0, 1, 2, 3, 4, 5}
	fmt.Println(slices.Delete(e, 5, 6), slices.Delete(e, 0, 0), e)
	e = []int{0, 1, 2, 3, 4, 5, 6}
	g := slices.DeleteFunc(e, func(x int) bool { return x%3 == 0 })
	fmt.Println(g, e)
	ptrs := []*int{new(int), new(int), new(int)}
	ptrs = slices.Delete(ptrs, 0, 2)
	fmt.Println(len(ptrs), ptrs[:3][1] == nil, ptrs[:3][2] == nil)

	// Replace: shrinking, growing in place, growing past capacity, at the end.
	r := []int{0, 1, 2, 3, 4, 5}
	fmt.Println(slices.Replace(r, 1, 4, 9), r)
	r = make([]int, 4, 10)
	copy(r, []int{0, 1, 2, 3})
	r2 := slices.Replace(r, 1, 2, 7, 8, 9)
	fmt.Println(r2, len(r2), cap(r2))
	r3 := slices.Replace([]int{0, 1, 2}, 1, 2, 5, 6, 7, 8)
	fmt.Println(r3, len(r3), cap(r3))
	r = []int{0, 1, 2, 3}
	fmt.Println(slices.Replace(r, 2, 4, 9), r)
	r = make([]int, 5, 10)
	copy(r, []int{0, 1, 2, 3, 4})
	fmt.Println(slices.Replace(r, 1, 2, r[2:]...))
	fmt.Println(slices.Replace([]int{1, 2}, 1, 1, 3))

	// Clone keeps nil-ness; Compact and CompactFunc; Grow and Clip.
	show("clone nil", slices.Clone([]int(nil)))
	show("clone empty", slices.Clone([]int{}))
	cl := slices.Clone(Ints{1, 2, 3})
	show("clone", cl)
	cp := []int{1, 1, 2, 3, 3, 3, 1, 4, 4}
	fmt.Println(slices.Compact(cp), cp)
	cs := []string{"a", "A", "b", "B", "bb", "c"}
	lower := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 32
			}
		}
		return string(b)
	}
	fmt.Println(slices.CompactFunc(cs, func(a, b string) bool { return lower(a) == lower(b) }), cs)
	fmt.Println(slices.Compact([]float64{nan, nan, 1, 1}), slices.Compact([]int{}), slices.Compact([]int{7}))
	gr := slices.Grow([]int{1, 2}, 5)
	fmt.Println(gr, len(gr), cap(gr) >= 7)
	gr = slices.Grow(gr, 0)
	fmt.Println(len(gr), cap(gr) >= 7)
	cc := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(cc), cap(cc))
	show("grow nil", slices.Grow([]int(nil), 0))

	// Reverse, Concat, Repeat, Min/Max.
	rv := []int{1, 2, 3, 4, 5}
	slices.Reverse(rv)
	fmt.Println(rv)
	slices.Reverse(rv[:2])
	fmt.Println(rv)
	show("concat", slices.Concat([]int{1}, nil, []int{2, 3}, []int{}))
	var none [][]int
	show("concat none", slices.Concat(none...))
	show("concat empties", slices.Concat([]int{}, []int{}))
	show("repeat", slices.Repeat([]string{"x", "y"}, 3))
	show("repeat 0", slices.Repeat([]int{1}, 0))
	show("repeat nil", slices.Repeat([]int(nil), 5))
	fmt.Println(slices.Min([]int{3, 1, 2}), slices.Max([]int{3, 1, 2}), slices.Min([]string{"b", "a"}),
		slices.Max([]float64{1, nan, 3}), slices.Min([]float64{1, nan}), slices.Max([]float64{math.Copysign(0, -1), 0}),
		slices.Min([]float64{0, math.Copysign(0, -1)}))
	type pt struct{ x, y int }
	pts := []pt{{1, 2}, {3, 0}, {1, 5}, {3, 9}}
	byX := func(a, b pt) int { return cmp.Compare(a.x, b.x) }
	fmt.Println(slices.MinFunc(pts, byX), slices.MaxFunc(pts, byX))

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panic:", recover()) }()
		f()
	}
	try("Insert past len", func() { slices.Insert([]int{1}, 2, 5) })
	try("Delete bad range", func() { slices.Delete([]int{1, 2}, 2, 1) })
	try("Delete past len", func() { slices.Delete([]int{1, 2}, 1, 3) })
	try("Replace bad range", func() { slices.Replace([]int{1, 2}, 1, 3, 0) })
	try("Grow negative", func() { slices.Grow([]int{}, -1) })
	try("Repeat negative", func() { slices.Repeat([]int{1}, -1) })
	try("Repeat overflow", func() { slices.Repeat([]int{1, 2}, math.MaxInt/2+1) })
	try("Min empty", func() { slices.Min([]int{}) })
	try("Max empty", func() { slices.Max([]float64(nil)) })
	try("MinFunc empty", func() { slices.MinFunc([]int{}, cmpInt) })
	try("MaxFunc empty", func() { slices.MaxFunc([]int{}, cmpInt) })
}

// cmpInt is cmp.Compare[int] (mvm cannot yet instantiate a qualified
// generic function explicitly).
func cmpInt(a, b int) int { return cmp.Compare(a, b) }

// Output:
// true true false false false
// true
// -1 1 -1 0 -1 0
// -1
// 1 -1 1 true false false -1
// [1 8 9 2 3] 5 10 [1 8 9 2 3]
// [1 2 3 4 5] 5 6
// [7 8 9 10 1 2 3] 7 8
// [0 2 3 4 1 2 3 4]
// [0 1 2 0 1 2 3 3 4]
// insert nothing: [] len=0 nil=true []int
// insert into nil: [5] len=1 nil=false main.Ints
// [0 3 4 5] [0 3 4 5 0 0]
// [0 1 2 3 4] [0 1 2 3 4 0] [0 1 2 3 4 0]
// [1 2 4 5] [1 2 4 5 0 0 0]
// 1 true true
// [0 9 4 5] [0 9 4 5 0 0]
// [0 7 8 9 2 3] 6 10
// [0 5 6 7 8 2] 6 6
// [0 1 9] [0 1 9 0]
// [0 2 3 4 2 3 4]
// [1 3 2]
// clone nil: [] len=0 nil=true []int
// clone empty: [] len=0 nil=false []int
// clone: [1 2 3] len=3 nil=false main.Ints
// [1 2 3 1 4] [1 2 3 1 4 0 0 0 0]
// [a b bb c] [a b bb c  ]
// [NaN NaN 1] [] [7]
// [1 2] 2 true
// 2 true
// 2 2
// grow nil: [] len=0 nil=true []int
// [5 4 3 2 1]
// [4 5 3 2 1]
// concat: [1 2 3] len=3 nil=false []int
// concat none: [] len=0 nil=true []int
// concat empties: [] len=0 nil=true []int
// repeat: [x y x y x y] len=6 nil=false []string
// repeat 0: [] len=0 nil=false []int
// repeat nil: [] len=0 nil=false []int
// 1 3 a NaN NaN 0 -0
// {1 2} {3 0}
// Insert past len panic: runtime error: slice bounds out of range [2:1]
// Delete bad range panic: runtime error: slice bounds out of range [2:1:]
// Delete past len panic: runtime error: slice bounds out of range [:3:2]
// Replace bad range panic: runtime error: slice bounds out of range [:3] with capacity 2
// Grow negative panic: cannot be negative
// Repeat negative panic: cannot be negative
// Repeat overflow panic: the result of (len(x) * count) overflows
// Min empty panic: slices.Min: empty list
// Max empty panic: slices.Max: empty list
// MinFunc empty panic: slices.MinFunc: empty list
// MaxFunc empty panic: slices.MaxFunc: empty list
