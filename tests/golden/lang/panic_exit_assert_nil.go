package main

import "fmt"

type Named interface{ Name() string }

func main() {
	var n Named
	fmt.Println(n == nil)
	_ = n.(fmt.Stringer)
}

// Exit: 2
// Stderr:
// panic: interface conversion: interface is nil, not fmt.Stringer
// Output:
// true
