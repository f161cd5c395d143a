// fmt: integer, float, string, bool and rune verbs with every flag,
// widths and precisions.
package main

import "fmt"

type S struct {
	A int
	b string
}

type St int

func (s St) String() string { return "St!" }

type W struct {
	X St
	y St
}

var big = 1e308
var inf = big * 10
var nan = inf - inf

func main() {
	fmt.Printf("[%#010x][%#08o][%#010b][%#08X][%#x][%#o][%#b]\n", 255, 8, 5, 255, 0, 0, 0)
	fmt.Printf("[%#010x][%#010x][%#010o][%#06b][%#x]\n", 0, 1, 0, 0, -255)
	fmt.Printf("[%#010.3x][%#-010x]\n", 1, 1)
	fmt.Printf("[%#-10x][%#10x][%#.4x][%#010.4x]\n", 255, 255, 255, 255)
	fmt.Printf("[%05s][%05t][%-05d][%05q][%05v]\n", "ab", true, 3, "a", []int{1, 2})
	fmt.Printf("[%#v][%#v][%v][%#v]\n", []byte{1, 2}, []uint8(nil), []byte{1}, [2]byte{3, 4})
	fmt.Printf("[%5v][%-5v]\n", []any{nil, 1}, []any{nil})
	fmt.Printf("[%#q][%#q][%+q][%q][%#U][%U][%#U]\n", 'a', '\'', 'é', 0x110000, 'x', -1, 0x7f)
	fmt.Printf("[%x][%X][%.2x][%#x][%x][%x][%x]\n", 3.5, 1.0, 3.14159, 1.0, 0.0, float32(0.1), 5e-324)
	fmt.Printf("[%b][%b][%b][%x][%X]\n", 1.0, float32(1.0), 0.0, -1.5, 1e300)
	fmt.Printf("[%8.2f][%v][%+v][%.1e][%x]\n", 1+2i, 1-2i, 3i, complex64(1.25+2i), 2+0.5i)
	fmt.Printf("[%5z][%-5z]\n", 3, 4)
	fmt.Printf("[%v][%+v][%d]\n", W{1, 2}, W{1, 2}, W{1, 2})
	fmt.Printf("[%#v]\n", W{1, 2})
	fmt.Printf("[%#v][%#v][%#v][%#v][%#v][%#v]\n", uint8(7), uintptr(9), int8(-3), 'x', uint64(1<<63), 1.5)
	fmt.Printf("[%6.2v][%.3v][%10.3q]\n", 3.14159, "abcdef", "abcdef")
	fmt.Printf("[%#g][%#.3g][%#e][%#.0f][%#v][%#.0e][%#x][%#.3x]\n", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 1.0, 0.0)
	fmt.Printf("[%08.3f][%-08.3f][%+08.3f][% 08.3f][%08f][%-8f|][%08v]\n", -1.5, 1.5, 1.5, 1.5, -inf, inf, nan)
	fmt.Printf("[%f][%+f][% f][%e][%g][%5.1f][%+.0e]\n", nan, nan, nan, inf, -inf, inf, 12345.678)
	fmt.Printf("[%t][%v][%08.3v][%x][% x][%#x][% #X][%-6x|]\n", 1, true, "abcdef", "hi", "hi", "hi", []byte("hi"), "hi")
	fmt.Printf("[%6x][%06x][%x][%-4X|][% 06x]\n", "", "", "", "", "ab")
	fmt.Printf("[%p]\n", 1)
	fmt.Printf("[%d][%x][%o]\n", []int8{-1}, map[string]int{"a": 10}, struct{ A, B int }{8, 9})
	fmt.Printf("[%.0d][%5.0d][%.0x][%-5.0d|]\n", 0, 0, 0, 0)
	fmt.Printf("[%+d][% d][%+ d][% +d][%+d][% d]\n", 5, 5, 5, 5, -5, -5)
	fmt.Printf("[%010d][%-010d][%+010d][%010.3d][% 010d]\n", -42, -42, 42, 42, 42)
	fmt.Printf("[%O][%#O][%O][%#o][%#b]\n", 8, 8, -8, -8, -5)
	fmt.Printf("[%q][%+q][%#q][%#+q][%q]\n", "héllo\n", "héllo", "a`b", "héllo", []string{"x"})
	fmt.Printf("[%q][%q][%+q][%#q][%q]\n", "\x00\x7f\xff", "\u00a0\u200b\ufeff", "😀", "tab\there", "\a\b\f\r\v\\\"")
	fmt.Printf("[%v][%s]\n", [3]St{}, []St{1})
	fmt.Printf("[%x][%X][%d]\n", []St{10}, St(10), St(10))
	fmt.Printf("[%6.3x][%-8q|][%c][%c][%c]\n", "hello", 'x', 65, 0x1F600, -1)
	fmt.Printf("%v %v\n", int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%x %X %o %b\n", -9223372036854775808, uint64(18446744073709551615), -8, -5)
	fmt.Printf("%08b|%8b|%-8b|%.8b\n", 5, 5, 5, 5)
	fmt.Printf("%t %v %5t|%-6t|\n", false, true, true, false)
	fmt.Printf("%q %v %d %U %#U %#U\n", 'x', 'x', 'x', '⌘', '⌘', '\n')
	fmt.Printf("%x|% X|%#x|% #x|%.1x|%.0s|%.1q\n", []string{"ab", "c"}, "hi", []byte{}, []byte{1, 2}, "abc", "abc", "abc")
	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|\n", "x", "héllo", "héllo", "héllo", "héllo")
	fmt.Printf("%c|%5c|%-3c|\n", 'é', 'x', 'y')
	fmt.Printf("%6.2f|%-8.3e|%G|%E|%.3E\n", 3.14159, 1234.5, 1e-10, 1e10, 123456.789)
	fmt.Printf("%g %g %.3g %.10g %g %g %G\n", 1e6, 1e-5, 1234567.0, 1.0/3, 123456789.0, 1e-4, 1e21)
	fmt.Printf("%v %v %v %v %v %v\n", float32(0.1), 1.0/3, float32(16777216), 100000000.0, float32(1)/3, -0.0)
	fmt.Printf("%.2f %.1f %.0f %.0f %.3f %.2f\n", 2.675, 0.25, 0.5, 1.5, 1.0005, 1e15+0.3)
	fmt.Printf("%e %.3e %.0e %e\n", 0.0, 9.9996, 15.0, 1e-300)
	fmt.Printf("%v %v %v %v\n", 1e20, 1e21, 123456.0, 1234567.0)
	fmt.Printf("%s %v %d\n", true, nil, nil)
	fmt.Printf("%v %.2v %5v|%-5v|\n", "str", "str", "ab", "ab")
	fmt.Printf("%d %d %d %d\n", int8(-128), int16(-32768), uint16(65535), int32(-2147483648))
}

// Output:
// [0x00000000ff][00000010][0b0000000101][0X000000FF][0x0][0][0b0]
// [0x0000000000][0x0000000001][0000000000][0b000000][-0xff]
// [     0x001][0x1       ]
// [0xff      ][      0xff][0x00ff][    0x00ff]
// [000ab][0true][3    ][00"a"][[00001 00002]]
// [[]byte{0x1, 0x2}][[]byte(nil)][[1]][[2]uint8{0x3, 0x4}]
// [[<nil>     1]][[<nil>]]
// ['a']['\'']['\u00e9']['�'][U+0078 'x'][U+FFFFFFFFFFFFFFFF][U+007F]
// [0x1.cp+01][0X1P+00][0x1.92p+01][0x1.0000p+00][0x0p+00][0x1.99999ap-04][0x1p-1074]
// [4503599627370496p-52][8388608p-23][0p-1074][-0x1.8p+00][0X1.7E43C8800759CP+996]
// [(    1.00   +2.00i)][(1-2i)][(0+3i)][(1.2e+00+2.0e+00i)][(0x1p+01+0x1p-01i)]
// [%!z(int=    3)][%!z(int=4    )]
// [{St! 2}][{X:St! y:2}][{1 2}]
// [main.W{X:1, y:2}]
// [0x7][0x9][-3][120][0x8000000000000000][1.5]
// [   3.1][abc][     "abc"]
// [1.00000][2.00][3.000000e+00][4.][5][6.e+00][0x1.0000p+00][0x0.000p+00]
// [-001.500][1.500   ][+001.500][ 001.500][    -Inf][+Inf    |][     NaN]
// [NaN][+NaN][ NaN][+Inf][-Inf][ +Inf][+1e+04]
// [%!t(int=1)][true][00000abc][6869][68 69][0x6869][0X68 0X69][6869  |]
// [      ][000000][][    |][061 62]
// [%!p(int=1)]
// [[-1]][map[61:a]][{10 11}]
// [][     ][][     |]
// [+5][ 5][+5][+5][-5][-5]
// [-000000042][-42       ][+000000042][       042][ 000000042]
// [0o10][0o010][-0o10][-010][-0b101]
// ["héllo\n"]["h\u00e9llo"]["a`b"][`héllo`][["x"]]
// ["\x00\x7f\xff"]["\u00a0\u200b\ufeff"]["\U0001f600"][`tab	here`]["\a\b\f\r\v\\\""]
// [[St! St! St!]][[St!]]
// [[537421]][537421][10]
// [68656c]['x'     |][A][😀][�]
// -9223372036854775808 18446744073709551615
// -8000000000000000 FFFFFFFFFFFFFFFF -10 -101
// 00000101|     101|101     |00000101
// false true  true|false |
// 'x' 120 120 U+2318 U+2318 '⌘' U+000A
// [6162 63]|68 69||0x01 0x02|61||"a"
// x|     héllo|héllo     |hé|    h|
// é|    x|y  |
//   3.14|1.234e+03|1E-10|1.000000E+10|1.235E+05
// 1e+06 1e-05 1.23e+06 0.3333333333 1.23456789e+08 0.0001 1E+21
// 0.1 0.3333333333333333 1.6777216e+07 1e+08 0.33333334 0
// 2.67 0.2 0 2 1.000 1000000000000000.25
// 0.000000e+00 1.000e+01 2e+01 1.000000e-300
// 1e+20 1e+21 123456 1.234567e+06
// %!s(bool=true) <nil> %!d(<nil>)
// str st    ab|ab   |
// -128 -32768 65535 -2147483648
