package main

func main() {
	x := 5
	x()
}

// Error:
// ./cerr_call_nonfunc.go:5:2: invalid operation: cannot call x (variable of type int): int is not a function
