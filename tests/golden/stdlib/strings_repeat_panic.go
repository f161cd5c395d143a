package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 2))
	n := -3
	fmt.Println(strings.Repeat("x", n))
}

// Exit: 2
// Stderr:
// panic: strings: negative Repeat count
// Output:
// abab
