// chan-pingpong: n round trips over a pair of unbuffered channels between
// two goroutines. Measures goroutine switches and channel hand-off.
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("pingpong", n, v)
}
