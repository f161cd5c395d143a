package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(errors.New("custom error value"))
}

// Exit: 2
// Stderr:
// panic: custom error value
// Output:
// start
