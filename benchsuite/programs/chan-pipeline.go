// chan-pipeline: n values through a pipeline of 4 goroutine stages joined
// by buffered channels. Measures channel throughput.
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

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int, 64)
	go func() {
		for v := range in {
			out <- f(v)
		}
		close(out)
	}()
	return out
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	src := make(chan int, 64)
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	c := stage(src, func(x int) int { return x * 3 })
	c = stage(c, func(x int) int { return x + 7 })
	c = stage(c, func(x int) int { return x % 1000003 })
	c = stage(c, func(x int) int { return x ^ 0x5555 })
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println("pipeline", n, sum)
}
