package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	strs := []string{"a", "b"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	type P struct{ X int }
	ps := []*P{{1}, {2}}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil)
	m := map[string]int{"a": 1, "b": 2}
	delete(m, "a")
	fmt.Println(m)
	delete(m, "zzz")
	clear(m)
	fmt.Println(m, len(m))
	var nm map[int]int
	clear(nm)
	delete(nm, 1)
	var ns []int
	clear(ns)
	fmt.Println(nm == nil, ns == nil)
	mm := map[int]bool{}
	for i := 0; i < 100; i++ {
		mm[i] = true
	}
	for i := 0; i < 100; i += 3 {
		delete(mm, i)
	}
	fmt.Println(len(mm))
	fs := []float64{1, 2}
	clear(fs)
	fmt.Println(fs)
}

// Output:
// [1 0 0 4] 4
// ["" ""]
// true true
// map[b:2]
// map[] 0
// true true
// 66
// [0 0]
