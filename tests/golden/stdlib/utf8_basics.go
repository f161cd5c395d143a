package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "世界", "\U0001F600", "\xff", "\xe4\xb8", "\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80", "a\xffb\xe2\x82\xac", "\xf0\x9f\x98", "\xe2\x82\xac\xac", "\x80\x80\x80\x80\x80"}
	for _, s := range inputs {
		b := []byte(s)
		r, size := utf8.DecodeRuneInString(s)
		r2, size2 := utf8.DecodeRune(b)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		lr2, lsize2 := utf8.DecodeLastRune(b)
		fmt.Printf("%q: first %U/%d %U/%d last %U/%d %U/%d count %d %d valid %v %v full %v %v\n", s, r, size, r2, size2, lr, lsize, lr2, lsize2,
			utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b), utf8.FullRuneInString(s), utf8.FullRune(b))
	}
	for _, p := range [][]byte{{0xe2}, {0xe2, 0x82}, {0xe2, 0x28}, {0xf0, 0x9f, 0x98}, {0xf0, 0x80}, {0xed, 0xa0}, {0xed, 0x9f}, {0xc2}, {0xc1}, {0xf5}} {
		fmt.Print(" ", utf8.FullRune(p))
	}
	fmt.Println()
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff, 0xfffd} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%v enc=% x append=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	n := 0
	for i := 0; i < 256; i++ {
		if utf8.RuneStart(byte(i)) {
			n++
		}
	}
	fmt.Println("rune starts", n, utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	s := "héllo, 世界! \xff end"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf(" %c:%d", r, size)
		s = s[size:]
	}
	fmt.Println()
	long := ""
	for i := 0; i < 100; i++ {
		long += "abcdefgh世"
	}
	fmt.Println(utf8.RuneCountInString(long), utf8.ValidString(long), utf8.ValidString(long+"\xff"))
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 2), '世')
}

// Output:
// "": first U+FFFD/0 U+FFFD/0 last U+FFFD/0 U+FFFD/0 count 0 0 valid true true full false false
// "a": first U+0061/1 U+0061/1 last U+0061/1 U+0061/1 count 1 1 valid true true full true true
// "é": first U+00E9/2 U+00E9/2 last U+00E9/2 U+00E9/2 count 1 1 valid true true full true true
// "世界": first U+4E16/3 U+4E16/3 last U+754C/3 U+754C/3 count 2 2 valid true true full true true
// "😀": first U+1F600/4 U+1F600/4 last U+1F600/4 U+1F600/4 count 1 1 valid true true full true true
// "\xff": first U+FFFD/1 U+FFFD/1 last U+FFFD/1 U+FFFD/1 count 1 1 valid false false full true true
// "\xe4\xb8": first U+FFFD/1 U+FFFD/1 last U+FFFD/1 U+FFFD/1 count 2 2 valid false false full false false
// "\xed\xa0\x80": first U+FFFD/1 U+FFFD/1 last U+FFFD/1 U+FFFD/1 count 3 3 valid false false full true true
// "\xc0\x80": first U+FFFD/1 U+FFFD/1 last U+FFFD/1 U+FFFD/1 count 2 2 valid false false full true true
// "\xf4\x90\x80\x80": first U+FFFD/1 U+FFFD/1 last U+FFFD/1 U+FFFD/1 count 4 4 valid false false full true true
// "a\xffb€": first U+0061/1 U+0061/1 last U+20AC/3 U+20AC/3 count 4 4 valid false false full true true
// "\xf0\x9f\x98": first U+FFFD/1 U+FFFD/1 last U+FFFD/1 U+FFFD/1 count 3 3 valid false false full false false
// "€\xac": first U+20AC/3 U+20AC/3 last U+FFFD/1 U+FFFD/1 count 2 2 valid false false full true true
// "\x80\x80\x80\x80\x80": first U+FFFD/1 U+FFFD/1 last U+FFFD/1 U+FFFD/1 count 5 5 valid false false full true true
//  false false true false true true false false true true
// U+0000 len=1 valid=true enc=00 append=78 00
// U+0061 len=1 valid=true enc=61 append=78 61
// U+007F len=1 valid=true enc=7f append=78 7f
// U+0080 len=2 valid=true enc=c2 80 append=78 c2 80
// U+07FF len=2 valid=true enc=df bf append=78 df bf
// U+0800 len=3 valid=true enc=e0 a0 80 append=78 e0 a0 80
// U+FFFF len=3 valid=true enc=ef bf bf append=78 ef bf bf
// U+10000 len=4 valid=true enc=f0 90 80 80 append=78 f0 90 80 80
// U+10FFFF len=4 valid=true enc=f4 8f bf bf append=78 f4 8f bf bf
// U+110000 len=-1 valid=false enc=ef bf bd append=78 ef bf bd
// U+FFFFFFFFFFFFFFFF len=-1 valid=false enc=ef bf bd append=78 ef bf bd
// U+D800 len=-1 valid=false enc=ef bf bd append=78 ef bf bd
// U+DFFF len=-1 valid=false enc=ef bf bd append=78 ef bf bd
// U+FFFD len=3 valid=true enc=ef bf bd append=78 ef bf bd
// rune starts 192 65533 128 1114111 4
//  h:1 é:2 l:1 l:1 o:1 ,:1  :1 世:3 界:3 !:1  :1 �:1  :1 e:1 n:1 d:1
// 900 true false
// recovered: runtime error: index out of range [2] with length 2
