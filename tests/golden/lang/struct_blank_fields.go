package main

import "fmt"

type Padded struct {
	A int
	_ int
	B string
	_ [2]bool
}

type Point struct{ X, Y int }

type Line struct {
	Start, End Point
}

func (l Line) Len2() int {
	dx, dy := l.End.X-l.Start.X, l.End.Y-l.Start.Y
	return dx*dx + dy*dy
}

func main() {
	p := Padded{A: 1, B: "b"}
	q := Padded{A: 1, B: "b"}
	fmt.Println(p == q, p.A, p.B)
	fmt.Printf("%+v\n", p)
	l := Line{Point{0, 0}, Point{3, 4}}
	fmt.Println(l.Len2(), l)
	l.End.X++
	fmt.Println(l.Len2())
	lines := []Line{l, {End: Point{1, 1}}}
	lines[1].Start.Y = -1
	fmt.Println(lines)
	pl := &lines[0]
	pl.Start = Point{1, 1}
	fmt.Println(lines[0], pl.Len2())
	type Rec struct {
		Name  string
		Child *Rec
	}
	r := Rec{"root", &Rec{"child", &Rec{"grandchild", nil}}}
	for c := &r; c != nil; c = c.Child {
		fmt.Print(c.Name, " ")
	}
	fmt.Println()
	arr := [2]Point{{1, 2}, {3, 4}}
	for i := range arr {
		arr[i].X *= 10
	}
	fmt.Println(arr)
	for _, pt := range arr {
		pt.Y = 0
	}
	fmt.Println(arr)
}

// Output:
// true 1 b
// {A:1 _:0 B:b _:[false false]}
// 25 {{0 0} {3 4}}
// 32
// [{{0 0} {4 4}} {{0 -1} {1 1}}]
// {{1 1} {4 4}} 18
// root child grandchild 
// [{10 2} {30 4}]
// [{10 2} {30 4}]
