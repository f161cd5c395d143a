package main

import (
	"fmt"
	"regexp"
)

func main() {
	words := regexp.MustCompile(`\w+`)
	s := "The quick brown fox, 42 times!"
	fmt.Printf("%q\n", words.FindAllString(s, -1))
	for _, n := range []int{0, 1, 2, 10} {
		fmt.Printf("%d %q %v\n", n, words.FindAllString(s, n), words.FindAllStringIndex(s, n))
	}

	// Empty matches: one per position, none right after a match.
	for _, p := range []string{`a*`, `a*?`, `x*`, `\b`, `^`, `$`, `(?m)^`, `(?m)$`, `a|`, `|a`, `\B`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-6s %q %v\n", p, re.FindAllString("baaab\nab", -1), re.FindAllStringIndex("baaab\nab", -1))
	}

	// Unicode text: byte offsets, runes stepped as a whole.
	uni := "héllo wörld 日本語 ✓"
	for _, p := range []string{`.`, `\w+`, `[^\x00-\x7f]+`, `\pL+`, `\p{Han}`, `x*`, `[é-ö]`, `(?i)Ö`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-14s %q %v\n", p, re.FindAllString(uni, -1), re.FindAllStringIndex(uni, 4))
	}
	// Invalid UTF-8 reads as U+FFFD, one byte at a time.
	bad := "a\xffb\xe2\x82"
	for _, p := range []string{`.`, `\x{FFFD}`, `[^a]`, `a.b`, `b..`, `x*`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-10s %q %v\n", p, re.FindAllString(bad, -1), re.FindAllIndex([]byte(bad), -1))
	}

	// Submatches of every match.
	kv := regexp.MustCompile(`(\w+)=(\d*)(;)?`)
	in := "a=1;b=;c=33 d=4;"
	fmt.Printf("%q\n", kv.FindAllStringSubmatch(in, -1))
	fmt.Println(kv.FindAllStringSubmatchIndex(in, -1))
	fmt.Println(kv.FindAllStringSubmatchIndex(in, 2))
	fmt.Printf("%q\n", kv.FindAllSubmatch([]byte(in), -1))
	fmt.Println(kv.FindAllSubmatchIndex([]byte(in), 3))
	fmt.Printf("%q\n", kv.FindAll([]byte(in), -1))
	fmt.Println(kv.FindAllIndex([]byte(in), -1))

	// Capacity of returned byte slices is clipped.
	b := []byte("xxabyy")
	m := regexp.MustCompile(`ab`).Find(b)
	fmt.Println(string(m), len(m), cap(m))
	all := regexp.MustCompile(`x`).FindAll(b, -1)
	fmt.Println(len(all), cap(all[0]))

	// Optional groups in a loop keep the last iteration.
	loop := regexp.MustCompile(`(?:(a)|(b))+`)
	fmt.Println(loop.FindStringSubmatchIndex("abab"), loop.FindStringSubmatchIndex("aab"))
	rep := regexp.MustCompile(`(\d)+`)
	fmt.Printf("%q\n", rep.FindAllStringSubmatch("123 45 6", -1))
	nullable := regexp.MustCompile(`(a*)*`)
	fmt.Println(nullable.FindAllStringSubmatchIndex("baa", -1))
	nullable2 := regexp.MustCompile(`(a*)+`)
	fmt.Println(nullable2.FindAllStringSubmatchIndex("baa", -1))
	nullable3 := regexp.MustCompile(`(a|b)*?c|(x?)*`)
	fmt.Println(nullable3.FindAllStringSubmatchIndex("abcxx", -1))
}

// Output:
// ["The" "quick" "brown" "fox" "42" "times"]
// 0 [] []
// 1 ["The"] [[0 3]]
// 2 ["The" "quick"] [[0 3] [4 9]]
// 10 ["The" "quick" "brown" "fox" "42" "times"] [[0 3] [4 9] [10 15] [16 19] [21 23] [24 29]]
// a*     ["" "aaa" "" "a" ""] [[0 0] [1 4] [5 5] [6 7] [8 8]]
// a*?    ["" "" "" "" "" "" "" "" ""] [[0 0] [1 1] [2 2] [3 3] [4 4] [5 5] [6 6] [7 7] [8 8]]
// x*     ["" "" "" "" "" "" "" "" ""] [[0 0] [1 1] [2 2] [3 3] [4 4] [5 5] [6 6] [7 7] [8 8]]
// \b     ["" "" "" ""] [[0 0] [5 5] [6 6] [8 8]]
// ^      [""] [[0 0]]
// $      [""] [[8 8]]
// (?m)^  ["" ""] [[0 0] [6 6]]
// (?m)$  ["" ""] [[5 5] [8 8]]
// a|     ["" "a" "a" "a" "" "a" ""] [[0 0] [1 2] [2 3] [3 4] [5 5] [6 7] [8 8]]
// |a     ["" "" "" "" "" "" "" "" ""] [[0 0] [1 1] [2 2] [3 3] [4 4] [5 5] [6 6] [7 7] [8 8]]
// \B     ["" "" "" "" ""] [[1 1] [2 2] [3 3] [4 4] [7 7]]
// .              ["h" "é" "l" "l" "o" " " "w" "ö" "r" "l" "d" " " "日" "本" "語" " " "✓"] [[0 1] [1 3] [3 4] [4 5]]
// \w+            ["h" "llo" "w" "rld"] [[0 1] [3 6] [7 8] [10 13]]
// [^\x00-\x7f]+  ["é" "ö" "日本語" "✓"] [[1 3] [8 10] [14 23] [24 27]]
// \pL+           ["héllo" "wörld" "日本語"] [[0 6] [7 13] [14 23]]
// \p{Han}        ["日" "本" "語"] [[14 17] [17 20] [20 23]]
// x*             ["" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "" ""] [[0 0] [1 1] [3 3] [4 4]]
// [é-ö]          ["é" "ö"] [[1 3] [8 10]]
// (?i)Ö          ["ö"] [[8 10]]
// .          ["a" "\xff" "b" "\xe2" "\x82"] [[0 1] [1 2] [2 3] [3 4] [4 5]]
// \x{FFFD}   ["\xff" "\xe2" "\x82"] [[1 2] [3 4] [4 5]]
// [^a]       ["\xff" "b" "\xe2" "\x82"] [[1 2] [2 3] [3 4] [4 5]]
// a.b        ["a\xffb"] [[0 3]]
// b..        ["b\xe2\x82"] [[2 5]]
// x*         ["" "" "" "" "" ""] [[0 0] [1 1] [2 2] [3 3] [4 4] [5 5]]
// [["a=1;" "a" "1" ";"] ["b=;" "b" "" ";"] ["c=33" "c" "33" ""] ["d=4;" "d" "4" ";"]]
// [[0 4 0 1 2 3 3 4] [4 7 4 5 6 6 6 7] [7 11 7 8 9 11 -1 -1] [12 16 12 13 14 15 15 16]]
// [[0 4 0 1 2 3 3 4] [4 7 4 5 6 6 6 7]]
// [["a=1;" "a" "1" ";"] ["b=;" "b" "" ";"] ["c=33" "c" "33" ""] ["d=4;" "d" "4" ";"]]
// [[0 4 0 1 2 3 3 4] [4 7 4 5 6 6 6 7] [7 11 7 8 9 11 -1 -1]]
// ["a=1;" "b=;" "c=33" "d=4;"]
// [[0 4] [4 7] [7 11] [12 16]]
// ab 2 2
// 2 1
// [0 4 2 3 3 4] [0 3 1 2 2 3]
// [["123" "3"] ["45" "5"] ["6" "6"]]
// [[0 0 0 0] [1 3 1 3]]
// [[0 0 0 0] [1 3 1 3]]
// [[0 3 1 2 -1 -1] [3 5 -1 -1 4 5]]
