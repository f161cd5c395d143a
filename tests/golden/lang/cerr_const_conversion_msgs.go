package main

import "fmt"

const c int = 300

func main() {
	fmt.Println(int8(200))
	fmt.Println(uint8(c))
	fmt.Println(int(1.5))
	fmt.Println(uint(-1))
	fmt.Println(int64(1 << 70))
	fmt.Println(float32(1e300))
	fmt.Println(uint16(-c))
	fmt.Println(int32(2.0), int(1e100))
}


// Error:
// ./cerr_const_conversion_msgs.go:8:19: constant 200 overflows int8
// ./cerr_const_conversion_msgs.go:9:20: constant 300 overflows uint8
// ./cerr_const_conversion_msgs.go:10:18: cannot convert 1.5 (untyped float constant) to type int
// ./cerr_const_conversion_msgs.go:11:19: constant -1 overflows uint
// ./cerr_const_conversion_msgs.go:12:20: constant 1180591620717411303424 overflows int64
// ./cerr_const_conversion_msgs.go:13:22: cannot convert 1e300 (untyped float constant 1e+300) to type float32
// ./cerr_const_conversion_msgs.go:14:21: constant -300 overflows uint16
// ./cerr_const_conversion_msgs.go:15:30: cannot convert 1e100 (untyped float constant 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000) to type int
