package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("100%%\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", 3.5)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%.*f\n", 2, 3.14159)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o\n", 64)
	fmt.Printf("%v %v\n", nil, []interface{}{nil})
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%c\n", "x")
	s := fmt.Sprintf("%5.1f|%-7s|%+d|%x", 3.14159, "ab", 3, "hi")
	fmt.Println(s)
}

// Output:
// %!d(string=str)
// %!s(int=42)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)%!z(int=3)
// %!!(MISSING)
// 100%
// %!t(int=1)
// 0x1.cp+01
// no verbs
// %!(EXTRA string=extra)   42|7   |
// 3.14
// 2 1
// 64 40 100
// <nil> [<nil>]
// %!s(<nil>)
// %!d(<nil>)
// %!c(string=x)
//   3.1|ab     |+3|6869
