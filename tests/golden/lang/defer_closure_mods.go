package main

import "fmt"

func a() (out []string) {
	defer func() { out = append(out, "deferred") }()
	out = append(out, "body")
	return append(out, "return")
}

func b() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func c() (x int) {
	defer func(v int) { x += v }(10)
	x = 5
	return x * 2
}

type S struct{ v int }

func d() *S {
	s := &S{1}
	defer func() { s.v = 99 }()
	return s
}

func e() (s S) {
	defer func() { s.v++ }()
	return S{41}
}

func f(n int) (r int) {
	defer func() {
		if n > 0 {
			r += f(n - 1)
		}
	}()
	return n
}

func g() (err error) {
	defer func() {
		if err == nil {
			err = fmt.Errorf("set in defer")
		}
	}()
	return nil
}

func main() {
	fmt.Println(a())
	fmt.Println(b())
	fmt.Println(c())
	fmt.Println(d().v)
	fmt.Println(e())
	fmt.Println(f(4))
	fmt.Println(g())
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("main defer", n, i) }(i * 2)
	}
}

// Output:
// [body return deferred]
// 1
// 20
// 99
// {42}
// 10
// set in defer
// main defer 4 2
// main defer 2 1
// main defer 0 0
