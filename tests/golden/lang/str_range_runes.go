package main

import "fmt"

func main() {
	s := "aé世🎉b"
	for i, r := range s {
		fmt.Println(i, r, string(r), fmt.Sprintf("%q %U", r, r))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len(s))
	for i := range "xyz" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := "a\xffb\xc3\x28c\xe4\xb8"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	rs := []rune(bad)
	fmt.Println(len(rs), rs)
	fmt.Println(string(rs) == bad, len(string(rs)))
	var last rune
	for _, last = range "end" {
	}
	fmt.Println(string(last))
	surrogate := string(rune(0xD800))
	fmt.Println(len(surrogate), []byte(surrogate))
	toobig := string(rune(0x110000))
	fmt.Println([]byte(toobig))
	neg := string(rune(-1))
	fmt.Println([]byte(neg))
}

// Output:
// 0 97 a 'a' U+0061
// 1 233 é 'é' U+00E9
// 3 19990 世 '世' U+4E16
// 6 127881 🎉 '🎉' U+1F389
// 10 98 b 'b' U+0062
// runes: 5 bytes: 11
// 0 1 2 
// 0 97 false
// 1 65533 true
// 2 98 false
// 3 65533 true
// 4 40 false
// 5 99 false
// 6 65533 true
// 7 65533 true
// 8 [97 65533 98 65533 40 99 65533 65533]
// false 16
// d
// 3 [239 191 189]
// [239 191 189]
// [239 191 189]
