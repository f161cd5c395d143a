package main

import "fmt"

func main() {
	fmt.Println(undefinedThing)
}

// Error:
// ./cerr_undefined_name.go:6:14: undefined: undefinedThing
