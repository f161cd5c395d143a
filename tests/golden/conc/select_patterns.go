package main

import "fmt"

func main() {
	// nil channels in select are never ready
	var nilc chan int
	c := make(chan int, 1)
	c <- 5
	select {
	case v := <-nilc:
		fmt.Println("nil?", v)
	case v, ok := <-c:
		fmt.Println("got", v, ok)
	}
	// fan-in with quit
	a, b := make(chan string), make(chan string)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- fmt.Sprint("a", i)
		}
	}()
	go func() {
		for i := 0; i < 3; i++ {
			b <- fmt.Sprint("b", i)
		}
		close(quit)
	}()
	seen := map[string]bool{}
	for len(seen) < 6 {
		select {
		case s := <-a:
			seen[s] = true
		case s := <-b:
			seen[s] = true
		}
	}
	<-quit
	fmt.Println(len(seen), seen["a2"], seen["b0"])
	// send case and default
	out := make(chan int, 2)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case out <- i:
			sent++
		default:
		}
	}
	fmt.Println("sent", sent, len(out))
	// closed channel always ready, ok false
	done := make(chan bool)
	close(done)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-done:
			fmt.Println(v, ok)
		}
	}
	// break out of select inside for with a label
	n := 0
loop:
	for {
		select {
		case <-done:
			n++
			if n == 3 {
				break loop
			}
		}
	}
	fmt.Println("n", n)
}

// Output:
// got 5 true
// 6 true true
// sent 2 2
// false false
// false false
// n 3
