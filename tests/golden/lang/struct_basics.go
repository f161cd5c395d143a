package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z)
	fmt.Printf("%v %+v %T\n", p, p, p)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Label: "r"}
	fmt.Println(r, r.Area())
	fmt.Printf("%+v\n", r)
	r2 := r
	r2.Max.X = 10
	fmt.Println(r.Max.X, r2.Max.X, r == r2)
	r2.Max.X = 3
	fmt.Println(r == r2)
	pp := &p
	pp.X = 100
	fmt.Println(p, (*pp).Y)
	rs := []Rect{r, {Label: "empty"}}
	rs[1].Max = Point{1, 1}
	fmt.Println(rs, rs[1].Area())
	type Local struct {
		A int
		B string
		C []int
		D map[string]int
		E *Point
	}
	var l Local
	fmt.Println(l.A, l.B == "", l.C == nil, l.D == nil, l.E == nil)
	fmt.Printf("%+v\n", l)
	l.E = &Point{7, 8}
	fmt.Println(l.E.X, *l.E)
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} != Point{2, 1})
}

// Output:
// {1 2} {0 5} {0 0}
// {1 2} {X:1 Y:2} main.Point
// {{0 0} {3 4} r} 12
// {Min:{X:0 Y:0} Max:{X:3 Y:4} Label:r}
// 3 10 false
// true
// {100 2} 2
// [{{0 0} {3 4} r} {{0 0} {1 1} empty}] 1
// 0 true true true true
// {A:0 B: C:[] D:map[] E:<nil>}
// 7 {7 8}
// true true
