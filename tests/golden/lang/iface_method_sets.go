package main

import "fmt"

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Val struct{ v int }

func (x Val) Get() int   { return x.v }
func (x *Val) Set(v int) { x.v = v }

type Outer struct{ Val }
type OuterP struct{ *Val }

func use(gs GetSetter, v int) int {
	gs.Set(v)
	return gs.Get()
}

func main() {
	v := Val{1}
	var g Getter = v
	v.v = 2
	fmt.Println(g.Get(), v.Get())
	g = &v
	v.v = 3
	fmt.Println(g.Get())
	fmt.Println(use(&v, 10), v.v)
	o := Outer{Val{5}}
	var g2 Getter = o
	fmt.Println(g2.Get())
	fmt.Println(use(&o, 6), o.v)
	op := OuterP{&Val{7}}
	fmt.Println(use(op, 8), op.v)
	var s Setter = op
	s.Set(9)
	fmt.Println(op.Get())
	_, ok := interface{}(o).(Setter)
	_, ok2 := interface{}(&o).(Setter)
	_, ok3 := interface{}(op).(GetSetter)
	fmt.Println(ok, ok2, ok3)
	ifs := []Getter{Val{1}, &Val{2}, Outer{Val{3}}, &Outer{Val{4}}, OuterP{&Val{5}}}
	sum := 0
	for _, i := range ifs {
		sum += i.Get()
		if st, ok := i.(Setter); ok {
			st.Set(100)
		}
	}
	fmt.Println(sum)
	for _, i := range ifs {
		fmt.Print(i.Get(), " ")
	}
	fmt.Println()
}

// Output:
// 1 2
// 3
// 10 10
// 5
// 6 6
// 8 8
// 9
// false true true
// 15
// 1 100 3 100 100 
