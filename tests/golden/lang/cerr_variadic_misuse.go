package main

func f(a int, b ...int) {}

func main() {
	s := []int{1, 2}
	f(s...)
}

// Error:
// ./cerr_variadic_misuse.go:7:4: not enough arguments in call to f
// 	have ([]int...)
// 	want (int, ...int)
