package main

func main() {
unused:
	for {
	}
}

// Error:
// ./cerr_unused_label.go:4:1: label unused defined and not used
