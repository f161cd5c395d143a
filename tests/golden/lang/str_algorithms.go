package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	return s == reverse(s)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func toUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func countRunes(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		m[r]++
	}
	return m
}

func main() {
	fmt.Println(reverse("hello"), reverse("日本語"), reverse(""))
	fmt.Println(isPalindrome("racecar"), isPalindrome("abca"))
	fmt.Println(indexOf("chicken", "ken"), indexOf("chicken", "dmr"), indexOf("abc", ""))
	parts := split("a,b,,c,", ',')
	fmt.Println(len(parts), parts)
	for i, p := range parts {
		fmt.Printf("%d:%q ", i, p)
	}
	fmt.Println()
	fmt.Println(toUpper("Hello, World! é"))
	fmt.Println(countRunes("hello"))
	fmt.Println(countRunes("ééa"))
}

// Output:
// olleh 語本日 
// true false
// 4 -1 0
// 5 [a b  c ]
// 0:"a" 1:"b" 2:"" 3:"c" 4:"" 
// HELLO, WORLD! é
// map[101:1 104:1 108:2 111:1]
// map[97:1 233:2]
