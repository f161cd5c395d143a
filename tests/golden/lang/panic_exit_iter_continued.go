package main

import "fmt"

func Bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range Bad {
		fmt.Println("got", x)
		break
	}
	fmt.Println("unreachable")
}

// Exit: 2
// Stderr:
// panic: runtime error: range function continued iteration after function for loop body returned false
// Output:
// got 1
