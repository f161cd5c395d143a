package main

import "fmt"

func main() {
	var a interface{} = map[string]int{}
	var b interface{} = map[string]int{}
	fmt.Println("comparing")
	fmt.Println(a == b)
}

// Exit: 2
// Stderr:
// panic: runtime error: comparing uncomparable type map[string]int
// Output:
// comparing
