package main

import "fmt"

type Shower interface {
	~int | ~string
	Show() string
}

type Code int

func (c Code) Show() string { return fmt.Sprintf("code<%d>", int(c)) }

type Tag string

func (t Tag) Show() string { return "#" + string(t) }

func ShowAll[T Shower](xs ...T) string {
	s := ""
	for _, x := range xs {
		s += x.Show() + " "
	}
	return s
}

type Addable interface {
	~int | ~float64 | ~string
}

func SumAll[T Addable](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

type Number interface {
	~int | ~int32 | ~float64
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

type PtrSetter[T any] interface {
	*T
	Set(string)
}

type Conf struct{ val string }

func (c *Conf) Set(s string) { c.val = s }

func Build[T any, PT PtrSetter[T]](s string) T {
	var t T
	PT(&t).Set(s)
	return t
}

func main() {
	fmt.Println(ShowAll(Code(1), Code(22)))
	fmt.Println(ShowAll[Tag]("a", "b"))
	fmt.Println(SumAll(1, 2, 3), SumAll(0.5, 0.25), SumAll("a", "b", "c"), SumAll[Tag]("x", "y"))
	v := Scale(Vec{1, -2, 3}, 2)
	fmt.Printf("%v %T %v\n", v, v, v.Norm1())
	fmt.Println(Scale([]int32{1, 2}, 3))
	c := Build[Conf]("configured")
	fmt.Println(c.val)
}

// Output:
// code<1> code<22> 
// #a #b 
// 6 0.75 abc xy
// [2 -4 6] main.Vec 12
// [3 6]
// configured
