package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "hello", "a\"b", "back\\slash", "tab\there", "nl\n", "\a\b\f\r\v", "\x00\x01\x7f", "☺ smile", "\u00a0nbsp", "\u2028", "\ufeffbom", "\xff\xfe", "\U0010ffff", "\U0001F600", "日本語", "\u200b", "\u0301", "'single'"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, '☺', 0xa0, 0x2028, 0xD800, -1, 0x110000, 0x10ffff, 0x1F600, 0xFFFD} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"hello"`, `"a\tb\n"`, `"\x41\101\u263a\U0001F600"`, `'a'`, `'\''`, `'ab'`, `''`, "`raw\\n`", "`a\rb`", `"unterminated`, `"bad\q"`, `"\xff"`, "\"\xff\"", `"\u00e9"`, `"\ud800"`, `"\400"`, `'\x80'`, `"a"b"`, `"\'"`, `'\"'`, `"it's"`, `x`, ``, `"`, "`a`b`", `"é"`, "\"a\nb\""} {
		v, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s + "tail")
		fmt.Printf("Unquote %s -> %q %v | %q %v\n", strconv.Quote(s), v, err, p, perr)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{`\n rest`, '"'}, {`\x41`, '"'}, {`\'`, '"'}, {`\'`, '\''}, {`"`, '"'}, {`é!`, '"'}, {`\u263a`, 0}, {`\777`, '"'}, {`\08`, '"'}, {``, '"'}, {`\`, '"'}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("UnquoteChar %q %q: %d %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
}

// Output:
// "" "" "" true
// "hello" "hello" "hello" true
// "a\"b" "a\"b" "a\"b" true
// "back\\slash" "back\\slash" "back\\slash" true
// "tab\there" "tab\there" "tab\there" true
// "nl\n" "nl\n" "nl\n" false
// "\a\b\f\r\v" "\a\b\f\r\v" "\a\b\f\r\v" false
// "\x00\x01\x7f" "\x00\x01\x7f" "\x00\x01\x7f" false
// "☺ smile" "\u263a smile" "☺ smile" true
// "\u00a0nbsp" "\u00a0nbsp" " nbsp" true
// "\u2028" "\u2028" "\u2028" true
// "\ufeffbom" "\ufeffbom" "\ufeffbom" false
// "\xff\xfe" "\xff\xfe" "\xff\xfe" false
// "\U0010ffff" "\U0010ffff" "\U0010ffff" true
// "😀" "\U0001f600" "😀" true
// "日本語" "\u65e5\u672c\u8a9e" "日本語" true
// "\u200b" "\u200b" "\u200b" true
// "́" "\u0301" "́" true
// "'single'" "'single'" "'single'" true
// 'a' 'a' 'a' true true
// '\'' '\'' '\'' true true
// '"' '"' '"' true true
// '\\' '\\' '\\' true true
// '\n' '\n' '\n' false false
// '\x00' '\x00' '\x00' false false
// '\x7f' '\x7f' '\x7f' false false
// '☺' '\u263a' '☺' true true
// '\u00a0' '\u00a0' ' ' false true
// '\u2028' '\u2028' '\u2028' false false
// '�' '\ufffd' '�' false false
// '�' '\ufffd' '�' false false
// '�' '\ufffd' '�' false false
// '\U0010ffff' '\U0010ffff' '\U0010ffff' false false
// '😀' '\U0001f600' '😀' true true
// '�' '\ufffd' '�' true true
// Unquote "\"hello\"" -> "hello" <nil> | "\"hello\"" <nil>
// Unquote "\"a\\tb\\n\"" -> "a\tb\n" <nil> | "\"a\\tb\\n\"" <nil>
// Unquote "\"\\x41\\101\\u263a\\U0001F600\"" -> "AA☺😀" <nil> | "\"\\x41\\101\\u263a\\U0001F600\"" <nil>
// Unquote "'a'" -> "a" <nil> | "'a'" <nil>
// Unquote "'\\''" -> "'" <nil> | "'\\''" <nil>
// Unquote "'ab'" -> "" invalid syntax | "" invalid syntax
// Unquote "''" -> "" <nil> | "''" <nil>
// Unquote "`raw\\n`" -> "raw\\n" <nil> | "`raw\\n`" <nil>
// Unquote "`a\rb`" -> "ab" <nil> | "`a\rb`" <nil>
// Unquote "\"unterminated" -> "" invalid syntax | "" invalid syntax
// Unquote "\"bad\\q\"" -> "" invalid syntax | "" invalid syntax
// Unquote "\"\\xff\"" -> "\xff" <nil> | "\"\\xff\"" <nil>
// Unquote "\"\xff\"" -> "�" <nil> | "\"\xff\"" <nil>
// Unquote "\"\\u00e9\"" -> "é" <nil> | "\"\\u00e9\"" <nil>
// Unquote "\"\\ud800\"" -> "" invalid syntax | "" invalid syntax
// Unquote "\"\\400\"" -> "" invalid syntax | "" invalid syntax
// Unquote "'\\x80'" -> "\x80" <nil> | "'\\x80'" <nil>
// Unquote "\"a\"b\"" -> "" invalid syntax | "\"a\"" <nil>
// Unquote "\"\\'\"" -> "" invalid syntax | "" invalid syntax
// Unquote "'\\\"'" -> "" invalid syntax | "" invalid syntax
// Unquote "\"it's\"" -> "it's" <nil> | "\"it's\"" <nil>
// Unquote "x" -> "" invalid syntax | "" invalid syntax
// Unquote "" -> "" invalid syntax | "" invalid syntax
// Unquote "\"" -> "" invalid syntax | "" invalid syntax
// Unquote "`a`b`" -> "" invalid syntax | "`a`" <nil>
// Unquote "\"é\"" -> "é" <nil> | "\"é\"" <nil>
// Unquote "\"a\nb\"" -> "" invalid syntax | "" invalid syntax
// UnquoteChar "\\n rest" '"': 10 false " rest" <nil>
// UnquoteChar "\\x41" '"': 65 false "" <nil>
// UnquoteChar "\\'" '"': 0 false "" invalid syntax
// UnquoteChar "\\'" '\'': 39 false "" <nil>
// UnquoteChar "\"" '"': 0 false "" invalid syntax
// UnquoteChar "é!" '"': 233 true "!" <nil>
// UnquoteChar "\\u263a" '\x00': 9786 true "" <nil>
// UnquoteChar "\\777" '"': 0 false "" invalid syntax
// UnquoteChar "\\08" '"': 0 false "" invalid syntax
// UnquoteChar "" '"': 0 false "" invalid syntax
// UnquoteChar "\\" '"': 0 false "" invalid syntax
