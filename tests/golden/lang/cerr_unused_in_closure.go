package main

func main() {
	f := func() {
		y := 3
	}
	f()
}

// Error:
// ./cerr_unused_in_closure.go:5:3: declared and not used: y
