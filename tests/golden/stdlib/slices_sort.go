// slices: Sort (NaNs first), SortFunc, SortStableFunc, IsSorted,
// IsSortedFunc, BinarySearch and BinarySearchFunc over many sizes and
// input patterns. Unstable sorts only get results that do not depend on
// the order of equal elements.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type rec struct {
	key  int
	name string
	pos  int
}

var seed uint64 = 5

func next(mod int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int(seed>>33) % mod
}

func sum(a []int) int {
	s := 0
	for i, v := range a {
		s = (s*131 + v*(i+7)) % 998244353
	}
	return s
}

type Scores []float64

func main() {
	for _, n := range []int{0, 1, 2, 7, 12, 13, 40, 64, 65, 200, 1000, 20000} {
		for _, mod := range []int{2, 10, 1 << 30} {
			a := make([]int, n)
			for i := range a {
				a[i] = next(mod)
			}
			b := slices.Clone(a)
			c := slices.Clone(a)
			d := slices.Clone(a)
			slices.Sort(a)
			slices.SortFunc(b, func(x, y int) int { return cmp.Compare(y, x) })
			slices.SortStableFunc(c, cmpInt)
			slices.Reverse(b)
			asc := slices.Clone(d)
			slices.Sort(asc)
			slices.SortFunc(asc, cmpInt) // already sorted
			desc := slices.Clone(asc)
			slices.Reverse(desc)
			slices.SortFunc(desc, cmpInt)
			fmt.Println(n, mod, slices.IsSorted(a), slices.Equal(a, b), slices.Equal(a, c), slices.Equal(a, asc), slices.Equal(a, desc),
				slices.IsSortedFunc(b, func(x, y int) int { return x - y }), sum(a))
		}
	}

	// NaNs first, then the rest; -0 and 0 are equal.
	f := []float64{3, math.NaN(), -1, math.Inf(1), math.NaN(), 0, math.Inf(-1), -2.5, math.NaN()}
	slices.Sort(f)
	fmt.Println(f, slices.IsSorted(f))
	sc := Scores{2.5, 1, math.NaN()}
	slices.Sort(sc)
	fmt.Printf("%v %T\n", sc, sc)
	fs := make([]float32, 100)
	for i := range fs {
		fs[i] = float32(next(1000)) / 8
		if i%9 == 0 {
			fs[i] = float32(math.NaN())
		}
	}
	slices.Sort(fs)
	fmt.Println(fs[:13], fs[len(fs)-3:], slices.IsSorted(fs))
	strs := []string{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "and", "runs", "away", "from", "the", "big", "bad", "wolf"}
	slices.Sort(strs)
	fmt.Println(strs)
	u8 := []uint8{200, 3, 255, 0, 7, 7, 128}
	slices.Sort(u8)
	fmt.Println(u8)

	// Stable sorting keeps the input order of equal keys.
	recs := make([]rec, 300)
	for i := range recs {
		recs[i] = rec{next(5), fmt.Sprint("r", i), i}
	}
	slices.SortStableFunc(recs, func(a, b rec) int { return cmp.Compare(a.key, b.key) })
	fmt.Println(recs[:5], recs[295:])
	ok := true
	for i := 1; i < len(recs); i++ {
		if recs[i-1].key == recs[i].key && recs[i-1].pos > recs[i].pos {
			ok = false
		}
	}
	fmt.Println("stable:", ok)
	words := []string{"bb", "a", "ccc", "dd", "e", "fff", "g", "hh", "iii", "j"}
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	fmt.Println(words)

	// SortFunc with a multi-key comparison (all keys distinct overall).
	type person struct {
		last, first string
		age         int
	}
	people := []person{{"Smith", "Ann", 30}, {"Jones", "Bob", 25}, {"Smith", "Al", 41}, {"Adams", "Cy", 30}, {"Jones", "Al", 25}}
	slices.SortFunc(people, func(a, b person) int {
		return cmp.Or(cmp.Compare(a.last, b.last), cmp.Compare(a.first, b.first), cmp.Compare(a.age, b.age))
	})
	fmt.Println(people)

	// Binary searches.
	xs := []int{1, 3, 3, 3, 7, 9, 12}
	for _, t := range []int{0, 1, 3, 4, 12, 13} {
		i, found := slices.BinarySearch(xs, t)
		j, found2 := slices.BinarySearchFunc(xs, t, func(e, t int) int { return cmp.Compare(e, t) })
		fmt.Print(i, found, j, found2, " ")
	}
	fmt.Println()
	fx := []float64{math.NaN(), -1, 0, 2.5}
	for _, t := range []float64{math.NaN(), -2, 0, 3} {
		i, found := slices.BinarySearch(fx, t)
		fmt.Print(i, found, " ")
	}
	fmt.Println()
	byName := []rec{{1, "ann", 0}, {2, "bob", 1}, {3, "cat", 2}}
	i, found := slices.BinarySearchFunc(byName, "bob", func(r rec, name string) int { return cmp.Compare(r.name, name) })
	fmt.Println(i, found, slices.IsSortedFunc(byName, func(a, b rec) int { return cmp.Compare(a.name, b.name) }))
	i, found = slices.BinarySearch([]string{}, "x")
	fmt.Println(i, found)
}

// cmpInt is cmp.Compare[int] (mvm cannot yet instantiate a qualified
// generic function explicitly).
func cmpInt(a, b int) int { return cmp.Compare(a, b) }

// Output:
// 0 2 true true true true true true 0
// 0 10 true true true true true true 0
// 0 1073741824 true true true true true true 0
// 1 2 true true true true true true 0
// 1 10 true true true true true true 21
// 1 1073741824 true true true true true true 824957458
// 2 2 true true true true true true 925
// 2 10 true true true true true true 989
// 2 1073741824 true true true true true true 550444708
// 7 2 true true true true true true 22671266
// 7 10 true true true true true true 377987307
// 7 1073741824 true true true true true true 545870435
// 12 2 true true true true true true 357359615
// 12 10 true true true true true true 182531782
// 12 1073741824 true true true true true true 462127434
// 13 2 true true true true true true 523445114
// 13 10 true true true true true true 75554633
// 13 1073741824 true true true true true true 659168359
// 40 2 true true true true true true 524378361
// 40 10 true true true true true true 700286311
// 40 1073741824 true true true true true true 346181691
// 64 2 true true true true true true 855883433
// 64 10 true true true true true true 136105396
// 64 1073741824 true true true true true true 792935156
// 65 2 true true true true true true 657379808
// 65 10 true true true true true true 688328898
// 65 1073741824 true true true true true true 156979333
// 200 2 true true true true true true 958990834
// 200 10 true true true true true true 431292386
// 200 1073741824 true true true true true true 742231138
// 1000 2 true true true true true true 270437601
// 1000 10 true true true true true true 777772288
// 1000 1073741824 true true true true true true 229275421
// 20000 2 true true true true true true 786406609
// 20000 10 true true true true true true 479794544
// 20000 1073741824 true true true true true true 242566128
// [NaN NaN NaN -Inf -2.5 -1 0 3 +Inf] true
// [NaN 1 2.5] main.Scores
// [NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN 1] [123 124 124.125] true
// [and away bad big brown dog fox from jumps lazy over quick runs the the the wolf]
// [0 3 7 7 128 200 255]
// [{0 r0 0} {0 r10 10} {0 r13 13} {0 r24 24} {0 r25 25}] [{4 r293 293} {4 r294 294} {4 r295 295} {4 r298 298} {4 r299 299}]
// stable: true
// [a e g j bb dd hh ccc fff iii]
// [ccc fff iii bb dd hh a e g j]
// [{Adams Cy 30} {Jones Al 25} {Jones Bob 25} {Smith Al 41} {Smith Ann 30}]
// 0 false 0 false 0 true 0 true 1 true 1 true 4 false 4 false 6 true 6 true 7 false 7 false 
// 0 true 1 false 2 true 4 false 
// 1 true true
// 0 false
