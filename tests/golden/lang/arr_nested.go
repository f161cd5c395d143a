package main

import "fmt"

type Grid [3][3]int

type Holder struct {
	Name string
	Vals [4]int
}

func (g Grid) Transpose() Grid {
	var t Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = g[i][j]
		}
	}
	return t
}

func main() {
	var g Grid
	n := 1
	for i := range g {
		for j := range g[i] {
			g[i][j] = n
			n++
		}
	}
	fmt.Println(g)
	fmt.Println(g.Transpose())
	row := g[1]
	row[0] = -1
	fmt.Println(g[1], row)
	h := Holder{"h", [4]int{1, 2, 3, 4}}
	h2 := h
	h2.Vals[0] = 100
	fmt.Println(h, h2, h == h2)
	h2.Vals[0] = 1
	fmt.Println(h == h2)
	var cube [2][2][2]string
	cube[1][0][1] = "x"
	fmt.Println(cube, len(cube[0][1]))
	hs := []Holder{h, h}
	hs[1].Vals[3] = 40
	fmt.Println(hs)
	m := map[[2]int]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(m[[2]int{1, 2}], m[[2]int{0, 0}], len(m))
	ptr := &g[2]
	ptr[2] = 0
	fmt.Println(g)
	s := g[0][:]
	s[0] = 42
	fmt.Println(g[0])
}

// Output:
// [[1 2 3] [4 5 6] [7 8 9]]
// [[1 4 7] [2 5 8] [3 6 9]]
// [4 5 6] [-1 5 6]
// {h [1 2 3 4]} {h [100 2 3 4]} false
// true
// [[[ ] [ ]] [[ x] [ ]]] 2
// [{h [1 2 3 4]} {h [1 2 3 40]}]
// p origin 2
// [[1 2 3] [4 5 6] [7 8 0]]
// [42 2 3]
