package main

import "fmt"

func main() {
	fmt.Println("tab\there", "nl\\n", "quote\"q\"")
	raw := `raw\nstring "with" quotes
and newline`
	fmt.Println(raw)
	fmt.Println(len(raw))
	fmt.Printf("%q\n", "a\tb\nc\x00d\u00e9\U0001F600\xff")
	fmt.Printf("%q %q\n", `back\slash`, "")
	fmt.Printf("%x % x %X\n", "héllo", "abc", "xyz")
	fmt.Printf("%s|%10s|%-10s|%.2s\n", "go", "right", "left", "truncate")
	fmt.Printf("%v %+q\n", "é", "é")
	b := []byte("bytes")
	fmt.Printf("%s %v %q\n", b, b, b)
	fmt.Println("\u65e5\u672c\u8a9e")
	fmt.Println("\xe6\x97\xa5")
	multi := "line1\n" +
		"line2\n" +
		"line3"
	fmt.Println(multi)
	fmt.Printf("%5.1q|\n", "abc")
	fmt.Printf("%c|%c\n", 'é', 0x1F600)
}

// Output:
// tab	here nl\n quote"q"
// raw\nstring "with" quotes
// and newline
// 37
// "a\tb\nc\x00dé😀\xff"
// "back\\slash" ""
// 68c3a96c6c6f 61 62 63 78797A
// go|     right|left      |tr
// é "\u00e9"
// bytes [98 121 116 101 115] "bytes"
// 日本語
// 日
// line1
// line2
// line3
//   "a"|
// é|😀
