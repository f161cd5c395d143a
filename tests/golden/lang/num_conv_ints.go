package main

import "fmt"

func main() {
	x := int64(-1)
	fmt.Println(int8(x), int16(x), int32(x), int64(x))
	fmt.Println(uint8(x), uint16(x), uint32(x), uint64(x))
	y := int64(0x123456789abcdef0)
	fmt.Println(int8(y), int16(y), int32(y))
	fmt.Println(uint8(y), uint16(y), uint32(y))
	z := uint64(0xfedcba9876543210)
	fmt.Println(int8(z), int16(z), int32(z), int64(z))
	var s8 int8 = -5
	fmt.Println(uint8(s8), uint16(s8), uint32(s8), uint64(s8), int64(s8))
	var u8 uint8 = 250
	fmt.Println(int8(u8), int16(u8), int32(u8), int64(u8))
	var u16 uint16 = 40000
	fmt.Println(int16(u16), int8(u16), uint8(u16), int(u16))
	var i32 int32 = -100000
	fmt.Println(uint16(i32), int16(i32), uint32(i32), int64(i32))
	var r rune = 'é'
	fmt.Println(byte(r), int(r), uint16(r))
	var up uintptr = 12345
	fmt.Println(up, int(up), uint8(up))
	v300 := 300
	chain := int8(int16(int32(int64(v300))))
	fmt.Println(chain)
	m1 := -1
	fmt.Println(uint32(int8(m1)) == 0xffffffff)
}


// Output:
// -1 -1 -1 -1
// 255 65535 4294967295 18446744073709551615
// -16 -8464 -1698898192
// 240 57072 2596069104
// 16 12816 1985229328 -81985529216486896
// 251 65531 4294967291 18446744073709551611 -5
// -6 250 250 250
// -25536 64 64 40000
// 31072 31072 4294867296 -100000
// 233 233 233
// 12345 12345 57
// 44
// true
