package main

func main() {
	x := 1
	x = append(x, 2)
}

// Error:
// ./cerr_append_not_slice.go:5:13: invalid append: argument must be a slice; have x (variable of type int)
