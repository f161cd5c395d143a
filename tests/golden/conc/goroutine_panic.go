package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("start")
	go func() {
		defer wg.Done()
		var s []int
		_ = s[3]
	}()
	wg.Wait()
	fmt.Println("unreachable")
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [3] with length 0
// Output:
// start
// unreachable
