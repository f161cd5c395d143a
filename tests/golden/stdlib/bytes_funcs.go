package main

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode"
)

func show(name string, a [][]byte) {
	fmt.Printf("%s %d %d [", name, len(a), cap(a))
	for i, x := range a {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q/%d", x, cap(x))
	}
	fmt.Println("]")
}

func bs(s string) []byte {
	b := make([]byte, len(s))
	copy(b, s)
	return b
}

func main() {
	s := []byte("chicken kitchen, chicken\xff and 世界")
	for _, sub := range []string{"", "ken", "界", "\xff", "zz"} {
		fmt.Println("Index", sub, bytes.Index(s, []byte(sub)), bytes.LastIndex(s, []byte(sub)), bytes.Contains(s, []byte(sub)), bytes.Count(s, []byte(sub)))
	}
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.LastIndexByte(s, 'k'), bytes.IndexRune(s, '界'), bytes.IndexRune(s, unicode.ReplacementChar), bytes.IndexRune(s, -1))
	fmt.Println(bytes.IndexAny(s, "界k"), bytes.LastIndexAny(s, "nk"), bytes.ContainsAny(s, ""), bytes.ContainsRune(s, '世'), bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsSpace), bytes.ContainsFunc(s, unicode.IsUpper))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.Compare([]byte("b"), []byte("a")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("σ"), []byte("Σ")), bytes.HasPrefix(s, []byte("chi")), bytes.HasSuffix(s, []byte("界")))
	b, a, f := bytes.Cut(s, []byte(", "))
	fmt.Printf("%q %q %v\n", b, a, f)
	b, a, f = bytes.Cut(s, []byte("none"))
	fmt.Printf("%q %v %v\n", b, a == nil, f)
	b, a, f = bytes.CutLast(s, []byte("chicken"))
	fmt.Printf("%q %q %v\n", b, a, f)
	a, f = bytes.CutPrefix(s, []byte("chicken "))
	fmt.Printf("%q %v\n", a, f)
	b, f = bytes.CutSuffix(s, []byte("世界"))
	fmt.Printf("%q %v\n", b, f)
	show("Fields", bytes.Fields(bs("  a bb\tc\u00a0d  ")))
	show("Fields", bytes.Fields([]byte("   ")))
	show("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit))
	for _, n := range []int{-1, 0, 1, 2, 10} {
		show(fmt.Sprint("SplitN ", n), bytes.SplitN(bs("a,b,,c"), []byte(","), n))
		show(fmt.Sprint("SplitAfterN ", n), bytes.SplitAfterN(bs("a,b,,c"), []byte(","), n))
		show(fmt.Sprint("SplitN empty ", n), bytes.SplitN(bs("añb"), nil, n))
	}
	show("Split", bytes.Split([]byte(""), []byte(",")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	fmt.Println(bytes.Join(nil, []byte(",")) == nil, bytes.Join([][]byte{{}}, nil) == nil, len(bytes.Join([][]byte{{}}, nil)))
	for _, x := range []string{"hello", "HeLLo wörld", "straße ǆ", "\xffab", ""} {
		fmt.Printf("%q %q %q %q\n", bytes.ToUpper([]byte(x)), bytes.ToLower([]byte(x)), bytes.ToTitle([]byte(x)), bytes.Title([]byte(x)))
	}
	fmt.Println(strconv.Quote(string(bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, []byte("banana\xff")))))
	fmt.Printf("%q %q %v\n", bytes.Repeat([]byte("ab"), 3), bytes.Repeat(nil, 3), bytes.Repeat([]byte("x"), 0) == nil)
	fmt.Printf("%q %q %q %v\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("abc"), nil, []byte("-")), bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1), bytes.Replace(nil, []byte("x"), []byte("y"), -1) == nil)
	fmt.Println(bytes.Runes([]byte("a世\xff")))
	for _, c := range [][2]string{{"  hello  ", " "}, {"xxhixx", "x"}, {"aaa", "a"}, {"", "a"}, {"abc", ""}, {"¡¡Hola!!", "!¡"}} {
		t, l, r := bytes.Trim([]byte(c[0]), c[1]), bytes.TrimLeft([]byte(c[0]), c[1]), bytes.TrimRight([]byte(c[0]), c[1])
		fmt.Printf("Trim %q %q: %q %v %q %v %q %v\n", c[0], c[1], t, t == nil, l, l == nil, r, r == nil)
	}
	for _, x := range []string{"", "   ", " \t x \n", "\u3000y\u00a0"} {
		t := bytes.TrimSpace([]byte(x))
		fmt.Println("TrimSpace", strconv.Quote(x), strconv.Quote(string(t)), t == nil)
	}
	fmt.Printf("%q %q %q %q\n", bytes.TrimFunc([]byte("12ab34"), unicode.IsDigit), bytes.TrimPrefix([]byte("prefix"), []byte("pre")), bytes.TrimSuffix([]byte("a.go"), []byte(".go")), bytes.ToValidUTF8([]byte("a\xff\xfeb"), []byte("?")))
	fmt.Println(bytes.TrimFunc([]byte("123"), unicode.IsDigit) == nil, bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
	orig := []byte("shared memory")
	sub := bytes.TrimPrefix(orig, []byte("shared "))
	sub[0] = 'M'
	fmt.Println(string(orig))
	for l := range bytes.Lines(bs("one\ntwo\nthree")) {
		fmt.Printf("Line %q %d\n", l, cap(l))
	}
	for p := range bytes.SplitSeq([]byte("x-y-z"), []byte("-")) {
		fmt.Printf(" Seq %q", p)
	}
	for p := range bytes.FieldsSeq([]byte(" f1  f2 ")) {
		fmt.Printf(" Field %q", p)
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	bytes.Repeat([]byte("x"), -1)
}

// Output:
// Index  0 36 true 33
// Index ken 4 21 true 2
// Index 界 33 33 true 1
// Index � 24 24 true 1
// Index zz -1 -1 false 0
// 4 21 33 24 -1
// 4 27 false true 7 29 false
// true true false -1 0 1
// true true true true
// "chicken kitchen" "chicken\xff and 世界" true
// "chicken kitchen, chicken\xff and 世界" true false
// "chicken kitchen, " "\xff and 世界" true
// "kitchen, chicken\xff and 世界" true
// "chicken kitchen, chicken\xff and " true
// Fields 4 4 ["a"/1 "bb"/2 "c"/1 "d"/1]
// Fields 0 0 []
// FieldsFunc 3 3 ["a"/1 "b"/1 "c"/1]
// SplitN -1 4 4 ["a"/1 "b"/1 ""/0 "c"/1]
// SplitAfterN -1 4 4 ["a,"/2 "b,"/2 ","/1 "c"/1]
// SplitN empty -1 3 4 ["a"/1 "ñ"/2 "b"/1]
// SplitN 0 0 0 []
// SplitAfterN 0 0 0 []
// SplitN empty 0 0 0 []
// SplitN 1 1 1 ["a,b,,c"/6]
// SplitAfterN 1 1 1 ["a,b,,c"/6]
// SplitN empty 1 1 1 ["añb"/4]
// SplitN 2 2 2 ["a"/1 "b,,c"/4]
// SplitAfterN 2 2 2 ["a,"/2 "b,,c"/4]
// SplitN empty 2 2 2 ["a"/1 "ñb"/3]
// SplitN 10 4 7 ["a"/1 "b"/1 ""/0 "c"/1]
// SplitAfterN 10 4 7 ["a,"/2 "b,"/2 ","/1 "c"/1]
// SplitN empty 10 3 4 ["a"/1 "ñ"/2 "b"/1]
// Split 1 1 [""/0]
// "a, b, c"
// false true 0
// "HELLO" "hello" "HELLO" "Hello"
// "HELLO WÖRLD" "hello wörld" "HELLO WÖRLD" "HeLLo Wörld"
// "STRAßE Ǆ" "straße ǆ" "STRAßE ǅ" "Straße ǅ"
// "�AB" "�ab" "�AB" "�ab"
// "" "" "" ""
// "coo\ufffe"
// "ababab" "" false
// "oinky oinky oink" "-a-b-c-" "abc" true
// [97 19990 65533]
// Trim "  hello  " " ": "hello" false "hello  " false "  hello" false
// Trim "xxhixx" "x": "hi" false "hixx" false "xxhi" false
// Trim "aaa" "a": "" true "" true "" false
// Trim "" "a": "" true "" true "" false
// Trim "abc" "": "abc" false "abc" false "abc" false
// Trim "¡¡Hola!!" "!¡": "Hola" false "Hola!!" false "¡¡Hola" false
// TrimSpace "" "" true
// TrimSpace "   " "" true
// TrimSpace " \t x \n" "x" false
// TrimSpace "\u3000y\u00a0" "y" false
// "ab" "fix" "a" "a?b"
// true true false
// shared Memory
// Line "one\n" 4
// Line "two\n" 4
// Line "three" 5
//  Seq "x" Seq "y" Seq "z" Field "f1" Field "f2"
// recovered: bytes: negative Repeat count
