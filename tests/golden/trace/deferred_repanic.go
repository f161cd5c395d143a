package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("again: %v", r))
	}
}

func work(m map[string]int) {
	defer cleanup()
	var arr [4]int
	i := len(m) + 4
	arr[i%8] = 1
}

func main() {
	work(map[string]int{})
}

// Exit: 2
// Stderr:
// panic: runtime error: index out of range [4] with length 4 [recovered]
// 	panic: again: runtime error: index out of range [4] with length 4
// Trace:
// main.cleanup deferred_repanic.go:8
// main.work deferred_repanic.go:16
// main.main deferred_repanic.go:20
// Output:
// recovered: runtime error: index out of range [4] with length 4
