package main

func (x int) Double() int { return x * 2 }

func main() {}

// Error:
// ./cerr_method_nonlocal.go:3:9: cannot define new methods on non-local type int
