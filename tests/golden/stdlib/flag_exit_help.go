package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"helpme", "-h"}
	flag.Bool("all", false, "show all")
	fmt.Println("parsing")
	flag.Parse()
	fmt.Println("not reached")
}

// Stderr:
// Usage of helpme:
//   -all
//     	show all
// Output:
// parsing
