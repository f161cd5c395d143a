package main

func main() {
L:
	for {
		break L
	}
L:
	for {
		break L
	}
}

// Error:
// ./cerr_label_redefined.go:8:1: label L already defined at ./cerr_label_redefined.go:4:1
// ./cerr_label_redefined.go:10:9: invalid break label L
