// chan-primes: the classic concurrent prime sieve, a chain of filter
// goroutines, printing a checksum of the first n primes.
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

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 2000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < n; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("primes", n, last, sum)
}
