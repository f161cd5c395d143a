package main

func main() {
	switch {
	default:
	default:
	}
}

// Error:
// ./cerr_multiple_defaults.go:6:2: multiple defaults (first at ./cerr_multiple_defaults.go:5:2)
