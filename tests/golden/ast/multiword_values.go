// Multi-word values (strings, slices, interfaces, structs, arrays) through
// arguments, results, parallel assignment and read-modify-write places.
package main

import "fmt"

type P struct {
	Name string
	X, Y int
	Tags []string
}

type Grid [3][2]int

var calls int

func mkP(name string, x int) P {
	calls++
	return P{Name: name, X: x, Y: x * 2, Tags: []string{name}}
}

func swapP(a, b P) (P, P) { return b, a }

func describe(p P, g Grid, e error, s fmt.Stringer) string {
	return fmt.Sprint(p.Name, p.X, p.Y, len(p.Tags), g[1][1], e, s)
}

type name string

func (n name) String() string { return "<" + string(n) + ">" }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("err", e.code) }

func grid(k int) Grid {
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = k*10 + i*2 + j
		}
	}
	return g
}

func bump(p *P) int {
	p.X += 100
	return 1
}

func main() {
	a, b := mkP("a", 1), mkP("b", 2)
	a, b = swapP(a, b)
	fmt.Println(a.Name, b.Name, a.X, b.X, calls)
	a, b = b, a
	fmt.Println(a.Name, b.Name)

	// Arrays are values: the swap copies, later writes don't alias.
	g1, g2 := grid(1), grid(2)
	g1, g2 = g2, g1
	g1[0][0] = -1
	fmt.Println(g1[0], g2[0], g1 == grid(2), g2 == grid(1))

	s := []P{mkP("x", 1), mkP("y", 2), mkP("z", 3)}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s[0].Name, s[2].Name)

	// Places evaluated once; the value sees updates made by calls.
	m := map[string]P{"k": mkP("k", 5)}
	m2 := map[string]string{"k": "v"}
	m2["k"] += "w"
	m2["new"] += "n"
	cnt := map[int]int{}
	for i := 0; i < 5; i++ {
		cnt[i%2]++
	}
	fmt.Println(m["k"].Name, m2, cnt)

	p := mkP("p", 1)
	p.Y = bump(&p)
	fmt.Println(p.X, p.Y)

	arr := [4]int{1, 2, 3, 4}
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)

	var e error = &myErr{7}
	fmt.Println(describe(mkP("d", 3), grid(4), e, name("n")))

	// Interfaces holding multi-word values, compared and switched on.
	var x, y interface{} = P{Name: "q"}.Name, "q"
	fmt.Println(x == y, x != y)
	var z interface{} = [2]string{"a", "b"}
	switch v := z.(type) {
	case [2]string:
		v[0] = "changed"
		fmt.Println(v, z)
	}
	strs := []string{"b", "a"}
	strs[0], strs[1] = strs[1], strs[0]
	fmt.Println(strs, fmt.Sprint(swapP(mkP("u", 1), mkP("v", 2))))
}

// Output:
// b a 2 1 2
// a b
// [-1 21] [10 11] false true
// z x
// k map[k:vw new:n] map[0:3 1:2]
// 101 1
// 2 [9 2 3 4]
// d3 6 1 43 err7<n>
// true false
// [changed b] [a b]
// [a b] {v 2 4 [v]} {u 1 2 [u]}
