package main

import "fmt"

func main() {
	fmt.Println(1+2*3, (1+2)*3, 10-4-3, 100/10/5, 2*3%4)
	fmt.Println(1<<2+1, 1<<(2+1), 3&1|4, 3|1&4, 6^3&5)
	fmt.Println(-2*3, - -2, ^1+1, -(1 << 3))
	fmt.Println(1 < 2 == true, 1+1 == 2 && 3 > 2 || false)
	fmt.Println(true || false && false, (true || false) && false)
	fmt.Println(!true == false, !(1 > 2))
	x := 5
	fmt.Println(x*x-x/2+x%3, x<<1>>2, x&^3, x&^3|8)
	y := 3.0
	fmt.Println(y*y/2-1, -y*-y)
	fmt.Println(7/2*2, 7*2/2, 7.0/2*2)
	var u uint8 = 200
	fmt.Println(u+u/2, u*2/2, u/2*2)
	fmt.Println(1+2 < 4, 2*2 != 4, "a"+"b" == "ab")
	fmt.Println(0x0f&0xf0 == 0)
}

func init() {
	_ = 0
}

// Output:
// 7 9 3 2 2
// 5 8 5 3 7
// -6 2 -1 -8
// true true
// true false
// true true
// 25 2 4 12
// 3.5 9
// 6 7 7
// 44 72 200
// true false true
// true
