// fib: naive doubly recursive Fibonacci; measures call overhead.
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

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 35
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	fmt.Printf("fib(%d) = %d\n", n, fib(n))
}
