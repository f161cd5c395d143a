package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{}
	fmt.Println(p.Y)
}

// Error:
// ./cerr_undefined_field.go:9:16: p.Y undefined (type P has no field or method Y)
