// Timer and Ticker channels are synchronous (Go 1.23+): Stop and Reset
// discard a value that fired but was not received, Stop then reports the
// timer as stopped, and len and cap of the channel are 0.
package main

import (
	"fmt"
	"time"
)

func drained(c <-chan time.Time) string {
	select {
	case <-c:
		return "stale value"
	default:
		return "empty"
	}
}

func main() {
	// Fired, not received: Stop returns true and nothing is left.
	t := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("len/cap of a fired timer's channel:", len(t.C), cap(t.C))
	fmt.Println("stop after expiry:", t.Stop(), drained(t.C))

	// Stopping twice.
	fmt.Println("second stop:", t.Stop())

	// Received, then stopped: false.
	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	fmt.Println("stop after receive:", t2.Stop())

	// Reset of an expired, unreceived timer: true, and the next receive
	// waits for the new expiry.
	t3 := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	start := time.Now()
	fmt.Println("reset after expiry:", t3.Reset(20*time.Millisecond))
	<-t3.C
	fmt.Println("waited for new expiry:", time.Since(start) >= 20*time.Millisecond)

	// Reset of an active timer.
	t4 := time.NewTimer(time.Hour)
	fmt.Println("reset active:", t4.Reset(time.Millisecond))
	<-t4.C
	fmt.Println("reset timer fired")

	// A debounce loop: the classic Stop-then-Reset idiom keeps working.
	deb := time.NewTimer(time.Hour)
	events := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			events <- i
			time.Sleep(time.Millisecond)
		}
	}()
	last := -1
	for n := 0; n < 3; n++ {
		last = <-events
		if !deb.Stop() {
			<-deb.C
		}
		deb.Reset(10 * time.Millisecond)
	}
	<-deb.C
	fmt.Println("debounced after event", last)

	// Ticker: Stop drops a pending tick; Reset starts a new period.
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("ticker len/cap:", len(tk.C), cap(tk.C), len(time.After(time.Hour)), cap(time.Tick(time.Hour)))
	tk.Stop()
	fmt.Println("ticker after stop:", drained(tk.C))
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	fmt.Println("ticker reset ticks received")
}

// Output:
// len/cap of a fired timer's channel: 0 0
// stop after expiry: true empty
// second stop: false
// stop after receive: false
// reset after expiry: true
// waited for new expiry: true
// reset active: true
// reset timer fired
// debounced after event 2
// ticker len/cap: 0 0 0 0
// ticker after stop: empty
// ticker reset ticks received
