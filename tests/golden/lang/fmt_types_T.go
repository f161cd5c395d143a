package main

import (
	"errors"
	"fmt"
)

type MyInt int
type S struct{ A int }
type G[T any] struct{ v T }
type Fn func(int) string

func main() {
	vals := []interface{}{
		1, int8(1), uint(1), uintptr(1), 1.5, float32(1.5), 1i, complex64(1i), "s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, &S{}, S{}, MyInt(1), struct{}{}, struct{ X, Y int }{},
		func() {}, func(int, string) (bool, error) { return false, nil }, Fn(nil), errors.New("x"),
		[]interface{}{}, &[]int{}, new(*int), G[int]{}, G[string]{}, []*S{}, [][]map[int]bool{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var e error = fmt.Errorf("w %w", errors.New("i"))
	fmt.Printf("%T\n", e)
	var st fmt.Stringer
	fmt.Printf("%T\n", st)
}

// Output:
// int
// int8
// uint
// uintptr
// float64
// float32
// complex128
// complex64
// string
// int32
// uint8
// bool
// <nil>
// []int
// [3]string
// map[string][]int
// *main.S
// main.S
// main.MyInt
// struct {}
// struct { X int; Y int }
// func()
// func(int, string) (bool, error)
// main.Fn
// *errors.errorString
// []interface {}
// *[]int
// **int
// main.G[int]
// main.G[string]
// []*main.S
// [][]map[int]bool
// *fmt.wrapError
// <nil>
