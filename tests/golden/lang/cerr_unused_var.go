package main

func main() {
	a, b := 1, 2
	_ = a
}

// Error:
// ./cerr_unused_var.go:4:5: declared and not used: b
