package main

func main() {
	for {
		break nowhere
	}
}

// Error:
// ./cerr_undefined_label.go:5:9: break label not defined: nowhere
