// sieve: sieve of Eratosthenes over a []bool; measures slice indexing in loops.
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
	n := 20000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	fmt.Printf("primes up to %d: %d\n", n, count)
}
