package main

func main() {
	switch {
	default:
		continue
	}
}

// Error:
// ./cerr_continue_outside.go:6:3: continue is not in a loop
