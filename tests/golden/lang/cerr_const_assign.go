package main

const c = 1

func main() {
	c = 2
}

// Error:
// ./cerr_const_assign.go:6:2: cannot assign to c (neither addressable nor a map index expression)
