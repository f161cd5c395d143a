package main

func main() {
	var a [3]int
	clear(a)
}

// Error:
// ./cerr_clear_array.go:5:8: invalid argument: cannot clear a (variable of type [3]int): argument must be (or constrained by) map or slice
