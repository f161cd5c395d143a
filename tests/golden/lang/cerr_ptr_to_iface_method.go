package main

import "fmt"

func main() {
	var e error
	p := &e
	fmt.Println(p.Error())
}

// Error:
// ./cerr_ptr_to_iface_method.go:8:16: p.Error undefined (type *error is pointer to interface, not interface)
