package main

import "fmt"

func main() {
	var i interface{} = "hello"
	fmt.Println(i.(string))
	n := i.(int)
	fmt.Println(n)
}

// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is string, not int
// Output:
// hello
