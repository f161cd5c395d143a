package main

func main() {
	switch 1 {
	case 1:
		fallthrough
	}
}

// Error:
// ./cerr_fallthrough_last.go:6:3: cannot fallthrough final case in switch
