package main

import "fmt"

func main() {
	graph := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}, {"d", "a"}}
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
	}
	fmt.Println(graph)
	mm := map[string]map[string]int{}
	add := func(a, b string) {
		if mm[a] == nil {
			mm[a] = map[string]int{}
		}
		mm[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(mm, len(mm["x"]), mm["q"]["r"])
	type S struct{ N int }
	ms := map[string]S{"a": {1}}
	s := ms["a"]
	s.N = 10
	fmt.Println(ms["a"], s)
	ms["a"] = s
	fmt.Println(ms)
	mp := map[string]*S{"a": {1}}
	mp["a"].N = 42
	fmt.Println(mp["a"].N)
	msl := map[int][]int{}
	msl[1] = append(msl[1], 1, 2)
	msl[1][0] = 100
	fmt.Println(msl)
	alias := mm["x"]
	alias["new"] = 7
	fmt.Println(mm["x"])
	mf := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	fmt.Println(mf["double"](5), mf["square"](5), mf["none"] == nil)
}

// Output:
// map[a:[b c] b:[c] c:[a] d:[a]]
// map[w:map[y:1] x:map[y:2 z:1]] 2 0
// {1} {10}
// map[a:{10}]
// 42
// map[1:[100 2]]
// map[new:7 y:2 z:1]
// 10 25 true
