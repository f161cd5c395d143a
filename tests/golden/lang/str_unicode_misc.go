package main

import "fmt"

func runeLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r >= 0xD800 && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= 0x10FFFF:
		return 4
	}
	return -1
}

func encode(r rune) []byte {
	switch runeLen(r) {
	case 1:
		return []byte{byte(r)}
	case 2:
		return []byte{0xC0 | byte(r>>6), 0x80 | byte(r)&0x3F}
	case 3:
		return []byte{0xE0 | byte(r>>12), 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F}
	case 4:
		return []byte{0xF0 | byte(r>>18), 0x80 | byte(r>>12)&0x3F, 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F}
	}
	return []byte{0xEF, 0xBF, 0xBD}
}

func main() {
	for _, r := range []rune{'A', 'é', '€', '𝄞', 0x10FFFF, 0xD800, -1, 0x110000} {
		b := encode(r)
		s := string(r)
		fmt.Println(r, runeLen(r), b, []byte(s), string(b) == s)
	}
	mixed := "Go语言🙂!"
	fmt.Println(len(mixed), len([]rune(mixed)))
	for i := 0; i < len(mixed); i++ {
		fmt.Printf("%02x ", mixed[i])
	}
	fmt.Println()
	fmt.Println(mixed[2:5], mixed[2:3] == "\xe8")
	for i, r := range mixed[1:] {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println("é" == "\u00e9", "é" == "e\u0301", len("e\u0301"))
	rs := []rune{0x48, 0x49, -5, 0xD801, 0x1F600}
	fmt.Printf("%q\n", string(rs))
	fmt.Printf("%+q %x\n", "日本", "日本")
}

// Output:
// 65 1 [65] [65] true
// 233 2 [195 169] [195 169] true
// 8364 3 [226 130 172] [226 130 172] true
// 119070 4 [240 157 132 158] [240 157 132 158] true
// 1114111 4 [244 143 191 191] [244 143 191 191] true
// 55296 -1 [239 191 189] [239 191 189] true
// -1 -1 [239 191 189] [239 191 189] true
// 1114112 -1 [239 191 189] [239 191 189] true
// 13 6
// 47 6f e8 af ad e8 a8 80 f0 9f 99 82 21 
// 语 true
// 0:o 1:语 4:言 7:🙂 11:! 
// true false 3
// "HI��😀"
// "\u65e5\u672c" e697a5e69cac
