package main

import "log"

func main() {
	log.SetFlags(0)
	log.Panicf("unrecovered %d", 3)
}

// Exit: 2
// Stderr:
// unrecovered 3
// panic: unrecovered 3
// Output:
