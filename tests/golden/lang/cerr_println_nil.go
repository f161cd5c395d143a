package main

func main() {
	println(1, nil)
	print(nil)
}

// Error:
// ./cerr_println_nil.go:4:13: use of untyped nil in argument to built-in println
// ./cerr_println_nil.go:5:8: use of untyped nil in argument to built-in print
