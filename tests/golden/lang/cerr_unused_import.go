package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("x")
}

// Error:
// ./cerr_unused_import.go:4:2: "errors" imported and not used
