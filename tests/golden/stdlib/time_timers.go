// time: Sleep, Timer (Stop, Reset), After, AfterFunc, Ticker, and the
// monotonic clock reading of Now.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tm := time.NewTimer(10 * time.Millisecond)
	<-tm.C
	fmt.Println("timer fired", tm.Stop(), time.Since(start) >= 10*time.Millisecond)
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("after")
	}
	tk := time.NewTicker(2 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("ticked")
	done := make(chan string)
	time.AfterFunc(time.Millisecond, func() { done <- "afterfunc" })
	fmt.Println(<-done)
	t2 := time.NewTimer(time.Hour)
	fmt.Println(t2.Stop(), t2.Stop(), t2.Reset(time.Millisecond))
	<-t2.C
	fmt.Println("reset fired")
	results := make(chan int, 3)
	for _, d := range []int{30, 10, 20} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			results <- d
		}(d)
	}
	fmt.Println(<-results, <-results, <-results)
	now := time.Now()
	fmt.Println(now.Sub(now.Add(-time.Second)), now.Round(0).Equal(now), now.After(start), start.Before(now))
	fmt.Println(time.Tick(0) == nil)
}

// Output:
// timer fired false true
// after
// ticked
// afterfunc
// true false false
// reset fired
// 10 20 30
// 1s true true true
// true
