package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	m["four"] = 4
	m["one"] = 100
	fmt.Println(m)
	delete(m, "two")
	delete(m, "nonexistent")
	fmt.Println(m, len(m))
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	_, ok = nm["x"]
	fmt.Println(ok)
	delete(nm, "x")
	for k, v := range nm {
		fmt.Println("never", k, v)
	}
	e := map[int]bool{}
	fmt.Println(e == nil, len(e))
	mk := make(map[int]string, 100)
	mk[1] = "a"
	fmt.Println(len(mk), mk)
	if x, found := m["four"]; found {
		fmt.Println("found four", x)
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	clear(m)
	fmt.Println(len(m), m)
	m["again"] = 1
	fmt.Println(m)
}

// Output:
// 3 2 0
// 1 true
// 0 false
// map[four:4 one:100 three:3 two:2]
// map[four:4 one:100 three:3] 3
// true 0 0
// false
// false 0
// 1 map[1:a]
// found four 4
// map[105:4 109:1 112:2 115:4]
// 0 map[]
// map[again:1]
