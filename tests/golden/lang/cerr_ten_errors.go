package main

func main() {
	var v0 int = "s"; _ = v0
	var v1 int = "s"; _ = v1
	var v2 int = "s"; _ = v2
	var v3 int = "s"; _ = v3
	var v4 int = "s"; _ = v4
	var v5 int = "s"; _ = v5
	var v6 int = "s"; _ = v6
	var v7 int = "s"; _ = v7
	var v8 int = "s"; _ = v8
	var v9 int = "s"; _ = v9
}

// Error:
// ./cerr_ten_errors.go:4:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:5:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:6:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:7:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:8:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:9:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:10:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:11:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:12:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:13:15: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_ten_errors.go:13:15: too many errors
