// sort: Sort, Stable, IsSorted and Reverse over Interface implementations,
// the IntSlice/Float64Slice/StringSlice helpers and the searches, on
// inputs that exercise insertion sort, quicksort, heapsort-prone patterns
// and in-place merging. Unstable sorts only get distinct keys (their
// order of equal keys is unspecified).
package main

import (
	"fmt"
	"math"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// counted records how often the sort calls each method.
type counted struct {
	data        []int
	less, swaps int
}

func (c *counted) Len() int           { return len(c.data) }
func (c *counted) Less(i, j int) bool { c.less++; return c.data[i] < c.data[j] }
func (c *counted) Swap(i, j int)      { c.swaps++; c.data[i], c.data[j] = c.data[j], c.data[i] }

func lcg(n int, seed uint64, mod int) []int {
	a := make([]int, n)
	for i := range a {
		seed = seed*6364136223846793005 + 1442695040888963407
		a[i] = int(seed>>33) % mod
	}
	return a
}

func patterns(n int) map[string][]int {
	p := map[string][]int{}
	asc := make([]int, n)
	desc := make([]int, n)
	organ := make([]int, n)
	saw := make([]int, n)
	for i := range asc {
		asc[i] = i
		desc[i] = n - i
		organ[i] = min(i, n-i)
		saw[i] = i % 17
	}
	p["random"] = lcg(n, 1, 1<<30)
	p["asc"] = asc
	p["desc"] = desc
	p["organ"] = organ
	p["saw"] = saw
	p["dups"] = lcg(n, 2, 4)
	p["same"] = make([]int, n)
	return p
}

func checksum(a []int) int {
	s := 0
	for i, v := range a {
		s = (s*31 + v*(i+1)) % 1000000007
	}
	return s
}

func main() {
	for _, n := range []int{0, 1, 2, 3, 5, 12, 13, 20, 21, 50, 100, 1000, 5000} {
		ps := patterns(n)
		for _, name := range []string{"random", "asc", "desc", "organ", "saw", "dups", "same"} {
			a := append([]int(nil), ps[name]...)
			b := append([]int(nil), ps[name]...)
			c := &counted{data: append([]int(nil), ps[name]...)}
			sort.Ints(a)
			sort.Sort(sort.IntSlice(b))
			sort.Sort(c)
			d := append([]int(nil), ps[name]...)
			sort.Stable(sort.IntSlice(d))
			e := append([]int(nil), ps[name]...)
			sort.Sort(sort.Reverse(sort.IntSlice(e)))
			ok := sort.IntsAreSorted(a) && sort.IsSorted(sort.IntSlice(b)) && sort.IsSorted(c) &&
				sort.IntsAreSorted(d) && sort.IsSorted(sort.Reverse(sort.IntSlice(e)))
			fmt.Printf("n=%d %s: %v %d %d %d %d", n, name, ok, checksum(a), checksum(b), checksum(c.data), checksum(d))
			if n > 0 {
				fmt.Print(" first/last ", a[0], a[n-1], e[0], e[n-1])
			}
			fmt.Println()
		}
	}

	// Stable keeps the input order of equal keys.
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30}, {"Grace", 25}}
	for i := 0; i < 40; i++ {
		people = append(people, person{fmt.Sprint("p", i), (i * 7) % 5})
	}
	sort.Stable(byAge(people))
	fmt.Println(people)
	sort.Stable(sort.Reverse(byAge(people)))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(byAge(people)), sort.IsSorted(sort.Reverse(byAge(people))))

	// Float64s: NaNs first.
	f := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Copysign(0, -1), math.Inf(-1), math.NaN(), 2, -7.25}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f))
	f2 := sort.Float64Slice{2, math.NaN(), 1}
	f2.Sort()
	fmt.Println(f2, f2.Len(), f2.Less(0, 1), f2.Search(1), f2.Search(math.NaN()))
	s := []string{"pear", "apple", "fig", "", "banana", "Apple", "apple pie", "éclair"}
	sort.Strings(s)
	fmt.Println(s, sort.StringsAreSorted(s))
	ss := sort.StringSlice{"b", "c", "a"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), ss.Search("bb"))
	is := sort.IntSlice{5, 1, 4}
	is.Sort()
	fmt.Println(is, is.Search(4), is.Search(9))
	fmt.Printf("%T %v\n", sort.Reverse(is), sort.Reverse(is).Len())

	// Searching.
	a := []int{1, 3, 3, 3, 7, 9, 12}
	for _, x := range []int{-1, 1, 2, 3, 4, 9, 12, 13} {
		i, found := sort.Find(len(a), func(i int) int { return x - a[i] })
		fmt.Print(sort.SearchInts(a, x), sort.Search(len(a), func(i int) bool { return a[i] > x }), i, found, " ")
	}
	fmt.Println()
	fa := []float64{-1.5, 0, 0, 2.25, math.Inf(1)}
	for _, x := range []float64{-2, 0, 1, 2.25, math.Inf(1), math.NaN()} {
		fmt.Print(sort.SearchFloat64s(fa, x), " ")
	}
	sa := []string{"a", "b", "d"}
	fmt.Println(sort.SearchStrings(sa, "c"), sort.SearchStrings(sa, ""), sort.SearchStrings(sa, "z"))
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(100, func(i int) bool { return i*i > 1000 }))
}

// Output:
// n=0 random: true 0 0 0 0
// n=0 asc: true 0 0 0 0
// n=0 desc: true 0 0 0 0
// n=0 organ: true 0 0 0 0
// n=0 saw: true 0 0 0 0
// n=0 dups: true 0 0 0 0
// n=0 same: true 0 0 0 0
// n=1 random: true 908834774 908834774 908834774 908834774 first/last 908834774 908834774 908834774 908834774
// n=1 asc: true 0 0 0 0 first/last 0 0 0 0
// n=1 desc: true 1 1 1 1 first/last 1 1 1 1
// n=1 organ: true 0 0 0 0 first/last 0 0 0 0
// n=1 saw: true 0 0 0 0 first/last 0 0 0 0
// n=1 dups: true 0 0 0 0 first/last 0 0 0 0
// n=1 same: true 0 0 0 0 first/last 0 0 0 0
// n=2 random: true 443941733 443941733 443941733 443941733 first/last 20202329 908834774 908834774 20202329
// n=2 asc: true 2 2 2 2 first/last 0 1 1 0
// n=2 desc: true 35 35 35 35 first/last 1 2 2 1
// n=2 organ: true 2 2 2 2 first/last 0 1 1 0
// n=2 saw: true 2 2 2 2 first/last 0 1 1 0
// n=2 dups: true 4 4 4 4 first/last 0 2 2 0
// n=2 same: true 0 0 0 0 first/last 0 0 0 0
// n=3 random: true 894103268 894103268 894103268 894103268 first/last 20202329 908834774 908834774 20202329
// n=3 asc: true 68 68 68 68 first/last 0 2 2 0
// n=3 desc: true 1094 1094 1094 1094 first/last 1 3 3 1
// n=3 organ: true 65 65 65 65 first/last 0 1 1 0
// n=3 saw: true 68 68 68 68 first/last 0 2 2 0
// n=3 dups: true 6 6 6 6 first/last 0 2 2 0
// n=3 same: true 0 0 0 0 first/last 0 0 0 0
// n=5 random: true 733408068 733408068 733408068 733408068 first/last 20202329 908834774 908834774 20202329
// n=5 asc: true 65740 65740 65740 65740 first/last 0 4 4 0
// n=5 desc: true 1051855 1051855 1051855 1051855 first/last 1 5 5 1
// n=5 organ: true 62723 62723 62723 62723 first/last 0 2 2 0
// n=5 saw: true 65740 65740 65740 65740 first/last 0 4 4 0
// n=5 dups: true 263 263 263 263 first/last 0 3 3 0
// n=5 same: true 0 0 0 0 first/last 0 0 0 0
// n=12 random: true 844178923 844178923 844178923 844178923 first/last 1097971 908834774 908834774 1097971
// n=12 asc: true 120483123 120483123 120483123 120483123 first/last 0 11 11 0
// n=12 desc: true 927730039 927730039 927730039 927730039 first/last 1 12 12 1
// n=12 organ: true 289757827 289757827 289757827 289757827 first/last 0 6 6 0
// n=12 saw: true 120483123 120483123 120483123 120483123 first/last 0 11 11 0
// n=12 dups: true 629264268 629264268 629264268 629264268 first/last 0 3 3 0
// n=12 same: true 0 0 0 0 first/last 0 0 0 0
// n=13 random: true 72568872 72568872 72568872 72568872 first/last 1097971 908834774 908834774 1097971
// n=13 asc: true 734976948 734976948 734976948 734976948 first/last 0 12 12 0
// n=13 desc: true 759631182 759631182 759631182 759631182 first/last 1 13 13 1
// n=13 organ: true 982492659 982492659 982492659 982492659 first/last 0 6 6 0
// n=13 saw: true 734976948 734976948 734976948 734976948 first/last 0 12 12 0
// n=13 dups: true 506894304 506894304 506894304 506894304 first/last 0 3 3 0
// n=13 same: true 0 0 0 0 first/last 0 0 0 0
// n=20 random: true 587427267 587427267 587427267 587427267 first/last 1097971 911684890 911684890 1097971
// n=20 asc: true 24397881 24397881 24397881 24397881 first/last 0 19 19 0
// n=20 desc: true 390366306 390366306 390366306 390366306 first/last 1 20 20 1
// n=20 organ: true 844567131 844567131 844567131 844567131 first/last 0 10 10 0
// n=20 saw: true 717905810 717905810 717905810 717905810 first/last 0 16 16 0
// n=20 dups: true 881938488 881938488 881938488 881938488 first/last 0 3 3 0
// n=20 same: true 0 0 0 0 first/last 0 0 0 0
// n=21 random: true 567104679 567104679 567104679 567104679 first/last 1097971 911684890 911684890 1097971
// n=21 asc: true 756334731 756334731 756334731 756334731 first/last 0 20 20 0
// n=21 desc: true 101355843 101355843 101355843 101355843 first/last 1 21 21 1
// n=21 organ: true 181581089 181581089 181581089 181581089 first/last 0 10 10 0
// n=21 saw: true 313409849 313409849 313409849 313409849 first/last 0 16 16 0
// n=21 dups: true 27814484 27814484 27814484 27814484 first/last 0 3 3 0
// n=21 same: true 0 0 0 0 first/last 0 0 0 0
// n=50 random: true 806296856 806296856 806296856 806296856 first/last 1097971 1045416586 1045416586 1097971
// n=50 asc: true 109890409 109890409 109890409 109890409 first/last 0 49 49 0
// n=50 desc: true 758247812 758247812 758247812 758247812 first/last 1 50 50 1
// n=50 organ: true 525745090 525745090 525745090 525745090 first/last 0 25 25 0
// n=50 saw: true 773565965 773565965 773565965 773565965 first/last 0 16 16 0
// n=50 dups: true 660284241 660284241 660284241 660284241 first/last 0 3 3 0
// n=50 same: true 0 0 0 0 first/last 0 0 0 0
// n=100 random: true 295112502 295112502 295112502 295112502 first/last 1097971 1045416586 1045416586 1097971
// n=100 asc: true 562086150 562086150 562086150 562086150 first/last 0 99 99 0
// n=100 desc: true 993383394 993383394 993383394 993383394 first/last 1 100 100 1
// n=100 organ: true 549959302 549959302 549959302 549959302 first/last 0 50 50 0
// n=100 saw: true 262273291 262273291 262273291 262273291 first/last 0 16 16 0
// n=100 dups: true 202763187 202763187 202763187 202763187 first/last 0 3 3 0
// n=100 same: true 0 0 0 0 first/last 0 0 0 0
// n=1000 random: true 626750311 626750311 626750311 626750311 first/last 959741 1072896951 1072896951 959741
// n=1000 asc: true 29085222 29085222 29085222 29085222 first/last 0 999 999 0
// n=1000 desc: true 465864052 465864052 465864052 465864052 first/last 1 1000 1000 1
// n=1000 organ: true 299249785 299249785 299249785 299249785 first/last 0 500 500 0
// n=1000 saw: true 652917290 652917290 652917290 652917290 first/last 0 16 16 0
// n=1000 dups: true 421315189 421315189 421315189 421315189 first/last 0 3 3 0
// n=1000 same: true 0 0 0 0 first/last 0 0 0 0
// n=5000 random: true 982331930 982331930 982331930 982331930 first/last 120462 1073686465 1073686465 120462
// n=5000 asc: true 656622757 656622757 656622757 656622757 first/last 0 4999 4999 0
// n=5000 desc: true 518466542 518466542 518466542 518466542 first/last 1 5000 5000 1
// n=5000 organ: true 623933607 623933607 623933607 623933607 first/last 0 2500 2500 0
// n=5000 saw: true 786970948 786970948 786970948 786970948 first/last 0 16 16 0
// n=5000 dups: true 111974788 111974788 111974788 111974788 first/last 0 3 3 0
// n=5000 same: true 0 0 0 0 first/last 0 0 0 0
// [{p0 0} {p5 0} {p10 0} {p15 0} {p20 0} {p25 0} {p30 0} {p35 0} {p3 1} {p8 1} {p13 1} {p18 1} {p23 1} {p28 1} {p33 1} {p38 1} {p1 2} {p6 2} {p11 2} {p16 2} {p21 2} {p26 2} {p31 2} {p36 2} {p4 3} {p9 3} {p14 3} {p19 3} {p24 3} {p29 3} {p34 3} {p39 3} {p2 4} {p7 4} {p12 4} {p17 4} {p22 4} {p27 4} {p32 4} {p37 4} {Bob 25} {Dave 25} {Grace 25} {Alice 30} {Carol 30} {Frank 30} {Eve 35}]
// [{Eve 35} {Alice 30} {Carol 30} {Frank 30} {Bob 25} {Dave 25} {Grace 25} {p2 4} {p7 4} {p12 4} {p17 4} {p22 4} {p27 4} {p32 4} {p37 4} {p4 3} {p9 3} {p14 3} {p19 3} {p24 3} {p29 3} {p34 3} {p39 3} {p1 2} {p6 2} {p11 2} {p16 2} {p21 2} {p26 2} {p31 2} {p36 2} {p3 1} {p8 1} {p13 1} {p18 1} {p23 1} {p28 1} {p33 1} {p38 1} {p0 0} {p5 0} {p10 0} {p15 0} {p20 0} {p25 0} {p30 0} {p35 0}]
// false true
// [NaN NaN -Inf -7.25 -1 0 -0 2 3.5 +Inf] true
// [NaN 1 2] 3 true 1 3
// [ Apple apple apple pie banana fig pear éclair] true
// [a b c] 1 2
// [1 4 5] 1 3
// *sort.reverse 3
// 0 0 0 false 0 1 0 true 1 1 1 false 1 4 1 true 4 4 4 false 5 6 5 true 6 7 6 true 7 7 7 false 
// 0 1 3 3 4 5 2 0 3
// 0 32
