package main

import "fmt"

type Point struct{ X, Y int }
type Key struct {
	Name string
	ID   int
}

func main() {
	pm := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	pm[Point{1, 2}] = "A"
	fmt.Println(pm[Point{1, 2}], len(pm), pm)
	km := map[Key]int{}
	km[Key{"x", 1}]++
	km[Key{"x", 1}]++
	km[Key{"x", 2}]++
	fmt.Println(km)
	am := map[[3]byte]int{{'a', 'b', 'c'}: 1}
	fmt.Println(am[[3]byte{'a', 'b', 'c'}], am[[3]byte{}])
	im := map[interface{}]string{}
	im[1] = "int"
	im["1"] = "string"
	im[1.0] = "float"
	im[int8(1)] = "int8"
	im[Point{1, 1}] = "point"
	im[true] = "bool"
	im[nil] = "nil"
	fmt.Println(len(im), im[1], im["1"], im[1.0], im[int8(1)], im[Point{1, 1}], im[true], im[nil])
	fm := map[float64]int{0.5: 1, 1.5: 2}
	fm[-0.0] = 3
	fm[0.0] = 4
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	type Cplx = complex128
	cm := map[Cplx]int{1 + 2i: 1}
	fmt.Println(cm[complex(1, 2)])
	pk := map[*int]int{}
	a, b := 1, 1
	pk[&a] = 10
	pk[&b] = 20
	fmt.Println(len(pk), pk[&a], pk[&b])
	var e1 error
	em := map[error]int{e1: 5}
	fmt.Println(em[nil])
	rm := map[rune]bool{'x': true}
	fmt.Println(rm['x'], rm['y'])
}

// Output:
// A 2 map[{1 2}:A {3 4}:b]
// map[{x 1}:2 {x 2}:1]
// 1 0
// 7 int string float int8 point bool nil
// map[0:4 0.5:1 1.5:2]
// map[false:0 true:1]
// 1
// 2 10 20
// 5
// true false
