package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[len(s)-1], string(s[4]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:], s[12:], s[0:0] == "")
	for i := 0; i < len(s); i += 3 {
		fmt.Print(s[i:i+1], "|")
	}
	fmt.Println()
	u := "héllo"
	fmt.Println(len(u), u[1], u[2], u[1:3], u[:2])
	t := s[7:]
	t2 := t[1:3]
	fmt.Println(t, t2, len(t2))
	var empty string
	fmt.Println(len(empty), empty == "", empty+"x")
	b := s[0]
	fmt.Printf("%T %v %c\n", b, b, b)
	i, j := 2, 4
	fmt.Println(s[i:j], s[i:], s[:j])
	fmt.Println("literal"[2], "literal"[1:4])
	const cs = "constant"
	fmt.Println(cs[3], len(cs))
}

// Output:
// 12 104 100 o
// hello world lo, w hello, world  true
// h|l| |r|
// 6 195 169 é h�
// world or 2
// 0 true x
// uint8 104 h
// ll llo, world hell
// 116 ite
// 115 8
