package main

import "fmt"

func main() {
	m := map[string]int{}
	s := []int{1}
	fmt.Println(len(m, 1))
	fmt.Println(cap())
	copy(s)
	delete(m, "a", "b")
	_ = new(int, 5)
	panic()
	x := append()
	_ = min()
	fmt.Println(x, s, nil == nil)
}

// Error:
// ./cerr_builtin_arg_count.go:8:14: invalid operation: too many arguments for len(m, 1) (expected 1, found 2)
// ./cerr_builtin_arg_count.go:9:14: invalid operation: not enough arguments for cap() (expected 1, found 0)
// ./cerr_builtin_arg_count.go:10:2: invalid operation: not enough arguments for copy(s) (expected 2, found 1)
// ./cerr_builtin_arg_count.go:11:2: invalid operation: too many arguments for delete(m, "a", "b") (expected 2, found 3)
// ./cerr_builtin_arg_count.go:12:6: invalid operation: too many arguments for new(int, 5) (expected 1, found 2)
// ./cerr_builtin_arg_count.go:13:2: invalid operation: not enough arguments for panic() (expected 1, found 0)
// ./cerr_builtin_arg_count.go:14:7: invalid operation: not enough arguments for append() (expected 1, found 0)
// ./cerr_builtin_arg_count.go:15:6: invalid operation: not enough arguments for min() (expected 1, found 0)
// ./cerr_builtin_arg_count.go:16:27: invalid operation: nil == nil (operator == not defined on untyped nil)
