// iface-dispatch: n interface method calls spread over five concrete types
// (value and pointer receivers) in a slice of interfaces. Measures dynamic
// dispatch.
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

type Shape interface {
	Area() int
	Scale(k int)
}

type Square struct{ side int }
type Rect struct{ w, h int }
type Circle struct{ r int }
type Triangle struct{ b, h int }
type Counter struct{ n int }

func (s *Square) Area() int   { return s.side * s.side }
func (s *Square) Scale(k int) { s.side = (s.side*k)%97 + 1 }

func (r *Rect) Area() int   { return r.w * r.h }
func (r *Rect) Scale(k int) { r.w = (r.w+k)%89 + 1 }

func (c *Circle) Area() int   { return 3 * c.r * c.r }
func (c *Circle) Scale(k int) { c.r = (c.r*k+1)%61 + 1 }

func (t *Triangle) Area() int   { return t.b * t.h / 2 }
func (t *Triangle) Scale(k int) { t.h = (t.h+2*k)%53 + 1 }

func (c *Counter) Area() int   { c.n++; return c.n & 1023 }
func (c *Counter) Scale(k int) { c.n += k }

func main() {
	n := 50000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	shapes := make([]Shape, 0, 64)
	for i := 0; i < 64; i++ {
		switch i % 5 {
		case 0:
			shapes = append(shapes, &Square{i + 1})
		case 1:
			shapes = append(shapes, &Rect{i + 1, i + 2})
		case 2:
			shapes = append(shapes, &Circle{i%7 + 1})
		case 3:
			shapes = append(shapes, &Triangle{i + 3, i + 1})
		default:
			shapes = append(shapes, &Counter{i})
		}
	}
	total := 0
	calls := 0
	for calls < n {
		for i := 0; i < len(shapes) && calls < n; i++ {
			s := shapes[i]
			a := s.Area()
			total += a
			if a&7 == 0 {
				s.Scale(i)
				calls++
			}
			calls++
		}
	}
	fmt.Printf("iface-dispatch %d calls: total %d\n", calls, total)
}
