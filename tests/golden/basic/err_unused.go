package main

func main() {
	x := 1
}

// Error:
// ./err_unused.go:4:2: declared and not used: x
