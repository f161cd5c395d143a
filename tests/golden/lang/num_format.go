package main

import "fmt"

func main() {
	fmt.Println(1.0, 2.5, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 0.000001234)
	fmt.Println(float32(1e6), float32(1e21), float32(0.1), float32(16777217))
	fmt.Println(3.0/7, -2.0/3, 100.0, 1.0e100)
	fmt.Printf("%.0f %.1f %.3f %8.2f|%-8.2f|\n", 2.5, 0.05, 1.0005, 3.14159, 2.71828)
	fmt.Printf("%e %E %.2e\n", 123456.789, 0.000123, 6.02e23)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e-4, 1e-5)
	fmt.Printf("%d %5d %-5d| %05d %+d %x %X %o %O %b\n", 42, -42, 42, -42, 42, -255, 255, 64, 64, 10)
	fmt.Printf("%#x %#o %#b %#X\n", 255, 8, 5, 255)
	fmt.Printf("%c%c%c %U %q\n", 72, 105, 0x4E16, 0x4E16, 'x')
	fmt.Printf("%v %v %v\n", int8(-5), uint16(7), uintptr(9))
	fmt.Printf("%6.2f|%-6.1f|%06.2f\n", -1.5, 1.25, 3.14159)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Println(fmt.Sprint(1.5, 2, "x", 3, 4), fmt.Sprintln("a", 1))
	fmt.Printf("%t %v %5t|\n", false, true, true)
	fmt.Printf("%08.3f %+.2e\n", -3.14159, 12345.678)
}

// Output:
// 1 2.5 1e+06 1e+20 1e+21 0.0001 1e-05 1.23456789e+08 1.234e-06
// 1e+06 1e+21 0.1 1.6777216e+07
// 0.42857142857142855 -0.6666666666666666 100 1e+100
// 2 0.1 1.000     3.14|2.72    |
// 1.234568e+05 1.230000E-04 6.02e+23
// 100000 1e+06 0.0001 1e-05
// 42   -42 42   | -0042 +42 -ff FF 100 0o100 1010
// 0xff 010 0b101 0XFF
// Hi世 U+4E16 'x'
// -5 7 9
//  -1.50|1.2   |003.14
//   a|b  |
// 1.5 2x3 4 a 1
//
// false true  true|
// -003.142 +1.23e+04
