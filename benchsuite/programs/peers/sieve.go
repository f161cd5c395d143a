// sieve: Eratosthenes over 4M bools, 3 rounds, fmt only: slice indexing in loops.
package main

import "fmt"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func main() {
	total := 0
	for r := 0; r < 3; r++ {
		total += sieve(4000000)
	}
	fmt.Println(total)
}
