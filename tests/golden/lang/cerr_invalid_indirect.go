package main

func main() {
	x := 1
	_ = *x
}

// Error:
// ./cerr_invalid_indirect.go:5:7: invalid operation: cannot indirect x (variable of type int)
