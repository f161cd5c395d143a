package main

func main() {
	x := 1
	var x = 2
	_ = x
}

// Error:
// ./cerr_redeclared.go:5:6: x redeclared in this block
// 	./cerr_redeclared.go:4:2: other declaration of x
