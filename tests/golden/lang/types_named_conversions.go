package main

import "fmt"

type Meters float64
type Feet float64
type Celsius int
type Strs []string
type Pt struct{ X, Y int }
type Pt2 struct{ X, Y int }
type Handler func(string) string

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

func main() {
	m := Meters(10)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	var f Feet = 3
	fmt.Println(float64(f) + float64(m))
	c := Celsius(-40)
	fmt.Println(c, int(c)*2)
	s := Strs{"a", "b"}
	var raw []string = s
	raw[0] = "changed"
	fmt.Println(s, len(s))
	p := Pt{1, 2}
	q := Pt2(p)
	fmt.Println(q, Pt(q) == p)
	anon := struct{ X, Y int }{3, 4}
	p = anon
	fmt.Println(p)
	h := Handler(func(s string) string { return "<" + s + ">" })
	fmt.Println(h("x"))
	var fn func(string) string = h
	fmt.Println(fn("y"))
	type Bytes []byte
	bs := Bytes("hello")
	fmt.Println(string(bs), len(bs))
	type Ints [3]int
	ia := Ints{1, 2, 3}
	ra := [3]int(ia)
	fmt.Println(ra)
	sl := []int{1, 2, 3, 4}
	arr := [4]int(sl)
	ap := (*[2]int)(sl)
	ap[0] = 100
	fmt.Println(arr, sl)
	type Alias = Pt
	var al Alias = Pt{5, 6}
	fmt.Printf("%T %v\n", al, al)
}

// Output:
// 32.81 main.Feet
// 13
// -40 -80
// [changed b] 2
// {1 2} true
// {3 4}
// <x>
// <y>
// hello 5
// [1 2 3]
// [1 2 3 4] [100 2 3 4]
// main.Pt {5 6}
