package main

import "fmt"

func work(xs []int) int {
	defer fmt.Println("deferred runs")
	t := 0
	for i := 0; i < 100000; i++ {
		t += i

		if i == 99999 {
			t += xs[i]
		}
	}
	return t
}

func main() {
	s := 0
	for i := 0; i < 100000; i++ {
		s += i
		if i == 99999 {
			fmt.Println(s, work(make([]int, 3)))
		}
	}
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [99999] with length 3
// Trace:
// main.work osr_loop_panic.go:12
// main.main osr_loop_panic.go:23
// Output:
// deferred runs
