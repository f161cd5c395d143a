package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func SortSlice[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func TotalLen[T Stringish](xs ...T) int {
	t := 0
	for _, x := range xs {
		t += x.Len() + len(string(x))
	}
	return t
}

type Shower interface{ Show() string }

type Num int

func (n Num) Show() string { return fmt.Sprint("#", int(n)) }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

type Integer interface{ ~int | ~int64 | ~uint8 }

func Gcd[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(2.5, -1.0), Max[uint8](200, 100))
	xs := []string{"pear", "fig", "apple"}
	SortSlice(xs)
	fmt.Println(xs)
	fs := []float64{3.5, -1, 2.25, 0}
	SortSlice(fs)
	fmt.Println(fs)
	fmt.Println(TotalLen(Name("ab"), Name("cde")))
	fmt.Println(ShowAll([]Num{1, 2, 3}))
	fmt.Println(Gcd(48, 18), Gcd[int64](1<<40, 1<<20), Gcd[uint8](255, 15))
	ks := Keys(map[string]bool{"b": true, "a": true, "c": false})
	SortSlice(ks)
	fmt.Println(ks)
	type Score int
	ss := []Score{30, 10, 20}
	SortSlice(ss)
	fmt.Println(ss, Max(Score(1), Score(2)))
}

// Output:
// 7 banana 2.5 200
// [apple fig pear]
// [-1 0 2.25 3.5]
// 10
// [#1 #2 #3]
// 6 1048576 15
// [a b c]
// [10 20 30] 2
