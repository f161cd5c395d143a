// maps: 200k int keys inserted, looked up 5 times, deleted; fmt only: hash maps.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	const n = 200000
	for i := 0; i < n; i++ {
		m[i*7919%1000003] = i
	}
	hits := 0
	for r := 0; r < 5; r++ {
		for i := 0; i < n; i++ {
			if _, ok := m[(i*31+r)%1000003]; ok {
				hits++
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7919%1000003)
	}
	fmt.Println(len(m), hits)
}
