package main

import "fmt"

type BinOp func(int, int) int

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func apply(n int, f func(int) int, x int) int {
	for i := 0; i < n; i++ {
		x = f(x)
	}
	return x
}

func ops() map[string]BinOp {
	return map[string]BinOp{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
		"*": func(a, b int) int { return a * b },
	}
}

func curry(f BinOp) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	fmt.Println(apply(10, dbl, 1))
	o := ops()
	for _, k := range []string{"+", "-", "*"} {
		fmt.Println(k, o[k](7, 3))
	}
	add := curry(o["+"])
	fmt.Println(add(3)(4))
	var nilf func()
	fmt.Println(nilf == nil)
	fn := func() {}
	fmt.Println(fn != nil)
	result := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(result)
	table := []struct {
		name string
		f    func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"sq", func(x float64) float64 { return x * x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.f(3))
	}
	var chain []func(string) string
	for _, suffix := range []string{"a", "b", "c"} {
		chain = append(chain, func(s string) string { return s + suffix })
	}
	s := ""
	for _, c := range chain {
		s = c(s)
	}
	fmt.Println(s)
	fmt.Printf("%T\n", curry)
}

// Output:
// 11 12
// 1024
// + 10
// - 4
// * 21
// 7
// true
// true
// 42
// half 1.5
// sq 9
// abc
// func(main.BinOp) func(int) func(int) int
