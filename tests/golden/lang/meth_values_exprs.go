package main

import "fmt"

type Num int

func (n Num) Add(m Num) Num   { return n + m }
func (n *Num) Scale(k Num)    { *n *= k }
func (n Num) String() string  { return fmt.Sprintf("Num(%d)", int(n)) }

type Pair struct{ A, B int }

func (p Pair) Sum() int      { return p.A + p.B }
func (p *Pair) Swap()        { p.A, p.B = p.B, p.A }

func apply(f func(Num) Num, v Num) Num { return f(v) }

func main() {
	n := Num(5)
	add := n.Add
	n = 100
	fmt.Println(add(1), n.Add(1))
	fmt.Println(apply(n.Add, 7))
	scale := n.Scale
	scale(2)
	fmt.Println(n)
	f := Num.Add
	fmt.Println(f(3, 4))
	g := (*Num).Scale
	g(&n, 3)
	fmt.Println(n)
	h := (*Num).Add
	fmt.Println(h(&n, 1))
	p := Pair{1, 2}
	sum := p.Sum
	swap := p.Swap
	swap()
	fmt.Println(p, sum(), p.Sum())
	fns := []func() int{p.Sum, Pair{10, 20}.Sum}
	for _, fn := range fns {
		fmt.Println(fn())
	}
	var s fmt.Stringer = n
	str := s.String
	fmt.Println(str())
	type Op func(Num, Num) Num
	var op Op = Num.Add
	fmt.Println(op(1, 2))
	fmt.Printf("%v %d %s\n", n, n, n)
	ps := []*Pair{{1, 2}, {3, 4}}
	for _, pp := range ps {
		pp.Swap()
	}
	fmt.Println(*ps[0], *ps[1])
}

// Output:
// Num(6) Num(101)
// Num(107)
// Num(200)
// Num(7)
// Num(600)
// Num(601)
// {2 1} 3 3
// 3
// 30
// Num(600)
// Num(3)
// Num(600) 600 Num(600)
// {2 1} {4 3}
