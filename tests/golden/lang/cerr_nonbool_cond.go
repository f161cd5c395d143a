package main

func main() {
	x := 1
	if x {
	}
}

// Error:
// ./cerr_nonbool_cond.go:5:5: non-boolean condition in if statement
