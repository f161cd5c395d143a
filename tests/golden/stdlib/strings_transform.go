package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"", "hello", "HELLO", "Hello, World!", "héllo wörld", "ǆemal ǅ Ǆ", "straße", "ÿ", "\xffab\xfe", "ΑΒΓ αβγ ς", "İstanbul ı", "ﬀ ﬁ", "123", "\uFFFD"} {
		fmt.Printf("%q U=%q L=%q T=%q Title=%q\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
	}
	fmt.Printf("%q\n", strings.Title("hello wOrld_x-y ÿes 3rd don't o'neil a.b"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Printf("%q\n", strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	drop := func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}
	fmt.Printf("%q %q %q\n", strings.Map(drop, " a b\tc "), strings.Map(drop, "\xff x"), strings.Map(func(r rune) rune { return r }, "a\xffb"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0x110000 }, "ab"))
	calls := 0
	strings.Map(func(r rune) rune { calls++; return r + 1 }, "abcd")
	fmt.Println("calls", calls)
	fmt.Printf("%q %q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0), strings.Repeat("-", 40))
	for _, n := range []int{-1, 0, 1, 2, 5} {
		fmt.Printf("Replace %d %q %q %q\n", n, strings.Replace("oink oink oink", "k", "ky", n), strings.Replace("oink oink oink", "oink", "moo", n), strings.Replace("abc", "", "-", n))
	}
	fmt.Printf("%q %q %q %q\n", strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("banana", "na", ""), strings.ReplaceAll("", "", "x"), strings.ReplaceAll("aaa", "a", "aa"))
	fmt.Printf("%q %q\n", strings.ReplaceAll("héllo", "", "|"), strings.ReplaceAll("x", "x", "x"))
	for _, c := range [][2]string{{"  hello  ", " "}, {"xxhixx", "x"}, {"abcba", "ab"}, {"¡¡Hola!!", "!¡"}, {"", "abc"}, {"abc", ""}, {"aaa", "a"}, {"\xff\xffx\xff", "\xff"}, {"\uFFFDx\xff", "\uFFFD"}, {"世界世", "世"}} {
		fmt.Printf("Trim %q %q: %q %q %q\n", c[0], c[1], strings.Trim(c[0], c[1]), strings.TrimLeft(c[0], c[1]), strings.TrimRight(c[0], c[1]))
	}
	for _, s := range []string{"", "  ", " \t\n hello \r\n", "\u00a0x\u3000", "\u0085a\u0085", "x", "  \xff  ", "\u200bx"} {
		fmt.Println("TrimSpace", strconv.Quote(s), "->", strconv.Quote(strings.TrimSpace(s)))
	}
	fmt.Printf("%q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimFunc("123", unicode.IsDigit))
	fmt.Printf("%q %q\n", strings.TrimLeftFunc("  x  ", unicode.IsSpace), strings.TrimRightFunc("  x  ", unicode.IsSpace))
	fmt.Printf("%q %q\n", strings.TrimRightFunc("x世界", func(r rune) bool { return r > 127 }), strings.TrimLeftFunc("世界x", func(r rune) bool { return r > 127 }))
	fmt.Printf("%q %q %q %q\n", strings.TrimPrefix("prefix", "pre"), strings.TrimPrefix("prefix", "x"), strings.TrimSuffix("file.go", ".go"), strings.TrimSuffix("file.go", "go."))
	for _, s := range []string{"abc", "a\xffb", "\xff\xfe\xfdc", "\xed\xa0\x80x", "ok世界", "\xe4\xb8"} {
		fmt.Printf("ToValidUTF8 %q %q %q\n", s, strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""))
	}
	c := strings.Clone("clone me")
	fmt.Println(c, strings.Clone("") == "")
}

// Output:
// "" U="" L="" T="" Title=""
// "hello" U="HELLO" L="hello" T="HELLO" Title="Hello"
// "HELLO" U="HELLO" L="hello" T="HELLO" Title="HELLO"
// "Hello, World!" U="HELLO, WORLD!" L="hello, world!" T="HELLO, WORLD!" Title="Hello, World!"
// "héllo wörld" U="HÉLLO WÖRLD" L="héllo wörld" T="HÉLLO WÖRLD" Title="Héllo Wörld"
// "ǆemal ǅ Ǆ" U="ǄEMAL Ǆ Ǆ" L="ǆemal ǆ ǆ" T="ǅEMAL ǅ ǅ" Title="ǅemal ǅ ǅ"
// "straße" U="STRAßE" L="straße" T="STRAßE" Title="Straße"
// "ÿ" U="Ÿ" L="ÿ" T="Ÿ" Title="Ÿ"
// "\xffab\xfe" U="�AB�" L="�ab�" T="�AB�" Title="�ab�"
// "ΑΒΓ αβγ ς" U="ΑΒΓ ΑΒΓ Σ" L="αβγ αβγ ς" T="ΑΒΓ ΑΒΓ Σ" Title="ΑΒΓ Αβγ Σ"
// "İstanbul ı" U="İSTANBUL I" L="istanbul ı" T="İSTANBUL I" Title="İstanbul I"
// "ﬀ ﬁ" U="ﬀ ﬁ" L="ﬀ ﬁ" T="ﬀ ﬁ" Title="ﬀ ﬁ"
// "123" U="123" L="123" T="123" Title="123"
// "�" U="�" L="�" T="�" Title="�"
// "Hello WOrld_x-Y Ÿes 3rd Don'T O'Neil A.B"
// "'Gjnf oevyyvt naq gur fyvgul tbcure..."
// "ABC" "�X" "a�b"
// "��"
// calls 4
// "ababab" "" "" "----------------------------------------"
// Replace -1 "oinky oinky oinky" "moo moo moo" "-a-b-c-"
// Replace 0 "oink oink oink" "oink oink oink" "abc"
// Replace 1 "oinky oink oink" "moo oink oink" "-abc"
// Replace 2 "oinky oinky oink" "moo moo oink" "-a-bc"
// Replace 5 "oinky oinky oinky" "moo moo moo" "-a-b-c-"
// "bonono" "ba" "x" "aaaaaa"
// "|h|é|l|l|o|" "x"
// Trim "  hello  " " ": "hello" "hello  " "  hello"
// Trim "xxhixx" "x": "hi" "hixx" "xxhi"
// Trim "abcba" "ab": "c" "cba" "abc"
// Trim "¡¡Hola!!" "!¡": "Hola" "Hola!!" "¡¡Hola"
// Trim "" "abc": "" "" ""
// Trim "abc" "": "abc" "abc" "abc"
// Trim "aaa" "a": "" "" ""
// Trim "\xff\xffx\xff" "\xff": "x" "x\xff" "\xff\xffx"
// Trim "�x\xff" "�": "x" "x\xff" "�x"
// Trim "世界世" "世": "界" "界世" "世界"
// TrimSpace "" -> ""
// TrimSpace "  " -> ""
// TrimSpace " \t\n hello \r\n" -> "hello"
// TrimSpace "\u00a0x\u3000" -> "x"
// TrimSpace "\u0085a\u0085" -> "a"
// TrimSpace "x" -> "x"
// TrimSpace "  \xff  " -> "\xff"
// TrimSpace "\u200bx" -> "\u200bx"
// "abc" ""
// "x  " "  x"
// "x" "x"
// "fix" "prefix" "file" "file.go"
// ToValidUTF8 "abc" "abc" "abc"
// ToValidUTF8 "a\xffb" "a?b" "ab"
// ToValidUTF8 "\xff\xfe\xfdc" "?c" "c"
// ToValidUTF8 "\xed\xa0\x80x" "?x" "x"
// ToValidUTF8 "ok世界" "ok世界" "ok世界"
// ToValidUTF8 "\xe4\xb8" "?" ""
// clone me true
