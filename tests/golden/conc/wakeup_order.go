// With one P, gc wakes goroutines in a fixed order: close readies the
// waiters from the end of its list (the first waiter runs first), and
// Cond.Broadcast, WaitGroup.Wait, Mutex.Unlock and sends hand over through
// the runnext slot.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			fmt.Print("c", i, " ")
		}()
	}
	time.Sleep(30 * time.Millisecond) // every goroutine is waiting by then
	close(start)
	wg.Wait()
	fmt.Println()

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			fmt.Print("b", i, " ")
			mu.Unlock()
		}()
	}
	time.Sleep(30 * time.Millisecond) // every goroutine is waiting by then
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg2.Wait()
	fmt.Println()

	var gate sync.WaitGroup
	gate.Add(1)
	var wg3 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			gate.Wait()
			fmt.Print("w", i, " ")
		}()
	}
	time.Sleep(30 * time.Millisecond) // every goroutine is waiting by then
	gate.Done()
	wg3.Wait()
	fmt.Println()

	var m sync.Mutex
	m.Lock()
	var wg4 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			m.Lock()
			fmt.Print("m", i, " ")
			m.Unlock()
		}()
	}
	time.Sleep(30 * time.Millisecond) // every goroutine is waiting by then
	m.Unlock()
	wg4.Wait()
	fmt.Println()

	ch := make(chan int)
	var wg5 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg5.Add(1)
		go func() {
			defer wg5.Done()
			v := <-ch
			fmt.Print("r", i, "=", v, " ")
		}()
	}
	time.Sleep(30 * time.Millisecond) // every goroutine is waiting by then
	for v := 0; v < 4; v++ {
		ch <- v
	}
	wg5.Wait()
	fmt.Println()
}

// Output:
// c4 c3 c2 c1 c0 
// b3 b4 b0 b1 b2 
// w2 w3 w0 w1 
// m3 m0 m1 m2 
// r2=3 r3=0 r0=1 r1=2 
