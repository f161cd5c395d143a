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
