package main

import "fmt"

func producer(out chan<- int) {
	v := <-out
	fmt.Println(v)
	for w := range out {
		fmt.Println(w)
	}
}

func consumer(in <-chan int) {
	in <- 1
}

func main() {
	x := 5
	x <- 1
	y := <-x
	ch := make(chan int)
	go producer(ch)
	consumer(ch)
	fmt.Println(y)
}

// Error:
// ./cerr_chan_direction_msgs.go:6:9: invalid operation: cannot receive from send-only channel chan<- int out (variable of type chan<- int)
// ./cerr_chan_direction_msgs.go:8:17: cannot range over out (variable of type chan<- int): receive from send-only channel chan<- int
// ./cerr_chan_direction_msgs.go:14:2: invalid operation: cannot send to receive-only channel <-chan int in (variable of type <-chan int)
// ./cerr_chan_direction_msgs.go:19:2: invalid operation: cannot send to non-channel int x (variable of type int)
// ./cerr_chan_direction_msgs.go:20:9: invalid operation: cannot receive from non-channel int x (variable of type int)
