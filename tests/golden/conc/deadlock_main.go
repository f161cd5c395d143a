package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		v := <-c
		fmt.Println("never", v)
	}()
	fmt.Println("before")
	var m chan int
	<-m
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
// Output:
// before
