package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 10000
	start := make(chan struct{})
	results := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results <- i % 7
		}(i)
	}
	fmt.Println("blocked:", runtime.NumGoroutine() > n/2)
	close(start)
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// blocked: true
// 29994
