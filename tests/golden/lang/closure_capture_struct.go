package main

import "fmt"

type Counter struct {
	name  string
	count int
}

func main() {
	c := Counter{name: "c"}
	inc := func() { c.count++ }
	inc()
	inc()
	fmt.Println(c.count)
	cp := c
	inc()
	fmt.Println(c.count, cp.count)
	arr := [3]int{}
	setter := func(i, v int) { arr[i] = v }
	setter(0, 1)
	setter(2, 3)
	fmt.Println(arr)
	s := []int{1, 2}
	appender := func(v int) { s = append(s, v) }
	appender(3)
	appender(4)
	fmt.Println(s)
	m := map[string]int{}
	counter := func(k string) func() int {
		return func() int { m[k]++; return m[k] }
	}
	a := counter("a")
	b := counter("b")
	a()
	a()
	b()
	fmt.Println(m, a())
	var p *Counter = &c
	changer := func() { p = &Counter{name: "new"} }
	changer()
	fmt.Println(p.name, c.name)
	funcs := map[string]func(int) int{}
	for _, k := range []int{2, 3} {
		funcs[fmt.Sprint("mul", k)] = func(x int) int { return x * k }
	}
	fmt.Println(funcs["mul2"](5), funcs["mul3"](5))
	x := 1
	f := func() func() int {
		x++
		return func() int { x *= 10; return x }
	}
	g := f()
	fmt.Println(x)
	r := g()
	fmt.Println(r, x)
}

// Output:
// 2
// 3 2
// [1 0 3]
// [1 2 3 4]
// map[a:3 b:1] 3
// new c
// 10 15
// 2
// 20 20
