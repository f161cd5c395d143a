package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B string
}

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println(nil)
	var e error
	fmt.Println(e, errors.New("err"))
	fmt.Println([]int(nil), map[string]int(nil), []string{})
	fmt.Println(&T{1, "x"}, T{2, "y"}, []*T{})
	fmt.Println([]T{{1, "a"}, {2, "b"}})
	fmt.Println(map[T]int{{1, "a"}: 1})
	fmt.Println([2][]int{{1}, nil})
	fmt.Println(struct {
		A []int
		B map[int]string
		C *int
	}{})
	s := fmt.Sprint("a", 1, 2, "b")
	s2 := fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q %q\n", s, s2)
	fmt.Println('a', "a"[0], string('a'))
	fmt.Println(int8(-1), uint64(1<<63), float32(1.25))
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	fmt.Println([]error{nil, errors.New("x")})
	fmt.Println(true && false, !true)
}

// Output:
// ab1 2c3.5 true false
// 1 2 3
// x1
// 1x2
// a b 1 2
//
// <nil>
// <nil> err
// [] map[] []
// &{1 x} {2 y} []
// [{1 a} {2 b}]
// map[{1 a}:1]
// [[1] []]
// {[] map[] <nil>}
// "a1 2b" "a 1 2 b\n"
// 97 97 a
// -1 9223372036854775808 1.25
// true <nil>
// [<nil> x]
// false false
