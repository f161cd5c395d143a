package main

func f() int { return 1 }

func main() {
	f() + 1
}

// Error:
// ./cerr_unused_result.go:6:2: f() + 1 (value of type int) is not used
