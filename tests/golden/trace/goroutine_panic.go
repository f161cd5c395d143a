package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	if id == 2 {
		var p *struct{ x int }
		out <- p.x
	}
	out <- id
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	wg.Add(1)
	go worker(1, &wg, out)
	wg.Wait()
	fmt.Println(<-out)
	wg.Add(1)
	go worker(2, &wg, out)
	wg.Wait()
	fmt.Println("unreachable")
}

// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// Trace:
// main.worker goroutine_panic.go:12
// Output:
// 1
