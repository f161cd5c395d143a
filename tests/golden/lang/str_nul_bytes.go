package main

import "fmt"

func main() {
	a := "a\x00b"
	b := "a\x00c"
	fmt.Println(len(a), a < b, a == "a", a[1] == 0)
	fmt.Printf("%q %q\n", a, a+b)
	m := map[string]int{"x\x00": 1, "x": 2, "\x00": 3, "": 4}
	fmt.Println(len(m), m["x\x00"], m["x"], m["\x00"], m[""])
	bs := []byte{0, 0, 0}
	s := string(bs)
	fmt.Println(len(s), s == "\x00\x00\x00")
	fmt.Println([]byte("\x00\xff\x80"))
	for i, r := range "\x00a\x00" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println("abc" > "ab\xff", "ab\xff" > "abc", "\xff" > "\u00ff")
	pre := "prefix"
	fmt.Println(pre[:3] == "pre", pre[3:] < pre[:3], pre+"" == pre)
}

// Output:
// 3 true false true
// "a\x00b" "a\x00ba\x00c"
// 4 1 2 3 4
// 3 true
// [0 255 128]
// 0:0 1:97 2:0 
// false true true
// true true true
