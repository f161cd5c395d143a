package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println("Hello, world!", fib(20))
	fmt.Printf("%d %s %v %.3f %x %t|%5d|\n", 42, "str", []int{1, 2}, 3.14159, 255, true, 7)
}
