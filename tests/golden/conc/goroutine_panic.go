package main

import "fmt"

func main() {
	done := make(chan bool)
	fmt.Println("start")
	go func() {
		var s []int
		_ = s[3]
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [3] with length 0
// Output:
// start
