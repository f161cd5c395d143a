package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(ctx, 1, out)
	time.Sleep(5 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(2 * time.Second):
		fmt.Println("too slow")
	}
	vctx := context.WithValue(ctx, "k", 42)
	fmt.Println(vctx.Value("k"), vctx.Value("x"), vctx.Err())
	child, ccancel := context.WithCancel(vctx)
	defer ccancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < time.Second)
	tick := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	fmt.Println(context.Background(), context.TODO())
}

// Output:
// worker 1 stopped: context canceled
// timeout: context deadline exceeded true
// 42 <nil> context canceled
// child: context canceled
// true true
// ticks 3
// stopped: true
// context.Background context.TODO
