package main

func main() {
	n := 3
	var a [n]int
	_ = a
}

// Error:
// ./cerr_array_len_var.go:4:2: declared and not used: n
// ./cerr_array_len_var.go:5:9: invalid array length n
