package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc(done chan<- bool) {
	c.n++
	done <- true
}

func main() {
	done := make(chan bool)
	c := &counter{}
	for i := 0; i < 50; i++ {
		go c.inc(done)
	}
	for i := 0; i < 50; i++ {
		<-done
	}
	fmt.Println(c.n)
	vals := make(chan int, 10)
	for i := range 10 {
		go func() { vals <- i * i }()
	}
	sum := 0
	for range 10 {
		sum += <-vals
	}
	fmt.Println(sum)
	ch := make(chan int)
	go func(a, b int) { ch <- a*b + len("xy") }(6, 7)
	fmt.Println(<-ch)
	var f func(int)
	f = func(n int) {
		if n == 0 {
			ch <- -1
			return
		}
		go f(n - 1)
	}
	go f(20)
	fmt.Println(<-ch)
}

// Output:
// 50
// 285
// 44
// -1
