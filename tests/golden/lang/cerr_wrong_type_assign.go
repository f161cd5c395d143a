package main

func main() {
	var s string
	s = 5
	_ = s
}

// Error:
// ./cerr_wrong_type_assign.go:5:6: cannot use 5 (untyped int constant) as string value in assignment
