package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred calls do not run")
	fmt.Println("before")
	log.SetFlags(0)
	log.SetPrefix("fatal: ")
	log.Fatalf("cannot open %s", "x.txt")
}

// Exit: 1
// Stderr:
// fatal: cannot open x.txt
// Output:
// before
