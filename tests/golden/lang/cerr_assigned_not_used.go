package main

func main() {
	x := 1
	x = 2
}

// Error:
// ./cerr_assigned_not_used.go:4:2: declared and not used: x
