package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func isNil(xs ...string) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...), sum(s[1:]...))
	fmt.Println(info("a"), info("b", 1, "x", nil))
	iv := []interface{}{1, 2}
	fmt.Println(info("c", iv...), info("d", iv))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	fmt.Println(isNil(), isNil([]string{}...), isNil(nil...), isNil("x"))
	f := sum
	fmt.Println(f(10, 20))
	g := func(sep string, parts ...string) string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += sep
			}
			out += p
		}
		return out
	}
	fmt.Println(g("-", "a", "b", "c"), g("+"), g(",", []string{"x", "y"}...))
	fmt.Printf("%T\n", sum)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(nil, nil))
}

// Output:
// 0 1 6
// 15 11
// a0 [] b3 [1 x <nil>]
// c2 [1 2] d1 [[1 2]]
// [999 5 6]
// true false true false
// 30
// a-b-c  x,y
// func(...int) int
//  <nil> <nil> <nil>
