package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func total(shapes ...Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, NewSquare(4), &Rect{1, 1}}
	for i, s := range shapes {
		fmt.Printf("%d %T %.1f %.1f\n", i, s, s.Area(), s.Perimeter())
	}
	a, p := total(shapes...)
	fmt.Println(a, p)
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 2}
	fmt.Println(s != nil, s.Area())
	c := &Circle{2}
	s = c
	c.R = 3
	fmt.Println(s.Area())
	r := Rect{1, 1}
	s = r
	r.W = 100
	fmt.Println(s.Area())
	type Areaer interface{ Area() float64 }
	var ar Areaer = s
	fmt.Println(ar.Area())
	ar = c
	if sh, ok := ar.(Shape); ok {
		fmt.Println("is shape", sh.Perimeter())
	}
}

// Output:
// 0 main.Rect 6.0 10.0
// 1 *main.Circle 3.0 6.0
// 2 main.Square 16.0 16.0
// 3 *main.Rect 1.0 4.0
// 26 36
// true
// true 2
// 27
// 1
// 1
// is shape 18
