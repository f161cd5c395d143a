// fmt over composite values: structs (embedded, unexported, nested
// pointers), maps printed sorted, slices and arrays, nil values of every
// kind, %v/%+v/%#v/%T/%q/%x/%d on them, Stringers inside containers and
// behind unexported fields, Print/Sprint spacing, Fprint* to writers and
// Append*.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Inner struct {
	N int
	s string
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Outer struct {
	Inner
	P    *Inner
	M    map[string]int
	L    []Color
	c    Color
	E    error
	F    func()
	Ch   chan int
	Arr  [2]bool
	Any  any
	Self *Outer
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type List []int

type Key struct {
	A string
	B int
}

type writer struct{ parts []string }

func (w *writer) Write(p []byte) (int, error) {
	w.parts = append(w.parts, string(p))
	return len(p), nil
}

type errW struct{}

func (errW) Write(p []byte) (int, error) { return 0, errors.New("nope") }

func main() {
	o := Outer{Inner: Inner{1, "x"}, M: map[string]int{"b": 2, "a": 1, "c": 3}, L: []Color{2, 0}, c: 1, Arr: [2]bool{true, false}, Any: Temp(21.5)}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Inner{2, "y"})
	fmt.Printf("%v %+v %#v\n", &Inner{3, "z"}, &Inner{3, "z"}, &Inner{3, "z"})
	fmt.Printf("%d %x %X %o %q\n", Inner{10, "q"}, Inner{255, "h"}, []int{10, 11}, [2]int{8, 9}, []string{"a", "b"})
	fmt.Printf("%v %d %s\n", map[int]string{3: "c", 1: "a", 2: "b"}, map[string]int{"z": 26, "a": 1}, map[Color]bool{2: true, 0: false})
	fmt.Printf("%v %v\n", map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}, map[float64]string{2.5: "x", -1: "y", 0: "z"})
	fmt.Printf("%v %v %v\n", map[bool]int{true: 1, false: 0}, map[[2]int]int{{2, 1}: 1, {1, 2}: 2}, map[int8]int{-3: 1, 5: 2})
	fmt.Printf("%#v %#v\n", map[string]bool{"y": true, "x": false}, map[Key][]int{{"k", 1}: {1}})

	var np *Inner
	var nm map[string]int
	var ns []int
	var ne error
	var nf func()
	var nc chan int
	var ni any
	var nst fmt.Stringer
	fmt.Println(np, nm, ns, ne, nf == nil, nc, ni, nst)
	fmt.Printf("%v %v %v %v %v %v\n", np, nm, ns, ne, nc, ni)
	fmt.Printf("%+v %#v %#v %#v %#v %#v %#v\n", np, np, nm, ns, ne, nc, ni)
	fmt.Printf("%d %s %x %t\n", ns, nm, np, ni)
	fmt.Printf("[%5v][%-5v][%05v]\n", np, ns, nm)
	fmt.Printf("%T %T %T %T %T %T %T\n", np, nm, ns, ne, nf, nc, ni)
	fmt.Printf("%v %+v\n", []*Inner{nil}, struct{ P *int }{})
	fmt.Printf("%v %v %v\n", []any{1, "a", nil, 2.5, []int{1}}, [][]string{{"a"}, {}, nil}, []error{nil, errors.New("e")})
	fmt.Printf("%s %v %d\n", []Temp{1, 2.25}, [2]Temp{3}, []Temp{4})
	fmt.Printf("%v %s %v\n", List{1, 2}, List{3}, struct{ L List }{List{4}})
	fmt.Printf("%v|%s|%q|%x\n", []byte("go"), []byte("go"), []byte("go"), []byte("go"))
	fmt.Printf("%v|%s|%x\n", [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'}, [3]byte{1, 2, 3})
	type bytes []byte
	fmt.Printf("%v|%s|%#v\n", bytes("hi"), bytes("hi"), bytes("hi"))
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v %+v\n", struct {
		A []Inner
		B map[string]*Inner
	}{[]Inner{{1, "a"}}, map[string]*Inner{"k": nil}}, struct{ X, Y any }{1, nil})
	fmt.Printf("%6.2v|%-8v|%08.3f|%x\n", []float64{3.14159, 2}, []string{"a", "b"}, []float64{1.5, -2}, []string{"hi", "yo"})
	fmt.Printf("%v %.3v %10.4v|\n", 1+2i, complex64(3.14159-2.5i), -1.5+0.25i)
	fmt.Printf("%v %v\n", o.Any, []any{Temp(1), Color(1), o.Inner})

	fmt.Print("a", 1, 2, "b", 3.5, true, nil, 'x', "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", "y", "\n")
	fmt.Print(Temp(1), Temp(2), "\n")
	fmt.Println("a", 1, true, nil, []int{}, "")
	s := fmt.Sprint("a", 1, 2, "b") + "|" + fmt.Sprintln("c", 3) + "|" + fmt.Sprint() + fmt.Sprintln()
	fmt.Printf("%q\n", s)

	var w writer
	n, err := fmt.Fprint(&w, "x", 1, 2)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(&w, "y", 3)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(&w, "%d-%s", 4, "z")
	fmt.Println(n, err)
	fmt.Printf("%q\n", w.parts)
	n, err = fmt.Fprintf(errW{}, "lost %d", 1)
	fmt.Println(n, err)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s=%d;", "k", 5)
	fmt.Fprint(&sb, 1.5, " ", true)
	fmt.Println(sb.String(), sb.Len())
	fmt.Fprintln(os.Stdout, "to", "stdout")
	b := []byte("start:")
	b = fmt.Append(b, 1, 2, "x")
	b = fmt.Appendln(b, " ln", 3)
	b = fmt.Appendf(b, "%03d|%v", 7, []int{1})
	fmt.Printf("%q\n", b)
	fmt.Printf("%q\n", fmt.Append(nil))
	n, err = fmt.Printf("%s\n", "count")
	fmt.Println(n, err)
	n, err = fmt.Println("héllo")
	fmt.Println(n, err)
	n, err = fmt.Print()
	fmt.Println(n, err)
}

// Output:
// {{1 x} <nil> map[a:1 b:2 c:3] [blue red] 1 <nil> <nil> <nil> [true false] 21.5°C <nil>}
// {Inner:{N:1 s:x} P:<nil> M:map[a:1 b:2 c:3] L:[blue red] c:1 E:<nil> F:<nil> Ch:<nil> Arr:[true false] Any:21.5°C Self:<nil>}
// main.Inner{N:2, s:"y"}
// &{3 z} &{N:3 s:z} &main.Inner{N:3, s:"z"}
// {10 %!d(string=q)} {ff 68} [A B] [10 11] ["a" "b"]
// map[1:a 2:b 3:c] map[%!d(string=a):1 %!d(string=z):26] map[red:%!s(bool=false) blue:%!s(bool=true)]
// map[{a 1}:3 {a 2}:2 {b 1}:1] map[-1:y 0:z 2.5:x]
// map[false:0 true:1] map[[1 2]:2 [2 1]:1] map[-3:1 5:2]
// map[string]bool{"x":false, "y":true} map[main.Key][]int{main.Key{A:"k", B:1}:[]int{1}}
// <nil> map[] [] <nil> true <nil> <nil> <nil>
// <nil> map[] [] <nil> <nil> <nil>
// <nil> (*main.Inner)(nil) map[string]int(nil) []int(nil) <nil> (chan int)(nil) <nil>
// [] map[] 0 %!t(<nil>)
// [<nil>][[]][map[]]
// *main.Inner map[string]int []int <nil> func() chan int <nil>
// [<nil>] {P:<nil>}
// [1 a <nil> 2.5 [1]] [[a] [] []] [<nil> e]
// [1.0°C 2.2°C] [3.0°C 0.0°C] [%!d(main.Temp=4)]
// [1 2] [%!s(int=3)] {[4]}
// [103 111]|go|"go"|676f
// [97 98 99]|abc|010203
// [104 105]|hi|main.bytes{0x68, 0x69}
// {} []
// {[{1 a}] map[k:<nil>]} {X:1 Y:<nil>}
// [   3.1      2]|[a        b       ]|[0001.500 -002.000]|[6869 796f]
// (1+2i) (3.14-2.5i) (      -1.5     +0.25i)|
// 21.5°C [1.0°C green {1 x}]
// a1 2b3.5 true <nil> 120
// 1 2
// xy
// 1.0°C 2.0°C
// a 1 true <nil> [] 
// "a1 2b|c 3\n|\n"
// 4 <nil>
// 4 <nil>
// 3 <nil>
// ["x1 2" "y 3\n" "4-z"]
// 0 nope
// k=5;1.5 true 12
// to stdout
// "start:1 2x ln 3\n007|[1]"
// ""
// count
// 6 <nil>
// héllo
// 7 <nil>
// 0 <nil>
