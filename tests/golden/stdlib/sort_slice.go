// sort: Slice, SliceStable and SliceIsSorted on slices of many element
// sizes (the sorts swap through typed views of the slice's memory, with a
// general swapper for unusual sizes), and their panics on non-slices.
package main

import (
	"fmt"
	"sort"
)

type s3 [3]byte
type s12 struct{ a, b, c int32 }
type s20 struct {
	a    int64
	b, c int32
	d    int32
}
type s24 struct {
	name string
	key  int
}
type s32 struct {
	a, b int
	name string
}
type s40 struct {
	key  int
	tags []int
	s    string
}
type s6 struct{ a, b, c int16 }

var seed uint64 = 99

func next(mod int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int(seed>>33) % mod
}

func main() {
	n := 300
	perm := func() []int {
		p := make([]int, n)
		for i := range p {
			p[i] = i
		}
		for i := n - 1; i > 0; i-- {
			j := next(i + 1)
			p[i], p[j] = p[j], p[i]
		}
		return p
	}

	b1 := make([]uint8, n)
	b2 := make([]int16, n)
	b3 := make([]s3, n)
	b4 := make([]float32, n)
	b6 := make([]s6, n)
	b8 := make([]*int, n)
	b12 := make([]s12, n)
	b16 := make([]string, n)
	b20 := make([]s20, n)
	b24 := make([]s24, n)
	b32 := make([]s32, n)
	b40 := make([]s40, n)
	p := perm()
	for i := range p {
		k := p[i]
		b1[i] = uint8(k % 256)
		b2[i] = int16(k - 150)
		b3[i] = s3{byte(k / 256), byte(k), 7}
		b4[i] = float32(k) / 4
		b6[i] = s6{int16(k), -1, int16(i)}
		v := k
		b8[i] = &v
		b12[i] = s12{int32(k), int32(i), -3}
		b16[i] = fmt.Sprintf("%04d", k)
		b20[i] = s20{int64(k), int32(i), 1, 2}
		b24[i] = s24{fmt.Sprint("n", k), k}
		b32[i] = s32{k, i, fmt.Sprint(k)}
		b40[i] = s40{k, []int{k, i}, fmt.Sprint(k)}
	}
	sort.Slice(b1, func(i, j int) bool { return b1[i] < b1[j] })
	sort.Slice(b2, func(i, j int) bool { return b2[i] < b2[j] })
	sort.Slice(b3, func(i, j int) bool { return b3[i][0] < b3[j][0] || b3[i][0] == b3[j][0] && b3[i][1] < b3[j][1] })
	sort.Slice(b4, func(i, j int) bool { return b4[i] > b4[j] })
	sort.Slice(b6, func(i, j int) bool { return b6[i].a < b6[j].a })
	sort.Slice(b8, func(i, j int) bool { return *b8[i] < *b8[j] })
	sort.Slice(b12, func(i, j int) bool { return b12[i].a < b12[j].a })
	sort.Slice(b16, func(i, j int) bool { return b16[i] < b16[j] })
	sort.Slice(b20, func(i, j int) bool { return b20[i].a < b20[j].a })
	sort.Slice(b24, func(i, j int) bool { return b24[i].key < b24[j].key })
	sort.Slice(b32, func(i, j int) bool { return b32[i].a < b32[j].a })
	sort.Slice(b40, func(i, j int) bool { return b40[i].key < b40[j].key })
	fmt.Println(b1[:10], b1[n-5:])
	fmt.Println(b2[:5], b2[n-5:])
	fmt.Println(b3[:3], b3[n-3:])
	fmt.Println(b4[:5], b4[n-5:])
	fmt.Println(b6[0].a, b6[1].a, b6[n-1].a, *b8[0], *b8[1], *b8[n-1])
	fmt.Println(b12[:2], b12[n-1].a, b16[:4], b16[n-1])
	fmt.Println(b20[0].a, b20[n-1].a, b24[:2], b24[n-1], b32[:2], b40[0].key, b40[0].tags, b40[n-1])
	ok := true
	for i := 0; i < n; i++ {
		ok = ok && *b8[i] == i && b12[i].a == int32(i) && b20[i].a == int64(i) && b24[i].key == i &&
			b24[i].name == fmt.Sprint("n", i) && b32[i].name == fmt.Sprint(i) && b40[i].tags[0] == i && int(b6[i].a) == i
	}
	fmt.Println("payloads follow their keys:", ok)
	fmt.Println(sort.SliceIsSorted(b1, func(i, j int) bool { return b1[i] < b1[j] }),
		sort.SliceIsSorted(b4, func(i, j int) bool { return b4[i] < b4[j] }),
		sort.SliceIsSorted(b40, func(i, j int) bool { return b40[i].key < b40[j].key }))

	// SliceStable keeps the input order among equal keys, for each size.
	type kv struct {
		k, v int
	}
	st := make([]kv, 500)
	for i := range st {
		st[i] = kv{next(7), i}
	}
	sort.SliceStable(st, func(i, j int) bool { return st[i].k < st[j].k })
	ok = true
	for i := 1; i < len(st); i++ {
		if st[i-1].k > st[i].k || st[i-1].k == st[i].k && st[i-1].v > st[i].v {
			ok = false
		}
	}
	fmt.Println("stable kv:", ok, st[:6], st[len(st)-3:])
	sb := make([]s3, 200)
	for i := range sb {
		sb[i] = s3{byte(next(3)), byte(i), 0}
	}
	sort.SliceStable(sb, func(i, j int) bool { return sb[i][0] < sb[j][0] })
	fmt.Println(sb[:8], sb[len(sb)-4:])
	sw := make([]s40, 100)
	for i := range sw {
		sw[i] = s40{next(4), nil, fmt.Sprint(i)}
	}
	sort.SliceStable(sw, func(i, j int) bool { return sw[i].key > sw[j].key })
	for _, e := range sw[:10] {
		fmt.Print(e.key, ":", e.s, " ")
	}
	fmt.Println()
	strs := []string{"bb", "a", "ccc", "dd", "e", "fff", "g"}
	sort.SliceStable(strs, func(i, j int) bool { return len(strs[i]) < len(strs[j]) })
	fmt.Println(strs)

	// Empty, single, and array-backed slices; an unchanged empty struct slice.
	var empty []int
	sort.Slice(empty, func(i, j int) bool { return empty[i] < empty[j] })
	one := []int{1}
	sort.SliceStable(one, func(i, j int) bool { return false })
	arr := [5]int{5, 3, 1, 4, 2}
	sort.Slice(arr[1:4], func(i, j int) bool { return arr[1+i] < arr[1+j] })
	es := make([]struct{}, 10)
	sort.Slice(es, func(i, j int) bool { return i > j })
	fmt.Println(empty, one, arr, len(es), sort.SliceIsSorted(empty, nil))
	// SliceIsSorted only needs a length: arrays, strings and maps have one.
	calls := 0
	never := func(i, j int) bool { calls++; return false }
	fmt.Println(sort.SliceIsSorted(arr, never), sort.SliceIsSorted("abc", never),
		sort.SliceIsSorted(map[int]int{1: 1, 2: 2}, never), calls)

	try := func(name string, f func()) {
		defer func() {
			r := recover()
			fmt.Println(name, "panic:", r)
			if e, ok := r.(error); ok {
				fmt.Println("  is error:", e.Error())
			}
		}()
		f()
	}
	try("Slice(int)", func() { sort.Slice(5, func(i, j int) bool { return false }) })
	try("SliceStable(string)", func() { sort.SliceStable("abc", func(i, j int) bool { return false }) })
	try("SliceIsSorted(map)", func() { sort.SliceIsSorted(map[int]int{}, func(i, j int) bool { return false }) })
	try("Slice(nil)", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	try("Slice(array)", func() { sort.Slice([2]int{}, func(i, j int) bool { return false }) })
	try("Slice(ptr)", func() { sort.Slice(&arr, func(i, j int) bool { return false }) })
	try("SliceIsSorted(ptr)", func() { sort.SliceIsSorted(&arr, func(i, j int) bool { return false }) })
	try("SliceIsSorted(int)", func() { sort.SliceIsSorted(3, func(i, j int) bool { return false }) })
	try("SliceIsSorted(nil)", func() { sort.SliceIsSorted(nil, func(i, j int) bool { return false }) })
}

// Output:
// [0 0 1 1 2 2 3 3 4 4] [251 252 253 254 255]
// [-150 -149 -148 -147 -146] [145 146 147 148 149]
// [[0 0 7] [0 1 7] [0 2 7]] [[1 41 7] [1 42 7] [1 43 7]]
// [74.75 74.5 74.25 74 73.75] [1 0.75 0.5 0.25 0]
// 0 1 299 0 1 299
// [{0 18 -3} {1 0 -3}] 299 [0000 0001 0002 0003] 0299
// 0 299 [{n0 0} {n1 1}] {n299 299} [{0 18 0} {1 0 1}] 0 [0 18] {299 [299 219] 299}
// payloads follow their keys: true
// true false true
// stable kv: true [{0 13} {0 24} {0 35} {0 53} {0 54} {0 55}] [{6 489} {6 494} {6 499}]
// [[0 2 0] [0 6 0] [0 7 0] [0 8 0] [0 10 0] [0 11 0] [0 13 0] [0 15 0]] [[2 182 0] [2 188 0] [2 189 0] [2 190 0]]
// 3:4 3:6 3:7 3:9 3:14 3:18 3:19 3:20 3:21 3:22 
// [a e g bb dd ccc fff]
// [] [1] [5 1 3 4 2] 10 true
// true true true 7
// Slice(int) panic: reflect: call of Swapper on int Value
//   is error: reflect: call of Swapper on int Value
// SliceStable(string) panic: reflect: call of Swapper on string Value
//   is error: reflect: call of Swapper on string Value
// SliceIsSorted(map) panic: <nil>
// Slice(nil) panic: reflect: call of Swapper on zero Value
//   is error: reflect: call of Swapper on zero Value
// Slice(array) panic: reflect: call of Swapper on array Value
//   is error: reflect: call of Swapper on array Value
// Slice(ptr) panic: reflect: call of Swapper on ptr Value
//   is error: reflect: call of Swapper on ptr Value
// SliceIsSorted(ptr) panic: reflect: call of reflectlite.Value.Len on ptr Value
//   is error: reflect: call of reflectlite.Value.Len on ptr Value
// SliceIsSorted(int) panic: reflect: call of reflectlite.Value.Len on int Value
//   is error: reflect: call of reflectlite.Value.Len on int Value
// SliceIsSorted(nil) panic: reflect: call of reflectlite.Value.Len on zero Value
//   is error: reflect: call of reflectlite.Value.Len on zero Value
