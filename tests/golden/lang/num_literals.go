package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0X1f, 0o17, 0O17, 017, 0b101, 0B101)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_777)
	fmt.Println(1e3, 1.5e-3, .5, 5., 0x1p4, 0x1.8p1, 1_0.2_5)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\U0001F600', '\'', '\\', '\101')
	fmt.Println(1i, 2.5i, 0x10i, 1e2i)
	fmt.Println("\a\b\f\v" == "\x07\x08\x0c\x0b")
	fmt.Println(len("\u00e9"), len("\U0001F600"), len("\xff"), len(`\n`))
	fmt.Println(07 + 0o10)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', 1i)
	const huge = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(uint64(huge))
}

// Output:
// 31 31 15 15 15 5 5
// 1000000 65535 170 511
// 1000 0.0015 0.5 5 16 3 10.25
// 97 10 65 233 128512 39 92 65
// (0+1i) (0+2.5i) (0+16i) (0+100i)
// true
// 2 4 1 2
// 15
// int float64 int32 complex128
// 18446744073709551615
