package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}, {1 << 62, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b, (a/b)*b+a%b == a)
	}
	var i8 int8 = -7
	var j8 int8 = 3
	fmt.Println(i8/j8, i8%j8)
	var u8 uint8 = 250
	fmt.Println(u8/7, u8%7)
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64/10, u64%10)
	var i64 int64 = -1 << 63
	fmt.Println(i64/10, i64%10, i64%-1)
	fmt.Println(7.0/2, -7.0/2)
	f := -7.5
	g := 2.0
	fmt.Println(f/g, int(f)/int(g))
	x := 17
	x /= 3
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	const c = -7 / 2
	const d = -7 % 2
	fmt.Println(c, d)
	for i := -4; i <= 4; i++ {
		fmt.Print(i%3, " ", i/3, "; ")
	}
	fmt.Println()
	var u uint = 17
	fmt.Println(u/4, u%4, u>>2, u&3)
}

// Output:
// 7 2 3 1 true
// -7 2 -3 -1 true
// 7 -2 -3 1 true
// -7 -2 3 -1 true
// 0 5 0 0 true
// 5 7 0 5 true
// -5 7 0 -5 true
// 4611686018427387904 3 1537228672809129301 1 true
// -2 -1
// 35 5
// 1844674407370955161 5
// -922337203685477580 -8 0
// 3.5 -3.5
// -3.75 -3
// 5
// 1
// -3 -1
// -1 -1; 0 -1; -2 0; -1 0; 0 0; 1 0; 2 0; 0 1; 1 1; 
// 4 1 4 1
