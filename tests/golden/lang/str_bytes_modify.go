package main

import "fmt"

func main() {
	s := "immutable"
	b := []byte(s)
	for i := range b {
		b[i]++
	}
	fmt.Println(s, string(b))
	caesar := func(in string, k int) string {
		out := make([]byte, len(in))
		for i := 0; i < len(in); i++ {
			c := in[i]
			switch {
			case c >= 'a' && c <= 'z':
				out[i] = 'a' + (c-'a'+byte(k))%26
			case c >= 'A' && c <= 'Z':
				out[i] = 'A' + (c-'A'+byte(k))%26
			default:
				out[i] = c
			}
		}
		return string(out)
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, 23))
	hex := "0123456789abcdef"
	var dst []byte
	for _, c := range []byte("Go!") {
		dst = append(dst, hex[c>>4], hex[c&15])
	}
	fmt.Println(string(dst))
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println(sum)
	rs := []rune("añb")
	rs = append(rs, '💡')
	fmt.Println(string(rs), len(string(rs)), len(rs))
}

// Output:
// immutable jnnvubcmf
// Khoor, Zruog! Hello, World!
// 476f21
// 960
// añb💡 8 4
