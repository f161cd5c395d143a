package main

import "fmt"

func main() {
	a, b := "abc", "abd"
	fmt.Println(a < b, a > b, a == b, a != b, a <= "abc", a >= "abcd")
	fmt.Println("" < "a", "a" < "aa", "Z" < "a", "é" > "z")
	c := a + b
	fmt.Println(c, len(c))
	c += "!"
	fmt.Println(c)
	parts := []string{"x", "y", "z"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ","
		}
		joined += p
	}
	fmt.Println(joined)
	s1 := "hello"
	s2 := "hel" + "lo"
	s3 := string([]byte{'h', 'e', 'l', 'l', 'o'})
	fmt.Println(s1 == s2, s2 == s3, s1 == s3)
	words := []string{"pear", "apple", "fig", "banana", "apple2", "Apple"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words)
	x := "a"
	y := x
	x += "b"
	fmt.Println(x, y)
	fmt.Println("multi" + "ple" + " " + "parts" + fmt.Sprint(42))
}

// Output:
// true false false true true false
// true true true true
// abcabd 6
// abcabd!
// x,y,z
// true true true
// [Apple apple apple2 banana fig pear]
// ab a
// multiple parts42
