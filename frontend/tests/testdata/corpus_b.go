package main

import (
	"errors"
	"fmt"
	m "math"
	. "strings"
)

var ErrNotFound = errors.New("not found")

func divide(a, b float64) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if b == 0 {
		return 0, ErrNotFound
	} else if b < 0 {
		b = -b
	} else {
		result = a / b
	}
	return m.Abs(a / b), nil
}

func variadic(prefix string, xs ...interface{}) string {
	return prefix + fmt.Sprint(xs...)
}

func closures() func() int {
	x := 0
	inc := func() int {
		x++
		return x
	}
	func() { x += 10 }()
	return inc
}

func controlFlow(n int, xs []int, ms map[string]int, c chan int) int {
	total := 0
outer:
	for i := 0; i < n; i++ {
		for j := range xs {
			if j == i {
				continue outer
			}
			if j > 10 {
				break outer
			}
			total += xs[j]
		}
	}
	for k, v := range ms {
		_, _ = k, v
	}
	var k string
	var v int
	for k, v = range ms {
	}
	_, _ = k, v
	for range 3 {
		total--
	}
	for i := range 10 {
		total += i
	}
	for range c {
		break
	}
	for total < 100 {
		total *= 2
	}
	for {
		break
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
	}
	switch {
	case total > 10:
		total = 10
		fallthrough
	case total > 5:
		total--
	default:
	}
	switch x := total % 3; x {
	case 0, 1:
	case 2:
		goto done
	}
done:
	switch total {
	}
	return total
}

func typeSwitches(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint(x)
	case []byte, map[string]int, func(), chan int, *Point, struct{}:
		return "composite"
	case error:
		return x.Error()
	default:
		_ = x
	}
	switch v.(type) {
	case fmt.Stringer:
	}
	switch y := 1; t := v.(type) {
	case int:
		_, _ = y, t
	}
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

func channels(done chan struct{}, in <-chan int, out chan<- int) {
	var mu = make(chan int, 1)
	go func(x int) { mu <- x }(1)
	select {
	case v := <-in:
		out <- v
	case v, ok := <-in:
		_, _ = v, ok
	case out <- 1:
	case <-done:
		return
	default:
	}
	select {}
}

func expressions(s string, p *Point, xs []int) {
	b := []byte(s)
	_ = string(b[1:3])
	_ = (*int)(nil)
	_ = (*Point).Move
	_ = Point.String
	_ = (func())(nil)
	_ = []int(nil)
	_ = map[string]int(nil)
	_ = (<-chan int)(nil)
	_ = xs[1:2:3]
	_ = xs[:]
	_ = xs[1:]
	_ = xs[:2]
	_ = s[len(s)-1]
	_ = p.X + p.Y*2 - (p.X<<2)>>1&^3
	_ = !true || false && 1 < 2 == (3 >= 4)
	_ = -p.X + +p.Y ^ ^p.X | p.Y%2
	_ = &Point{1, 2}
	_ = *p
	_ = &p.X
	var x interface{} = 1
	_ = x.(int)
	n, _ := x.(int)
	_ = n
	_ = len("abc") + cap(xs) + copy(xs, xs)
	_ = append(xs, xs...)
	_ = ToUpper(s)
	_ = struct {
		A int
		B []string
	}{A: 1}
	_ = [][]Point{{{1, 2}}, {{X: 3}}}
	_ = map[Point]string{{1, 2}: "a"}
	_ = func(a, b int) int { return a + b }(1, 2)
	var pi = m.Pi
	_ = pi
	if p := (Point{1, 2}); p.X > 0 {
	}
	for _, pt := range []Point{{1, 2}} {
		_ = pt
	}
	if (Point{}) == *p {
	}
	const c = iota
	type local struct{ x int }
	var l local
	_ = l.x
	_ = interface {
		M(int) string
		fmt.Stringer
	}(nil)
	_ = [3]int{}
	_ = 'a' + '\n'
	_ = 1e10 + .5 + 1. + 0x1.8p1 + 0X_FF
	_ = complex(1, 2)
	x2, y2 := 1, 2
	x2, y2 = y2, x2
	x2 += 1
	y2 <<= 2
	x2 &^= y2
	x2++
	y2--
	*p = Point{}
	p.X, xs[0] = xs[0], p.X
	_ = ErrNotFound
	{
		inner := 1
		_ = inner
	}
	;
}

func labeled() {
L:
	for {
		select {
		default:
			break L
		}
	}
	goto M
M:
	;
}

func (n *Named) method() {}

func init() {
	_ = counter
}

func main() {
	fmt.Println(divide(1, 2))
	useGenerics()
	fmt.Println(controlFlow(3, []int{1, 2, 3}, nil, func() chan int { c := make(chan int); close(c); return c }()), typeSwitches(1), variadic("x", 1, 2), closures()())
	labeled()
	_ = KB + MB + GB + A + B + C + D + E + G
	_, _, _ = errA, sqrt2, hasX
	_ = Sunday + Monday + Tuesday
	_, _, _, _, _, _ = single, typed, hexf, imag, big, raw
	_, _, _, _, _ = octal, legacy, bin, esc, runes
	_, _, _, _, _, _ = names, matrix, lookup, points, arr, ptrs
	_, _, _, _, _, _, _, _ = fn, ch, rch, pch, sch, iface, anon, mu
}
