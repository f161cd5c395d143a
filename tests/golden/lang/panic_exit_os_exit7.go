package main

import (
	"fmt"
	"os"
)

func check(v int) {
	if v > 2 {
		fmt.Println("fatal value", v)
		os.Exit(7)
	}
}

func main() {
	for i := 0; i < 10; i++ {
		fmt.Println("value", i)
		check(i)
	}
}

// Exit: 7
// Output:
// value 0
// value 1
// value 2
// value 3
// fatal value 3
