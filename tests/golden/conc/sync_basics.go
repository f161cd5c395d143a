package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	var cnt atomic.Int64
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			runtime.Gosched()
			mu.Unlock()
			cnt.Add(1)
		}(i)
	}
	wg.Wait()
	fmt.Println(total, cnt.Load(), runtime.NumGoroutine())
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	ch := make(chan int)
	var rw sync.RWMutex
	shared := map[string]int{}
	for w := 0; w < 4; w++ {
		go func(w int) {
			rw.Lock()
			shared[fmt.Sprint("k", w)] = w
			rw.Unlock()
			rw.RLock()
			n := len(shared)
			rw.RUnlock()
			ch <- n
		}(w)
	}
	mx := 0
	for i := 0; i < 4; i++ {
		mx = max(mx, <-ch)
	}
	fmt.Println("max", mx, len(shared))
	c := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			for !ready {
				c.Wait()
			}
			mu.Unlock()
			done <- true
		}()
	}
	runtime.Gosched()
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("all woke")
	var wg2 sync.WaitGroup
	results := make([]int, 10)
	for i := range 10 {
		wg2.Go(func() { results[i] = i * i })
	}
	wg2.Wait()
	fmt.Println(results)
}

// Output:
// 5050 100 1
// once
// max 4 4
// all woke
// [0 1 4 9 16 25 36 49 64 81]
