// fmt: methods of nested values (exported vs unexported fields, pointer vs
// value receivers, map keys), nil interfaces inside values, rounding and
// float extremes, verbs applied through containers.
package main

import (
	"errors"
	"fmt"
	"time"
)

type D struct {
	T time.Duration
	t time.Duration
	E error
}

type P struct{ X int }

func (p *P) String() string { return fmt.Sprintf("P(%d)", p.X) }

type V struct{ X int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.X) }

type Wrap struct {
	V V
	P *P
	v V
}

type E2 struct{ msg string }

func (e *E2) Error() string { return e.msg }

func main() {
	fmt.Printf("%s|%v|%d\n", struct{ E error }{}, struct{ E error }{}, struct{ E error }{})
	fmt.Printf("%v|%+v\n", D{time.Second, time.Minute, errors.New("x")}, D{})
	fmt.Printf("%v|%s\n", Wrap{V{1}, &P{2}, V{3}}, []V{{4}})
	fmt.Printf("%v %v %v\n", P{5}, &P{6}, []*P{{7}})
	fmt.Printf("%v %v\n", map[string]V{"a": {8}}, map[V]int{{9}: 1})
	var e error = &E2{"boom"}
	fmt.Printf("%v|%s|%q|%x|%d\n", e, e, e, e, e)
	fmt.Printf("%5s|%-6v|%.2s\n", V{1}, V{2}, V{3})
	fmt.Println(fmt.Sprintf("%v", []error{e, nil}))
	fmt.Printf("%v %s\n", [2]any{V{1}, nil}, []any{"s", 1})
	var pp *P
	fmt.Printf("%v %s %+v %d\n", pp, pp, pp, pp)
	fmt.Printf("%s\n", []string(nil))
	fmt.Printf("%x %X\n", "héllo", []byte{0xde, 0xad})
	fmt.Printf("%08.3s|%-08q|%08x\n", "abcdef", "a", "ab")
	fmt.Printf("%+.3e|%+.3g|% .2f\n", 12345.6789, 0.000012345, 3.14159)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%g %g %g\n", float32(3.4028235e38), 5e-324, 1.7976931348623157e308)
	fmt.Printf("%v %v\n", float32(1e-45), float32(123456789))
	fmt.Printf("%6.3v|%-10.2e|%+g\n", float32(2.0/3), 1e100, 0.0)
	fmt.Printf("%t %v\n", []bool{true}, map[bool]bool{false: true})
	fmt.Printf("%c %U %q\n", []rune("ab"), []rune("é"), []rune("x\n"))
	fmt.Printf("%q\n", []any{'a', "b", 1})
	fmt.Printf("%d\n", []any{1, "x"})
	fmt.Printf("%v\n", struct {
		a int
		B []byte
		c map[int][]string
	}{1, []byte("hi"), map[int][]string{1: {"x"}}})
}

// Output:
// {<nil>}|{<nil>}|{<nil>}
// {1s 60000000000 x}|{T:0s t:0 E:<nil>}
// {V(1) P(2) {3}}|[V(4)]
// {5} P(6) [P(7)]
// map[a:V(8)] map[V(9):1]
// boom|boom|"boom"|626f6f6d|&{%!d(string=boom)}
//  V(1)|V(2)  |V(
// [boom <nil>]
// [V(1) <nil>] [s %!s(int=1)]
// <nil> <nil> <nil> 0
// []
// 68c3a96c6c6f DEAD
// 00000abc|"a"     |00006162
// +1.235e+04|+1.23e-05| 3.14
// 0 2 2 -0
// 3.4028235e+38 5e-324 1.7976931348623157e+308
// 1e-45 1.2345679e+08
//  0.667|1.00e+100 |+0
// [true] map[false:true]
// [a b] [U+00E9] ['x' '\n']
// ['a' "b" '\x01']
// [1 %!d(string=x)]
// {1 [104 105] map[1:[x]]}
