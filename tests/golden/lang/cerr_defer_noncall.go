package main

func main() {
	x := 1
	defer x
}

// Error:
// ./cerr_defer_noncall.go:5:8: expression in defer must be function call
