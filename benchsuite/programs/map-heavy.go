// map-heavy: insert n int keys into a map[int]int, look up 2n keys (half of
// them absent), update and delete some. Measures the runtime's hash map.
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	m := make(map[int]int)
	key := func(i int) int { return (i * 2654435761) % 4294967296 }
	for i := 0; i < n; i++ {
		m[key(i)] = i
	}
	hits, sum := 0, 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[key(i)]; ok {
			hits++
			sum += v
		}
	}
	for i := 0; i < n; i += 3 {
		m[key(i)] += 7
	}
	for i := 0; i < n; i += 2 {
		delete(m, key(i))
	}
	rest := 0
	for _, v := range m {
		rest += v
	}
	fmt.Printf("map-heavy %d: hits %d sum %d len %d rest %d\n", n, hits, sum, len(m), rest)
}
