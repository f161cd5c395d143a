package main

func main() {
	s := []int{}
	defer len(s)
}

// Error:
// ./cerr_defer_builtin_len.go:5:8: defer discards result of len(s) (value of type int)
