package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func adder(start int) (func(int), func() int) {
	sum := start
	return func(x int) { sum += x }, func() int { return sum }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())
	add, get := adder(10)
	add(5)
	add(7)
	fmt.Println(get())
	f := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	x = 100
	inc()
	fmt.Println(x)
	fs := make([]func() int, 3)
	for i := range fs {
		fs[i] = func() int { return i * i }
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	shared := 0
	incs := []func(){}
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { shared += i })
	}
	for _, g := range incs {
		g()
	}
	fmt.Println(shared)
	nested := func() func() func() int {
		v := 1
		return func() func() int {
			v *= 2
			return func() int { v += 1; return v }
		}
	}()
	h := nested()
	fmt.Println(h(), h(), nested()(), v2(h))
}

func v2(f func() int) int { return f() * 10 }

// Output:
// 1 2 3 1 4 2
// 22
// 0 1 1 2 3 5 8 13 21 34 55 89 144 233 377 
// 3
// 101
// 0 1 4 
// 3
// 3 4 9 100
