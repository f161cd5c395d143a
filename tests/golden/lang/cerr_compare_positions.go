package main

import "fmt"

type P struct{ s []int }

func main() {
	x := 3
	var s []int
	var m map[string]int
	var f func()
	var p, q P
	var i interface{}
	fmt.Println(x == nil, nil == x, s == s, m == nil, nil == f, p == q, i == p, x == "a", "a" == x, s == m, 1 < i)
}

// Error:
// ./cerr_compare_positions.go:14:19: invalid operation: x == nil (mismatched types int and untyped nil)
// ./cerr_compare_positions.go:14:31: invalid operation: nil == x (mismatched types untyped nil and int)
// ./cerr_compare_positions.go:14:34: invalid operation: s == s (slice can only be compared to nil)
// ./cerr_compare_positions.go:14:62: invalid operation: p == q (struct containing []int cannot be compared)
// ./cerr_compare_positions.go:14:75: invalid operation: i == p (struct containing []int cannot be compared)
// ./cerr_compare_positions.go:14:83: invalid operation: x == "a" (mismatched types int and untyped string)
// ./cerr_compare_positions.go:14:95: invalid operation: "a" == x (mismatched types untyped string and int)
// ./cerr_compare_positions.go:14:103: invalid operation: s == m (mismatched types []int and map[string]int)
// ./cerr_compare_positions.go:14:110: invalid operation: 1 < i (operator < not defined on interface)
