package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "chicken kitchen, chicken\xff and 世界 界"
	for _, sub := range []string{"", "ken", "chicken", "dmr", "界", "\xff", "n", "kitchen, chicken\xff and 世界 界!"} {
		fmt.Println("Index", sub, strings.Index(s, sub), strings.LastIndex(s, sub), strings.Contains(s, sub), strings.Count(s, sub))
	}
	fmt.Println(strings.Index("", ""), strings.Index("", "a"), strings.LastIndex("", ""), strings.Count("", ""), strings.Count("five", ""))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("cheese", "e"), strings.Index("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "aaab"))
	long := strings.Repeat("ab", 2000) + "abc" + strings.Repeat("x", 100)
	fmt.Println(strings.Index(long, "abc"), strings.LastIndex(long, "ab"), strings.Index(long, "abd"), strings.Index(long, "xxxx"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.LastIndexByte(s, 'k'), strings.IndexByte(s, 'z'), strings.LastIndexByte("", 'a'))
	for _, r := range []rune{'k', '世', '界', unicode.ReplacementChar, -1, 0x110000, 0xD800, 0} {
		fmt.Println("IndexRune", r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
	}
	fmt.Println(strings.IndexRune("a\uFFFDb", unicode.ReplacementChar), strings.IndexRune("abc\x00", 0))
	for _, chars := range []string{"", "xyz", "nk", "界世", "\xff", "\uFFFD", "z界"} {
		fmt.Println("IndexAny", chars, strings.IndexAny(s, chars), strings.LastIndexAny(s, chars), strings.ContainsAny(s, chars))
	}
	fmt.Println(strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsSpace), strings.IndexFunc(s, unicode.IsUpper))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("go123", unicode.IsLetter))
	fmt.Println(strings.ContainsFunc("hello", unicode.IsUpper), strings.ContainsFunc("hellO", unicode.IsUpper))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasPrefix(s, ""), strings.HasPrefix("", "a"), strings.HasSuffix(s, "界"), strings.HasSuffix(s, "x"))
	for _, sep := range []string{"chicken", ",", "none", ""} {
		b, a, f := strings.Cut(s, sep)
		fmt.Printf("Cut %q %q %q %v\n", sep, b, a, f)
		b, a, f = strings.CutLast(s, sep)
		fmt.Printf("CutLast %q %q %q %v\n", sep, b, a, f)
	}
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutPrefix("prefix-body", "body"))
	fmt.Println(strings.CutSuffix("body.go", ".go"))
	fmt.Println(strings.CutSuffix("body.go", ".rs"))
	pairs := [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"k", "\u212a"}, {"straße", "STRASSE"}, {"abc", "abcd"}, {"", ""}, {"\xff", "\xfe"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"AbC世", "aBc世"}, {"a", "b"}, {"µ", "Μ"}}
	for _, p := range pairs {
		fmt.Println("EqualFold", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("", "a"), strings.Compare("ab", "a"))
}

// Output:
// Index  0 40 true 35
// Index ken 4 21 true 2
// Index chicken 0 17 true 2
// Index dmr -1 -1 false 0
// Index 界 33 37 true 2
// Index � 24 24 true 1
// Index n 6 27 true 4
// Index kitchen, chicken� and 世界 界! -1 -1 false 0
// 0 -1 0 1 5
// 2 3 41
// 4000 4000 -1 4003
// 4 21 -1 -1
// IndexRune 107 4 true
// IndexRune 19990 30 true
// IndexRune 30028 33 true
// IndexRune 65533 24 true
// IndexRune -1 -1 false
// IndexRune 1114112 -1 false
// IndexRune 55296 -1 false
// IndexRune 0 -1 false
// 1 3
// IndexAny  -1 -1 false
// IndexAny xyz -1 -1 false
// IndexAny nk 4 27 true
// IndexAny 界世 30 37 true
// IndexAny � 24 24 true
// IndexAny � 24 24 true
// IndexAny z界 33 37 true
// 7 36 -1
// 7 1
// false true
// true true false true false
// Cut "chicken" "" " kitchen, chicken\xff and 世界 界" true
// CutLast "chicken" "chicken kitchen, " "\xff and 世界 界" true
// Cut "," "chicken kitchen" " chicken\xff and 世界 界" true
// CutLast "," "chicken kitchen" " chicken\xff and 世界 界" true
// Cut "none" "chicken kitchen, chicken\xff and 世界 界" "" false
// CutLast "none" "chicken kitchen, chicken\xff and 世界 界" "" false
// Cut "" "" "chicken kitchen, chicken\xff and 世界 界" true
// CutLast "" "chicken kitchen, chicken\xff and 世界 界" "" true
// body true
// prefix-body false
// body true
// body.go false
// EqualFold Go GO true
// EqualFold σ Σ true
// EqualFold ς Σ true
// EqualFold k K true
// EqualFold straße STRASSE false
// EqualFold abc abcd false
// EqualFold   true
// EqualFold � � true
// EqualFold ǅ ǆ true
// EqualFold ǅ Ǆ true
// EqualFold AbC世 aBc世 true
// EqualFold a b false
// EqualFold µ Μ true
// -1 1 0 -1 1
