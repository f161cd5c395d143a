package main

import "fmt"

func main() {
	var x interface{} = 5
	n := 3
	var s fmt.Stringer
	fmt.Println(1 + x)
	_ = x + 1
	_ = x + n
	_ = x + x
	_ = x * 2.5
	_ = s + "a"
	_ = x == 1
	x += 1
}

// Error:
// ./cerr_untyped_const_with_iface.go:9:14: invalid operation: 1 + x (mismatched types untyped int and interface{})
// ./cerr_untyped_const_with_iface.go:10:6: invalid operation: x + 1 (mismatched types interface{} and untyped int)
// ./cerr_untyped_const_with_iface.go:11:6: invalid operation: x + n (mismatched types interface{} and int)
// ./cerr_untyped_const_with_iface.go:12:6: invalid operation: operator + not defined on x (variable of type interface{})
// ./cerr_untyped_const_with_iface.go:13:6: invalid operation: x * 2.5 (mismatched types interface{} and untyped float)
// ./cerr_untyped_const_with_iface.go:14:10: cannot convert "a" (untyped string constant) to type interface{String() string}
// ./cerr_untyped_const_with_iface.go:16:2: invalid operation: x += 1 (mismatched types interface{} and untyped int)
