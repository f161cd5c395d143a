package main

import "fmt"

func main() {
	n := 1 << 50
	m := make(map[int]int, n)
	m[1] = 2
	fmt.Println(len(m), m)
	k := -7
	m2 := make(map[string]bool, k)
	m2["a"] = true
	fmt.Println(m2)
}

// Output:
// 1 map[1:2]
// map[a:true]
