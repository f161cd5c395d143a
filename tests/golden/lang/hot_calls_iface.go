package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rect struct{ w, h int }
type Tri struct{ b, h int }

func (s Sq) Area() int    { return s.s * s.s }
func (r *Rect) Area() int { return r.w * r.h }
func (t Tri) Area() int   { return t.b * t.h / 2 }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func apply(f func(int) int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += f(i)
	}
	return s
}

type Acc struct{ total int }

func (a *Acc) Add(v int) { a.total += v }

func main() {
	shapes := []Shape{Sq{3}, &Rect{2, 5}, Tri{4, 3}}
	total := 0
	for i := 0; i < 30000; i++ {
		total += shapes[i%3].Area()
		if i%1000 == 0 {
			shapes[0] = Sq{i % 7}
		}
	}
	fmt.Println(total)
	fmt.Println(fib(27))
	k := 3
	fmt.Println(apply(func(x int) int { return x*k + 1 }, 50000))
	var a Acc
	for i := 0; i < 100000; i++ {
		a.Add(i & 15)
	}
	fmt.Println(a.total)
	m := map[int]int{}
	for i := 0; i < 50000; i++ {
		m[i%1000] += i
	}
	s := 0
	for k, v := range m {
		s += k * v % 1000
	}
	fmt.Println(len(m), s)
	str := ""
	for i := 0; i < 2000; i++ {
		str += string(rune('a' + i%26))
	}
	cnt := 0
	for _, r := range str {
		if r == 'e' {
			cnt++
		}
	}
	fmt.Println(len(str), cnt)
	var ifs []interface{}
	for i := 0; i < 3000; i++ {
		switch i % 4 {
		case 0:
			ifs = append(ifs, i)
		case 1:
			ifs = append(ifs, fmt.Sprint(i))
		case 2:
			ifs = append(ifs, float64(i))
		default:
			ifs = append(ifs, Sq{i})
		}
	}
	ti, ts, tf, tsq := 0, 0, 0.0, 0
	for _, v := range ifs {
		switch x := v.(type) {
		case int:
			ti += x
		case string:
			ts += len(x)
		case float64:
			tf += x
		case Shape:
			tsq += x.Area() % 97
		}
	}
	fmt.Println(ti, ts, tf, tsq)
}

// Output:
// 293329
// 196418
// 3749975000
// 750000
// 1000 325000
// 2000 77
// 1123500 2722 1.125e+06 36044
