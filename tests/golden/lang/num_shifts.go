package main

import "fmt"

func main() {
	x := 1
	for _, n := range []uint{0, 1, 7, 31, 32, 62, 63, 64, 65, 100, 1000} {
		fmt.Println("1<<", n, "=", x<<n, " -8>>", n, "=", -8>>n)
	}
	var u8 uint8 = 0xff
	for _, n := range []int{0, 1, 7, 8, 9, 300} {
		fmt.Println("u8", n, u8<<n, u8>>n)
	}
	var i8 int8 = -128
	for _, n := range []uint64{1, 6, 7, 8, 1 << 40} {
		fmt.Println("i8", n, i8>>n, i8<<n)
	}
	var u32 uint32 = 0x80000001
	var s int = 31
	fmt.Println(u32<<1, u32>>s, u32<<s, u32>>32)
	var u64 uint64 = 1 << 63
	fmt.Println(u64>>63, u64>>64, u64<<1)
	var i64 int64 = -1 << 63
	fmt.Println(i64>>63, i64>>64, i64>>200)
	var sc int8 = 3
	fmt.Println(1<<sc, 100>>sc)
	const c = 1 << 70 >> 68
	fmt.Println(c)
	var f = 1 << s
	fmt.Printf("%T %v\n", f, f)
}
