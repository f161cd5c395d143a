package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Wrap struct {
	P    P
	S    []int
	M    map[string]int
	Ptr  *int
	Any  interface{}
	F    float64
	B    bool
	Bs   []byte
	Arr  [2]string
}

type Enum int

func main() {
	p := P{1, 2, "pt"}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", []int{1, 2, 3})
	fmt.Printf("%#v\n", []string{"a", "b"})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", [3]bool{true})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 1.5, 'x')
	fmt.Printf("%#v %#v\n", uint8(7), int64(-3))
	fmt.Printf("%#v\n", Wrap{P: p, S: nil, M: nil, Any: 3, F: 2, Bs: []byte("hi")})
	fmt.Printf("%#v\n", struct{ A int }{5})
	fmt.Printf("%#v\n", Enum(3))
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", [][]int{{1}, {2, 3}})
	var np *P
	fmt.Printf("%#v\n", np)
	fmt.Printf("%#v %#v\n", []int(nil), map[int]bool(nil))
	fmt.Printf("%#v\n", 1e21)
	fmt.Printf("%#v\n", complex(1, -2))
}

// Output:
// main.P{X:1, Y:2, Name:"pt"}
// []int{1, 2, 3}
// []string{"a", "b"}
// map[string]int{"a":1, "b":2}
// [3]bool{true, false, false}
// 42 "str" 1.5 120
// 0x7 -3
// main.Wrap{P:main.P{X:1, Y:2, Name:"pt"}, S:[]int(nil), M:map[string]int(nil), Ptr:(*int)(nil), Any:3, F:2, B:false, Bs:[]uint8{0x68, 0x69}, Arr:[2]string{"", ""}}
// struct { A int }{A:5}
// 3
// []interface {}{1, "a", interface {}(nil)}
// [][]int{[]int{1}, []int{2, 3}}
// (*main.P)(nil)
// []int(nil) map[int]bool(nil)
// 1e+21
// (1-2i)
