package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func show(name string, a []string) {
	q := make([]string, len(a))
	for i, s := range a {
		q[i] = strconv.Quote(s)
	}
	fmt.Printf("%s %d %d [%s]\n", name, len(a), cap(a), strings.Join(q, " "))
}

func main() {
	for _, s := range []string{"", "  ", " a b  c ", "one", "\tx\ny\v\fz\r", "a\u00a0b\u2003c\u3000d", "é ñ\u0085ü", "\xff \xfe", "世界 你好"} {
		show("Fields", strings.Fields(s))
		show("FieldsFunc", strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == 'b' }))
	}
	fmt.Println(strings.Fields("  ") == nil, strings.Fields("") == nil, len(strings.Fields("a b")))
	s := "a,b,,c,"
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		show(fmt.Sprint("SplitN ", n), strings.SplitN(s, ",", n))
		show(fmt.Sprint("SplitAfterN ", n), strings.SplitAfterN(s, ",", n))
		show(fmt.Sprint("SplitN empty ", n), strings.SplitN("añ\xffb", "", n))
	}
	fmt.Println(strings.SplitN(s, ",", 0) == nil, strings.Split("", "") == nil)
	show("Split", strings.Split(s, ","))
	show("Split", strings.Split("a man a plan a canal panama", "a "))
	show("Split", strings.Split(" xyz ", ""))
	show("Split", strings.Split("", "Bernardo O'Higgins"))
	show("Split", strings.Split("", ""))
	show("Split", strings.Split("abc", "abc"))
	show("Split", strings.Split("ababab", "ab"))
	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("SplitAfter", strings.SplitAfter("abc", ""))
	fmt.Printf("%q\n", strings.Join([]string{"foo", "bar", "baz"}, ", "))
	fmt.Printf("%q\n", strings.Join(nil, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"only"}, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "-"))
	fmt.Printf("%q\n", strings.Join([]string{"a", "b"}, ""))
	words := make([]string, 0)
	for i := 0; i < 1000; i++ {
		words = append(words, fmt.Sprint(i))
	}
	j := strings.Join(words, " ")
	fmt.Println(len(j), len(strings.Fields(j)), len(strings.Split(j, " ")), strings.Count(j, "9"))
	text := "line one\nline two\n\nlast line without newline"
	for l := range strings.Lines(text) {
		fmt.Printf("Line %q\n", l)
	}
	for l := range strings.Lines("") {
		fmt.Printf("never %q\n", l)
	}
	for l := range strings.Lines("x\n") {
		fmt.Printf("Line %q\n", l)
	}
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Printf("SplitSeq %q\n", part)
	}
	for part := range strings.SplitSeq("ab", "") {
		fmt.Printf("SplitSeq empty %q\n", part)
	}
	for part := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("SplitAfterSeq %q\n", part)
	}
	for f := range strings.FieldsSeq("  the quick\tbrown  fox ") {
		if f == "fox" {
			break
		}
		fmt.Printf("FieldsSeq %q\n", f)
	}
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("FieldsFuncSeq %q\n", f)
	}
	n := 0
	for range strings.SplitSeq("", ",") {
		n++
	}
	fmt.Println("empty SplitSeq yields", n)
}

// Output:
// Fields 0 0 []
// FieldsFunc 0 0 []
// Fields 0 0 []
// FieldsFunc 0 0 []
// Fields 3 3 ["a" "b" "c"]
// FieldsFunc 2 2 ["a" "c"]
// Fields 1 1 ["one"]
// FieldsFunc 1 1 ["one"]
// Fields 3 3 ["x" "y" "z"]
// FieldsFunc 1 1 ["\tx\ny\v\fz\r"]
// Fields 4 4 ["a" "b" "c" "d"]
// FieldsFunc 2 2 ["a\u00a0" "\u2003c\u3000d"]
// Fields 3 3 ["é" "ñ" "ü"]
// FieldsFunc 2 2 ["é" "ñ\u0085ü"]
// Fields 2 2 ["\xff" "\xfe"]
// FieldsFunc 2 2 ["\xff" "\xfe"]
// Fields 2 2 ["世界" "你好"]
// FieldsFunc 2 2 ["世界" "你好"]
// false false 2
// SplitN -1 5 5 ["a" "b" "" "c" ""]
// SplitAfterN -1 5 5 ["a," "b," "," "c," ""]
// SplitN empty -1 4 4 ["a" "ñ" "\xff" "b"]
// SplitN 0 0 0 []
// SplitAfterN 0 0 0 []
// SplitN empty 0 0 0 []
// SplitN 1 1 1 ["a,b,,c,"]
// SplitAfterN 1 1 1 ["a,b,,c,"]
// SplitN empty 1 1 1 ["añ\xffb"]
// SplitN 2 2 2 ["a" "b,,c,"]
// SplitAfterN 2 2 2 ["a," "b,,c,"]
// SplitN empty 2 2 2 ["a" "ñ\xffb"]
// SplitN 3 3 3 ["a" "b" ",c,"]
// SplitAfterN 3 3 3 ["a," "b," ",c,"]
// SplitN empty 3 3 3 ["a" "ñ" "\xffb"]
// SplitN 10 5 8 ["a" "b" "" "c" ""]
// SplitAfterN 10 5 8 ["a," "b," "," "c," ""]
// SplitN empty 10 4 4 ["a" "ñ" "\xff" "b"]
// true false
// Split 5 5 ["a" "b" "" "c" ""]
// Split 4 4 ["" "man " "plan " "canal panama"]
// Split 5 5 [" " "x" "y" "z" " "]
// Split 1 1 [""]
// Split 0 0 []
// Split 2 2 ["" ""]
// Split 4 4 ["" "" "" ""]
// SplitAfter 3 3 ["a," "b," "c"]
// SplitAfter 3 3 ["a" "b" "c"]
// "foo, bar, baz"
// ""
// "only"
// "--"
// "ab"
// 3889 1000 1000 300
// Line "line one\n"
// Line "line two\n"
// Line "\n"
// Line "last line without newline"
// Line "x\n"
// SplitSeq "a"
// SplitSeq "b"
// SplitSeq "c"
// SplitSeq empty "a"
// SplitSeq empty "b"
// SplitAfterSeq "a,"
// SplitAfterSeq "b,"
// SplitAfterSeq "c"
// FieldsSeq "the"
// FieldsSeq "quick"
// FieldsSeq "brown"
// FieldsFuncSeq "a"
// FieldsFuncSeq "b"
// FieldsFuncSeq "c"
// empty SplitSeq yields 1
