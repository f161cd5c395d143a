package main

func main() {
	x := (1 + 2
	_ = x
}

// Error:
// ./cerr_syntax_error.go:4:13: syntax error: unexpected newline, expected )
// ./cerr_syntax_error.go:5:2: syntax error: unexpected name _ at end of statement
