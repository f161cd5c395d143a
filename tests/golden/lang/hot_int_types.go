package main

import "fmt"

func mix8(n int) (int8, uint8) {
	var a int8 = 1
	var b uint8 = 1
	for i := 0; i < n; i++ {
		a = a*3 + int8(i)
		b = b*5 ^ uint8(i)
		a ^= a >> 2
		b += b << 1
	}
	return a, b
}

func mix16(n int) (int16, uint16) {
	var a int16 = 7
	var b uint16 = 7
	for i := 0; i < n; i++ {
		a = a*31 - int16(i)
		b = b*17 + uint16(i)
		a = a>>1 | a<<15
		b = b>>3 | b<<13
	}
	return a, b
}

func mix32(n int) (int32, uint32) {
	var a int32 = 12345
	var b uint32 = 12345
	for i := 0; i < n; i++ {
		a = a*1103515245 + 12345
		b = b*1664525 + 1013904223
		if a < 0 {
			a = -a
		}
		a %= 1 << 30
		b ^= b >> 16
	}
	return a, b
}

func mix64(n int) (int64, uint64) {
	var a int64 = -1
	var b uint64 = 0x9E3779B97F4A7C15
	for i := 0; i < n; i++ {
		a = a*6364136223846793005 + 1442695040888963407
		b ^= b << 13
		b ^= b >> 7
		b ^= b << 17
		a /= 3
		a += int64(b % 1000)
	}
	return a, b
}

func divs(n int) (s int64) {
	for i := 1; i <= n; i++ {
		x := int64(i * 7919)
		s += x/int64(i%13+1) - x%int64(i%7+1)
		s += int64(int8(i)) / int64(int8(i%5)-2|1)
		s ^= int64(uint32(i) >> uint(i%33))
		s += int64(i) << uint(i%70) >> 3
	}
	return
}

func main() {
	for _, n := range []int{1, 10, 1000, 100000} {
		a8, b8 := mix8(n)
		a16, b16 := mix16(n)
		a32, b32 := mix32(n)
		a64, b64 := mix64(n)
		fmt.Println(n, a8, b8, a16, b16, a32, b32, a64, b64, divs(n))
	}
}

// Output:
// 1 3 15 -32660 57358 740551042 87628157 -1640480394319275543 15860402102123842989 3957
// 10 99 94 -7617 57853 688828131 978068835 2535401895351587157 10344392119048899982 65486
// 1000 42 1 6765 1920 453828409 2268056566 -2576127023728552861 6248290529083013365 6917529028866873722
// 100000 89 129 -30964 26495 362771825 668957793 -1178896065481387824 16046154385989997852 -9195874834720959090
