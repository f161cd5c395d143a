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
