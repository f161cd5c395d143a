package main

import "fmt"

func main() {
	// gc treats `x op= y` as a use of x: this program compiles.
	total := 0
	for i := 1; i <= 4; i++ {
		total += i
	}
	flags := uint8(1)
	flags |= 4
	s := "a"
	s += "b"
	fmt.Println("ok")
}


// Output:
// ok
