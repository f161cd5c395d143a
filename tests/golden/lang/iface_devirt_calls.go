package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }
func (q *Sq) Grow()         { q.s++ }

type Box struct {
	Sq
	tag string
}

func (b *Box) Name() string { return "box:" + b.tag }

type Counter struct{ n int }

func (c *Counter) Area() int    { c.n++; return c.n }
func (c *Counter) Name() string { return fmt.Sprint("counter", c.n) }

func newShape(k int) Shape {
	if k == 0 {
		return Sq{3}
	}
	return &Counter{k}
}

func mk() Shape { return &Box{Sq{2}, "b"} }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func fail(c int) error {
	if c == 0 {
		return nil
	}
	return &myErr{c}
}

func area(s Shape) (a int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s.Area(), nil
}

func main() {
	var s Shape = Sq{4}
	fmt.Println(s.Area(), s.Name())
	s = &Counter{}
	for i := 0; i < 3; i++ {
		fmt.Println(s.Area(), s.Name())
	}
	b := mk()
	fmt.Println(b.Area(), b.Name())
	fmt.Println(newShape(0).Area(), newShape(5).Area())
	var np *Sq
	s = np
	fmt.Println(area(s))
	var nc *Counter
	s = nc
	fmt.Println(area(s))
	err := fail(7)
	fmt.Println(err.Error(), err)
	var me *myErr
	fmt.Println(errors.As(err, &me), me.code)
	total := 0
	var t Shape = Sq{1}
	for i := 0; i < 1000; i++ {
		total += t.Area()
	}
	fmt.Println(total)
	var last Shape = &Counter{}
	last.Area()
	last = nil
	defer func() { fmt.Println("recovered:", recover()) }()
	last.Area()
}

// Output:
// 16 sq
// 1 counter1
// 2 counter2
// 3 counter3
// 4 box:b
// 9 6
// 0 recovered: value method main.Sq.Area called using nil *Sq pointer
// 0 recovered: runtime error: invalid memory address or nil pointer dereference
// code 7 code 7
// true 7
// 1000
// recovered: runtime error: invalid memory address or nil pointer dereference
