package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(b, len(b))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(r, len(r))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	var i int = 97
	fmt.Println(string(rune(i)))
	var by byte = 'z'
	fmt.Println(string(by), string(rune(by)))
	empty := []byte{}
	fmt.Println(string(empty) == "", len([]rune("")))
	var nilb []byte
	fmt.Println(string(nilb) == "", []byte("") != nil)
	bs := []byte("abc")
	s2 := string(bs)
	bs[0] = 'X'
	fmt.Println(s2, string(bs))
	type MyBytes []byte
	mb := MyBytes("typed")
	fmt.Println(string(mb), len(mb))
	type MyString string
	ms := MyString("x") + "y"
	fmt.Println(ms, string(ms) == "xy")
	fmt.Printf("%T\n", ms)
	digits := ""
	for d := 0; d < 10; d++ {
		digits += string(rune('0' + d))
	}
	fmt.Println(digits)
	bb := append([]byte("ab"), "cd"...)
	fmt.Println(string(bb))
	n := copy(bb, "XY")
	fmt.Println(n, string(bb))
}

// Output:
// [104 195 169 108 108 111] 6
// Héllo héllo
// [104 233 108 108 111] 5
// hello
// A 世 😀
// a
// z z
// true 0
// true true
// abc Xbc
// typed 5
// xy true
// main.MyString
// 0123456789
// abcd
// 2 XYcd
