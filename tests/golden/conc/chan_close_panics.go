package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error())
		}
	}()
	f()
}

func main() {
	try("close nil", func() { var c chan int; close(c) })
	try("close twice", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	for v := range c {
		fmt.Println("drain", v)
	}
	v, ok := <-c
	fmt.Println(v, ok, len(c), cap(c))
	try("make neg", func() { n := -1; _ = make(chan int, n) })
	var dir chan<- int = make(chan int, 1)
	dir <- 9
	fmt.Println(len(dir))
}

// Output:
// close nil: close of nil channel
//   is error: close of nil channel
// close twice: close of closed channel
//   is error: close of closed channel
// send closed: send on closed channel
//   is error: send on closed channel
// drain 1
// drain 2
// 0 false 0 3
// make neg: makechan: size out of range
//   is error: makechan: size out of range
// 1
