package main

import "fmt"

type Celsius float64

func main() {
	vals := []interface{}{1, "a", Celsius(3)}
	for _, v := range vals {
		switch v.(type) {
		case int, string:
			fmt.Println("basic", v)
		default:
			fmt.Println("asserting float64")
			fmt.Println(v.(float64))
		}
	}
}

// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is main.Celsius, not float64
// Output:
// basic 1
// basic a
// asserting float64
