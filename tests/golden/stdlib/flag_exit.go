package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"prog", "-n", "3", "-n", "oops"}
	n := flag.Int("n", 0, "a number")
	flag.String("name", "", "a name")
	defer fmt.Println("not printed")
	flag.Parse()
	fmt.Println("not reached", *n)
}

// Exit: 2
// Stderr:
// invalid value "oops" for flag -n: parse error
// Usage of prog:
//   -n int
//     	a number
//   -name string
//     	a name
// Output:
