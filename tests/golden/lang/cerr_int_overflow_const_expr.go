package main

func main() {
	var x int8 = 100
	const big int8 = 100 * 2
	_ = x
}

// Error:
// ./cerr_int_overflow_const_expr.go:5:19: cannot use 100 * 2 (untyped int constant 200) as int8 value in constant declaration (overflows)
