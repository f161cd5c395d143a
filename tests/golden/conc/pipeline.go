package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int, 8)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	c := stage(stage(stage(gen(10000), func(x int) int { return x * 2 }), func(x int) int { return x + 1 }), func(x int) int { return x % 1000 })
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// 5000000
