// fmt: Formatter, GoStringer, error and Stringer methods, nil receivers,
// Errorf with %w, Print spacing, %T names.
package main

import (
	"errors"
	"fmt"
	"os"
)

type E struct{}

func (E) Error() string { return "E!" }

type G struct{ n int }

func (g G) GoString() string { return "G!" }

type F struct{}

func (F) Format(s fmt.State, c rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F(%c,%d,%v,%d,%v,%v%v%v%v%v)", c, w, wok, p, pok, s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}

type P struct{ p *int }
type PS struct{}

func (*PS) String() string { return "PS" }

type NP struct{ x int }

func (n *NP) String() string { return fmt.Sprint(n.x) }

type MyStr string
type Bytes []byte

func main() {
	fmt.Printf("[%#010x][%#010x][%#010o][%#06b][%#x]\n", 0, 1, 0, 0, -255)
	fmt.Printf("[%#010.3x][%#-010x]\n", 1, 1)
	fmt.Printf("%v %s %d\n", E{}, E{}, E{})
	fmt.Printf("%v %#v %+v %s\n", G{1}, G{1}, G{1}, []G{{2}})
	fmt.Printf("%v|%-+#8.3x|% 0d|%s\n", F{}, F{}, F{}, []F{{}})
	fmt.Println(F{}, fmt.Sprint(F{}))
	var np *NP
	fmt.Println(np, []*NP{nil})
	fmt.Printf("%s %v %d\n", np, np, np)
	fmt.Println(&PS{}, PS{})
	fmt.Print("a", "b", 1, 2, "c", MyStr("d"), 3, MyStr("e"), '\n')
	fmt.Print(1, 2, "\n")
	fmt.Println(Bytes("hi"), []byte("hi"))
	fmt.Printf("%s %x %v %#v\n", Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"))
	var m map[string]int
	fmt.Printf("%v %#v %d\n", m, m, map[int]string{2: "b", 1: "a"})
	var e error
	fmt.Printf("%v %d %#v\n", e, e, e)
	err := fmt.Errorf("wrap: %w", os.ErrNotExist)
	fmt.Println(err, errors.Is(err, os.ErrNotExist), errors.Unwrap(err) == os.ErrNotExist)
	e2 := fmt.Errorf("two: %w and %w", errors.New("a"), errors.New("b"))
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	fmt.Printf("%T %T %T\n", err, e2, fmt.Errorf("x"))
	e3 := fmt.Errorf("%[2]w %[1]w %[2]w", errors.New("a"), errors.New("b"))
	fmt.Println(e3, len(e3.(interface{ Unwrap() []error }).Unwrap()))
	fmt.Println(fmt.Errorf("nil: %w", nil), fmt.Errorf("%d %w", 1))
	fmt.Printf("%T\n", fmt.Errorf("%w", 5))
	fmt.Printf("%v %v\n", struct{ a []int; b map[int]int }{}, [2][]int{})
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", []any{}, map[string][]int{}, struct{ A int; b string }{}, func(int) string { return "" })
	fmt.Printf("%T %T %T %T\n", make(chan int), make(<-chan int), (*int)(nil), [3]error{})
	fmt.Printf("%v %v\n", 1e21, float32(1e21))
	fmt.Printf("%v %v %v %v\n", float32(0.1), 1.0/3, float32(16777216), 100000000.0)
	fmt.Printf("%6.2f|%-8.3e|%G|%E\n", 3.14159, 1234.5, 1e-10, 1e10)
	fmt.Printf("%g %g %.3g %.10g %g\n", 1e6, 1e-5, 1234567.0, 1.0/3, 123456789.0)
	fmt.Printf("%s|%10s|%-10s|%.2s\n", "x", "héllo", "héllo", "héllo")
	fmt.Printf("%c|%5c|%-3c|\n", 'é', 'x', 'y')
	fmt.Printf("%v %v\n", int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%x %X %o %b\n", -9223372036854775808, uint64(18446744073709551615), -8, -5)
	fmt.Printf("%08b|%8b|%-8b|\n", 5, 5, 5)
	fmt.Printf("%t %v\n", false, true)
	fmt.Printf("%5t|%-6t|\n", true, false)
	fmt.Printf("%q %v %d\n", 'x', 'x', 'x')
	fmt.Printf("%U %#U %#U\n", '⌘', '⌘', '\n')
	fmt.Printf("%x\n", []string{"ab", "c"})
	fmt.Printf("% x|% X|%#x|% #x\n", []byte{1, 171}, "hi", []byte{}, []byte{1, 2})
	fmt.Printf("%.1x|%.0s|%.1q\n", "abc", "abc", "abc")
}

// Output:
// [0x0000000000][0x0000000001][0000000000][0b000000][-0xff]
// [     0x001][0x1       ]
// E! E! {}
// {1} G! {n:1} [{%!s(int=2)}]
// F(v,0,false,0,false,falsefalsefalsefalsefalse)|F(x,8,true,3,true,truetruetruefalsefalse)|F(d,0,false,0,false,falsefalsefalsetruetrue)|[F(s,0,false,0,false,falsefalsefalsefalsefalse)]
// F(v,0,false,0,false,falsefalsefalsefalsefalse) F(v,0,false,0,false,falsefalsefalsefalsefalse)
// <nil> [<nil>]
// <nil> <nil> 0
// PS {}
// ab1 2cd3e101 2
// [104 105] [104 105]
// hi 6869 [104 105] main.Bytes{0x68, 0x69}
// map[] map[string]int(nil) map[1:%!d(string=a) 2:%!d(string=b)]
// <nil> %!d(<nil>) <nil>
// wrap: file does not exist true true
// two: a and b true
// *fmt.wrapError *fmt.wrapErrors *errors.errorString
// b a b 2
// nil: %!w(<nil>) 1 %!w(MISSING)
// *fmt.wrapError
// {[] map[]} [[] []]
// int string []interface {} map[string][]int struct { A int; b string } func(int) string
// chan int <-chan int *int [3]error
// 1e+21 1e+21
// 0.1 0.3333333333333333 1.6777216e+07 1e+08
//   3.14|1.234e+03|1E-10|1.000000E+10
// 1e+06 1e-05 1.23e+06 0.3333333333 1.23456789e+08
// x|     héllo|héllo     |hé
// é|    x|y  |
// -9223372036854775808 18446744073709551615
// -8000000000000000 FFFFFFFFFFFFFFFF -10 -101
// 00000101|     101|101     |
// false true
//  true|false |
// 'x' 120 120
// U+2318 U+2318 '⌘' U+000A
// [6162 63]
// 01 ab|68 69||0x01 0x02
// 61||"a"
