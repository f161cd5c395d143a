package main

import "fmt"

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type StrMap map[string]int

func (m StrMap) Inc(k string) { m[k]++ }

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

type Bool bool

func (b Bool) Not() Bool { return !b }

type Str string

func (s Str) Len() int { return len(s) }
func (s Str) Upper() Str {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return Str(b)
}

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))
	m := StrMap{}
	m.Inc("a")
	m.Inc("a")
	fmt.Println(m)
	inc := Fn(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
	fmt.Println(Bool(true).Not(), Bool(false).Not().Not())
	s := Str("hello")
	fmt.Println(s.Len(), s.Upper(), s)
	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])
}

// Output:
// [1 2 3] 6 3
// map[a:2]
// 7
// false false
// 5 HELLO hello
// [[89 55] [55 34]] 55
