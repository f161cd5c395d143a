package main

import "fmt"

const f float64 = 2

func main() {
	x := 1
	fmt.Println(1<<1.5, x<<2.5, 1<<"a", x<<(1<<70), 1<<-1, x<<f, x<<true)
	var y float64 = 1 << x
	fmt.Println(y)
}

// Error:
// ./cerr_shift_count_const.go:9:17: 1.5 (untyped float constant) truncated to uint
// ./cerr_shift_count_const.go:9:25: 2.5 (untyped float constant) truncated to uint
// ./cerr_shift_count_const.go:9:33: cannot convert "a" (untyped string constant) to type uint
// ./cerr_shift_count_const.go:9:41: (1 << 70) (untyped int constant 1180591620717411303424) overflows uint
// ./cerr_shift_count_const.go:9:53: invalid operation: negative shift count -1 (untyped int constant)
// ./cerr_shift_count_const.go:9:66: cannot convert true (untyped bool constant) to type uint
// ./cerr_shift_count_const.go:10:18: invalid operation: shifted operand 1 (type float64) must be integer
