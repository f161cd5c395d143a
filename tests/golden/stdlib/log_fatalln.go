package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "out: ", log.Lmsgprefix)
	l.Println("on stdout")
	fmt.Println("before")
	l.Fatalln("giving up", 42)
}

// Exit: 1
// Output:
// out: on stdout
// before
// out: giving up 42
