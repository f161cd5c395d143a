package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range m2 {
		m2[k] *= 10
	}
	fmt.Println(m2)
	m3 := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	for k := range m3 {
		if k%2 == 0 {
			delete(m3, k)
		}
	}
	fmt.Println(m3)
	m4 := map[int]int{1: 1}
	for k, v := range m4 {
		delete(m4, k)
		m4[k] = v + 1
		break
	}
	fmt.Println(m4)
	n := 0
	m5 := map[int]int{1: 1, 2: 2, 3: 3}
	for range m5 {
		clear(m5)
		n++
	}
	fmt.Println(n, len(m5))
}

// Output:
// 0
// map[a:10 b:20 c:30]
// map[1:1 3:3]
// map[1:2]
// 1 0
