package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(values...)
var values = []int{1, 2, 3, 4}

var trace []string

func f(s string) int {
	trace = append(trace, s)
	return d + len(trace)
}

func sum(v ...int) int {
	t := 0
	for _, x := range v {
		t += x
	}
	return t
}

func init() {
	trace = append(trace, "init1")
	fmt.Println("init 1, a =", a)
}

func init() {
	trace = append(trace, "init2")
	fmt.Println("init 2")
}

var late = func() string {
	trace = append(trace, "late")
	return "L"
}()

func main() {
	fmt.Println(a, b, c, d, total, late)
	fmt.Println(trace)
}

func init() {
	fmt.Println("init 3, total =", total)
}

// Output:
// init 1, a = 9
// init 2
// init 3, total = 10
// 9 4 5 3 10 L
// [b c late init1 init2]
