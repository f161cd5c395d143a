package main

import "fmt"

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func format(n int64, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var buf [65]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = digits[u%uint64(base)]
		u /= uint64(base)
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func parse(s string, base int) (int64, bool) {
	if s == "" {
		return 0, false
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	var n int64
	for _, c := range s {
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'z':
			d = int(c-'a') + 10
		default:
			return 0, false
		}
		if d >= base {
			return 0, false
		}
		n = n*int64(base) + int64(d)
	}
	if neg {
		n = -n
	}
	return n, true
}

func main() {
	nums := []int64{0, 1, -1, 255, -255, 1 << 40, -9223372036854775808, 9223372036854775807}
	for _, n := range nums {
		b2, b16, b36 := format(n, 2), format(n, 16), format(n, 36)
		p, ok := parse(b36, 36)
		fmt.Println(n, b16, b36, len(b2), p == n || n == -9223372036854775808, ok)
		if fmt.Sprintf("%x", n) != b16 {
			fmt.Println("mismatch", fmt.Sprintf("%x", n), b16)
		}
	}
	for _, s := range []string{"zz", "-101", "12g", "", "777"} {
		v, ok := parse(s, 16)
		fmt.Println(s, v, ok)
	}
	fmt.Println(format(int64(^uint32(0)), 8), fmt.Sprintf("%o", ^uint32(0)))
}

// Output:
// 0 0 0 1 true true
// 1 1 1 1 true true
// -1 -1 -1 2 true true
// 255 ff 73 8 true true
// -255 -ff -73 9 true true
// 1099511627776 10000000000 e13wu1og 41 true true
// -9223372036854775808 -8000000000000000 -1y2p0ij32e8e8 65 true true
// 9223372036854775807 7fffffffffffffff 1y2p0ij32e8e7 63 true true
// zz 0 false
// -101 -257 true
// 12g 0 false
//  0 false
// 777 1911 true
// 37777777777 37777777777
