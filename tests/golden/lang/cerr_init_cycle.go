package main

var a = b
var b = a

func main() {}

// Error:
// ./cerr_init_cycle.go:3:5: initialization cycle for a
// 	./cerr_init_cycle.go:3:5: a refers to b
// 	./cerr_init_cycle.go:4:5: b refers to a
