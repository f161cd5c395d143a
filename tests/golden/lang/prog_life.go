package main

import "fmt"

type Board struct {
	w, h  int
	cells [][]bool
}

func NewBoard(rows ...string) *Board {
	b := &Board{w: len(rows[0]), h: len(rows)}
	for _, r := range rows {
		row := make([]bool, b.w)
		for i := 0; i < len(r); i++ {
			row[i] = r[i] == '#'
		}
		b.cells = append(b.cells, row)
	}
	return b
}

func (b *Board) alive(x, y int) bool {
	x = (x + b.w) % b.w
	y = (y + b.h) % b.h
	return b.cells[y][x]
}

func (b *Board) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (b *Board) Step() *Board {
	nb := &Board{w: b.w, h: b.h, cells: make([][]bool, b.h)}
	for y := 0; y < b.h; y++ {
		nb.cells[y] = make([]bool, b.w)
		for x := 0; x < b.w; x++ {
			n := b.neighbors(x, y)
			nb.cells[y][x] = n == 3 || n == 2 && b.cells[y][x]
		}
	}
	return nb
}

func (b *Board) String() string {
	s := ""
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (b *Board) Population() (n int) {
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	b := NewBoard(
		"..........",
		"...#......",
		"....#.....",
		"..###.....",
		"..........",
		"......##..",
		"......##..",
		"..........",
	)
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, b.Population(), b)
		b = b.Step()
	}
	for i := 0; i < 36; i++ {
		b = b.Step()
	}
	fmt.Printf("gen 40 pop %d\n%v", b.Population(), b)
	blinker := NewBoard(".....", "..#..", "..#..", "..#..", ".....")
	fmt.Print(blinker.Step(), blinker.Step().Step().String() == blinker.String(), "\n")
}

// Output:
// gen 0 pop 9
// ..........
// ...#......
// ....#.....
// ..###.....
// ..........
// ......##..
// ......##..
// ..........
// gen 1 pop 9
// ..........
// ..........
// ..#.#.....
// ...##.....
// ...#......
// ......##..
// ......##..
// ..........
// gen 2 pop 9
// ..........
// ..........
// ....#.....
// ..#.#.....
// ...##.....
// ......##..
// ......##..
// ..........
// gen 3 pop 11
// ..........
// ..........
// ...#......
// ....##....
// ...###....
// .....###..
// ......##..
// ..........
// gen 40 pop 0
// ..........
// ..........
// ..........
// ..........
// ..........
// ..........
// ..........
// ..........
// .....
// .....
// .###.
// .....
// .....
//  true
