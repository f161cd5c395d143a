package main

func f() (int, string) {
	return 1
}

func main() {
	f()
}

// Error:
// ./cerr_return_count.go:4:9: not enough return values
// 	have (number)
// 	want (int, string)
