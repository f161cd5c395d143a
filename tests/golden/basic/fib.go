package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	for i := 0; i < 25; i += 3 {
		fmt.Println(i, fib(i))
	}
}

// Output:
// 0 0
// 3 2
// 6 8
// 9 34
// 12 144
// 15 610
// 18 2584
// 21 10946
// 24 46368
