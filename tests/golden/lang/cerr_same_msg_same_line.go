package main

import "fmt"

type List[T any] struct{ items []T }

func NewList() List { return List{} }

func main() {
	x := undefinedVar + undefinedVar*2
	fmt.Println(x, NewList())
}

// Error:
// ./cerr_same_msg_same_line.go:7:16: cannot use generic type List[T any] without instantiation
// ./cerr_same_msg_same_line.go:10:7: undefined: undefinedVar
