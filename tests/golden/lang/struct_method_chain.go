package main

import "fmt"

type Builder struct {
	parts []string
	sep   string
}

func NewBuilder() *Builder { return &Builder{sep: " "} }

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Sep(s string) *Builder {
	b.sep = s
	return b
}

func (b *Builder) Build() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += b.sep
		}
		out += p
	}
	return out
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(o Vec) float64  { return v.X*o.X + v.Y*o.Y }
func (v *Vec) Normalize() *Vec {
	l := v.Dot(*v)
	if l > 0 {
		r := 1.0
		for i := 0; i < 30; i++ {
			r = (r + l/r) / 2
		}
		v.X /= r
		v.Y /= r
	}
	return v
}

func main() {
	fmt.Println(NewBuilder().Add("a").Add("b").Sep("-").Add("c").Build())
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v, v.Dot(Vec{1, 1}))
	w := Vec{3, 4}
	w.Normalize().Normalize()
	fmt.Printf("%.6f %.6f\n", w.X, w.Y)
	fmt.Println(Vec{}.Add(Vec{1, 1}).Add(Vec{1, 1}).Dot(Vec{2, 3}))
	b := NewBuilder()
	for i := 0; i < 5; i++ {
		b.Add(fmt.Sprint(i * i))
	}
	fmt.Println(b.Sep(",").Build(), len(b.parts))
}

// Output:
// a-b-c
// {2 3} 5
// 0.600000 0.800000
// 10
// 0,1,4,9,16 5
