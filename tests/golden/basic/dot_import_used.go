package main

import (
	"fmt"
	. "strings"
)

type B = Builder

func main() {
	var b B
	b.WriteString("q")
	fmt.Println(b.String())
}

// Output:
// q
