package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("sub", flag.ExitOnError)
	fs.Int("k", 0, "k")
	fmt.Println(fs.Parse([]string{"-k", "1"}), os.Args[1:])
	fs.Parse([]string{"-bogus"})
	fmt.Println("not reached")
}

// Exit: 2
// Stderr:
// flag provided but not defined: -bogus
// Usage of sub:
//   -k int
//     	k
// Output:
// <nil> []
