package main

import "fmt"

func main() {
	a := struct {
		Name string
		Age  int
	}{"ann", 30}
	fmt.Println(a, a.Name)
	fmt.Printf("%+v\n", a)
	b := struct {
		Name string
		Age  int
	}{Age: 5}
	fmt.Println(a == b)
	b = a
	fmt.Println(a == b)
	items := []struct {
		K string
		V int
	}{{"x", 1}, {"y", 2}, {"z", 3}}
	for _, it := range items {
		fmt.Print(it.K, "=", it.V, " ")
	}
	fmt.Println()
	tests := []struct {
		in   int
		want int
	}{{1, 1}, {2, 4}, {3, 9}}
	for _, tc := range tests {
		fmt.Println(tc.in*tc.in == tc.want)
	}
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	nested := struct {
		Inner struct{ X, Y int }
		Tags  []string
	}{}
	nested.Inner.X = 5
	nested.Tags = append(nested.Tags, "t")
	fmt.Printf("%+v\n", nested)
	m := map[string]struct{ A, B int }{"k": {1, 2}}
	fmt.Println(m["k"].B)
	p := &struct{ N int }{N: 3}
	p.N *= 2
	fmt.Println(p.N)
	type Named struct {
		Name string
		Age  int
	}
	var n Named = a
	fmt.Println(n)
}

// Output:
// {ann 30} ann
// {Name:ann Age:30}
// false
// true
// x=1 y=2 z=3 
// true
// true
// true
// {} true
// {Inner:{X:5 Y:0} Tags:[t]}
// 2
// 6
// {ann 30}
