// slices, maps, iter and cmp: the iterator functions (All, Values,
// Backward, Collect, AppendSeq, Sorted, Chunk; maps.Keys, Values, All,
// Insert, Collect), early exit from iterators, and the map helpers.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
)

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(s []string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, v := range s {
			if !yield(v, i) {
				return
			}
		}
	}
}

func main() {
	s := []string{"a", "b", "c", "d"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	for v := range slices.Values(s) {
		fmt.Print(v)
	}
	for i, v := range slices.Backward(s) {
		if i == 1 {
			break
		}
		fmt.Print(" ", i, v)
	}
	fmt.Println()
	fmt.Println(slices.Collect(countdown(5)), slices.Collect(countdown(0)) == nil, slices.AppendSeq([]int{9}, countdown(3)))
	fmt.Println(slices.Sorted(countdown(6)), slices.SortedFunc(countdown(4), func(a, b int) int { return b - a }))
	fmt.Println(slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) }))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	for c := range slices.Chunk([]int{}, 2) {
		fmt.Print("never", c)
	}
	for c := range slices.Chunk([]int{1, 2, 3, 4}, 2) {
		fmt.Print(c)
		break
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("Chunk(0) panic:", recover()) }()
		slices.Chunk([]int{1}, 0)
	}()

	// maps
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(keys, vals)
	n := 0
	for k, v := range maps.All(m) {
		if m[k] != v {
			fmt.Println("bad")
		}
		n++
	}
	for range maps.Keys(m) {
		break
	}
	fmt.Println(n)
	c := maps.Clone(m)
	c["five"] = 5
	fmt.Println(len(m), len(c), maps.Equal(m, c), maps.Equal(m, maps.Clone(m)))
	var nm map[string]int
	fmt.Println(maps.Clone(nm) == nil, maps.Equal(nm, map[string]int{}), len(maps.Collect(maps.All(nm))))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(slices.Sorted(maps.Keys(c)))
	dst := map[string]int{"one": 100, "zero": 0}
	maps.Copy(dst, m)
	fmt.Println(slices.Sorted(maps.Keys(dst)), dst["one"])
	maps.Insert(dst, pairs([]string{"x", "y"}))
	fmt.Println(dst["x"], dst["y"], len(dst))
	col := maps.Collect(pairs([]string{"p", "q", "p"}))
	fmt.Println(col)
	fmt.Println(maps.EqualFunc(map[int]string{1: "a"}, map[int]int{1: 1}, func(s string, i int) bool { return len(s) == i }))
	fm := map[float64]int{math.NaN(): 1}
	fmt.Println(maps.Equal(fm, fm), maps.Equal(map[int]float64{1: math.NaN()}, map[int]float64{1: math.NaN()}))

	// cmp
	nan := math.NaN()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0), cmp.Compare(nan, 1), cmp.Compare(1, nan), cmp.Compare(nan, nan),
		cmp.Compare(math.Copysign(0, -1), 0))
	fmt.Println(cmp.Less(1, 2), cmp.Less(2, 1), cmp.Less(nan, math.Inf(-1)), cmp.Less(math.Inf(-1), nan), cmp.Less(nan, nan), cmp.Less("a", "b"))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), cmp.Or(0), cmp.Or(false, true))
	type T struct{ a, b int }
	fmt.Println(cmp.Or(T{}, T{1, 2}))
	words := []string{"go", "rust", "zig", "c"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b)) })
	fmt.Println(words)

	// iter.Seq values passed around.
	var seq iter.Seq[int] = countdown(3)
	var seq2 iter.Seq2[int, string] = slices.All([]string{"x", "y"})
	for v := range seq {
		fmt.Print(v)
	}
	for i, v := range seq2 {
		fmt.Print(i, v)
	}
	fmt.Println()
}

// Output:
// 0a 1b 2c 3d abcd 3d 2c
// [5 4 3 2 1] true [9 3 2 1]
// [1 2 3 4 5 6] [4 3 2 1]
// [a d bb cc]
// [1 2 3] 3 3 [4 5 6] 3 3 [7] 1 1 [1 2]
// Chunk(0) panic: cannot be less than 1
// [four one three two] [1 2 3 4]
// 4
// 4 5 false true
// true true 0
// [five one three]
// [four one three two zero] 1
// 0 1 7
// map[p:2 q:1]
// true
// false false
// -1 1 0 -1 1 0 0
// true false true false false true
// 3 x 0 true
// {1 2}
// [c go zig rust]
// 3210x1y
