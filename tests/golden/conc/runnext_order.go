// The goroutine made runnable last runs next (gc's runnext slot): a `go`
// statement or a wake-up takes the slot and the goroutine it displaces
// goes to the back of the queue. With one P (as mvm always has) gc's
// order is deterministic: the last goroutine started runs first.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Print(i, " ")
		}()
	}
	wg.Wait()
	fmt.Println()

	// After sleeping, the same again.
	time.Sleep(5 * time.Millisecond)
	done := make(chan int)
	for i := range 4 {
		go func() {
			fmt.Print("w", i, " ")
			done <- i
		}()
	}
	got := make([]int, 0, 4)
	for range 4 {
		got = append(got, <-done)
	}
	fmt.Println(got)

	// A receiver woken by a send runs before goroutines already queued.
	ch := make(chan string)
	var order []string
	var mu sync.Mutex
	log := func(s string) { mu.Lock(); order = append(order, s); mu.Unlock() }
	var wg2 sync.WaitGroup
	wg2.Add(3)
	go func() { defer wg2.Done(); log("recv " + <-ch) }()
	runtime.Gosched()
	go func() { defer wg2.Done(); log("queued A") }()
	go func() { defer wg2.Done(); log("queued B"); ch <- "x" }()
	wg2.Wait()
	fmt.Println(order)

	// Workers started in a loop pick jobs in gc's order.
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	for w := 1; w <= 3; w++ {
		go func() {
			for j := range jobs {
				results <- fmt.Sprintf("w%d:j%d", w, j)
			}
		}()
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	for range 6 {
		fmt.Print(<-results, " ")
	}
	fmt.Println()
}

// Output:
// 4 0 1 2 3 
// w3 w0 w1 w2 [3 0 1 2]
// [queued B recv x queued A]
// w3:j1 w3:j2 w3:j3 w3:j4 w3:j5 w3:j6 
