package main

import (
	"errors"
	"fmt"
)

type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type PS struct{ n int }

func (p *PS) String() string { return "PS" }

type ErrBoom struct{}

func (ErrBoom) Error() string { panic(errors.New("err boom")) }

type Pt struct{ X, Y int }

func main() {
	fmt.Printf("[%10v][%-10s][%x][%d][%q]\n", S(1), S(2), S(3), S(4), S(5))
	fmt.Printf("[%10v][%-12v]\n", Pt{1, 2}, Pt{3, 4})
	fmt.Printf("[%5v][%-4v]\n", []string{"a", "b"}, map[string]int{"k": 1})
	fmt.Println(Boom{})
	fmt.Printf("%v|%s|%d\n", Boom{}, Boom{}, Boom{})
	var vp *V
	fmt.Println(vp)
	fmt.Printf("%v %s\n", vp, vp)
	fmt.Println([]PS{{1}}, []*PS{{2}}[0])
	fmt.Println(ErrBoom{})
	fmt.Printf("%v\n", []interface{}{S(1), V{2}, Pt{3, 4}, nil})
	fmt.Printf("%6.2f|%6.2v|%v\n", S(7), 3.14159, [2]S{8, 9})
}

// Output:
// [      S<1>][S<2>      ][533c333e][4]["S<5>"]
// [{         1          2}][{3            4           }]
// [[    a     b]][map[k   :1   ]]
// %!v(PANIC=String method: boom)
// %!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|{}
// <nil>
// <nil> <nil>
// [{1}] PS
// %!v(PANIC=Error method: err boom)
// [S<1> V2 {3 4} <nil>]
// %!f(main.S=    07)|   3.1|[S<8> S<9>]
