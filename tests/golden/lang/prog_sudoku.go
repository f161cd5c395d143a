package main

import "fmt"

type Grid [9][9]int8

func parse(s string) Grid {
	var g Grid
	for i := 0; i < 81; i++ {
		if c := s[i]; c >= '1' && c <= '9' {
			g[i/9][i%9] = int8(c - '0')
		}
	}
	return g
}

func (g *Grid) ok(r, c int, v int8) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

var calls int

func (g *Grid) solve() bool {
	calls++
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := int8(1); v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					if g.solve() {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g Grid) String() string {
	s := ""
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			s += "------+-------+------\n"
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				s += "| "
			}
			s += fmt.Sprint(v, " ")
		}
		s += "\n"
	}
	return s
}

func main() {
	g := parse("53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79")
	orig := g
	fmt.Println(g.solve(), calls)
	fmt.Print(g)
	fmt.Println(orig[0], orig == g)
	sum := 0
	for _, row := range g {
		for _, v := range row {
			sum += int(v)
		}
	}
	fmt.Println("sum", sum)
}

// Output:
// true 4209
// 5 3 4 | 6 7 8 | 9 1 2 
// 6 7 2 | 1 9 5 | 3 4 8 
// 1 9 8 | 3 4 2 | 5 6 7 
// ------+-------+------
// 8 5 9 | 7 6 1 | 4 2 3 
// 4 2 6 | 8 5 3 | 7 9 1 
// 7 1 3 | 9 2 4 | 8 5 6 
// ------+-------+------
// 9 6 1 | 5 3 7 | 2 8 4 
// 2 8 7 | 4 1 9 | 6 3 5 
// 3 4 5 | 2 8 6 | 1 7 9 
// [5 3 0 0 7 0 0 0 0] false
// sum 405
