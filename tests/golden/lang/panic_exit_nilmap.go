package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(len(m["a"]))
	m["a"] = append(m["a"], 1)
	fmt.Println("unreachable")
}

// Exit: 2
// Stderr:
// panic: assignment to entry in nil map
// Output:
// 0
