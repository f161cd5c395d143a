package main

import "fmt"

const big = 1e100

func main() {
	var a int = 1e100
	var b int8 = 1e6
	var d int = 2.5e6 + 0.5
	var e float32 = 1e300
	var f int = big
	var h int = 1.0000001
	var x int8
	_ = x + 1000
	_ = x + 1e6
	var g float64 = 1 + 2i
	fmt.Println(a, b, d, e, f, h, g)
}


// Error:
// ./cerr_const_assign_msgs.go:8:14: cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)
// ./cerr_const_assign_msgs.go:9:15: cannot use 1e6 (untyped float constant 1e+06) as int8 value in variable declaration (truncated)
// ./cerr_const_assign_msgs.go:10:14: cannot use 2.5e6 + 0.5 (untyped float constant 2.5e+06) as int value in variable declaration (truncated)
// ./cerr_const_assign_msgs.go:11:18: cannot use 1e300 (untyped float constant 1e+300) as float32 value in variable declaration (overflows)
// ./cerr_const_assign_msgs.go:12:14: cannot use big (untyped float constant 1e+100) as int value in variable declaration (truncated)
// ./cerr_const_assign_msgs.go:13:14: cannot use 1.0000001 (untyped float constant) as int value in variable declaration (truncated)
// ./cerr_const_assign_msgs.go:15:10: 1000 (untyped int constant) overflows int8
// ./cerr_const_assign_msgs.go:16:10: 1e6 (untyped float constant 1e+06) truncated to int8
// ./cerr_const_assign_msgs.go:17:18: cannot use 1 + 2i (untyped complex constant (1 + 2i)) as float64 value in variable declaration (overflows)
