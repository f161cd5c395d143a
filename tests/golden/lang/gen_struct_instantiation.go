package main

import "fmt"

type Point struct{ X, Y int }

type Box[T any] struct {
	Val T
}

func (b Box[T]) Map(f func(T) T) Box[T] { return Box[T]{f(b.Val)} }

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int, fill T) *Grid[T] {
	g := &Grid[T]{w: w, h: h, cells: make([]T, w*h)}
	for i := range g.cells {
		g.cells[i] = fill
	}
	return g
}

func (g *Grid[T]) Set(x, y int, v T) { g.cells[y*g.w+x] = v }
func (g *Grid[T]) At(x, y int) T     { return g.cells[y*g.w+x] }

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	b := Box[Point]{Point{1, 2}}
	b2 := b.Map(func(p Point) Point { return Point{p.Y, p.X} })
	fmt.Println(b, b2)
	bb := Box[Box[int]]{Box[int]{5}}
	fmt.Println(bb.Val.Val, bb)
	g := NewGrid(3, 2, '.')
	g.Set(1, 1, '#')
	for y := 0; y < 2; y++ {
		for x := 0; x < 3; x++ {
			fmt.Print(string(g.At(x, y)))
		}
		fmt.Println()
	}
	pg := NewGrid(2, 2, Point{})
	pg.Set(0, 1, Point{9, 9})
	fmt.Println(pg.cells)
	pts := []Point{{1, 2}, {3, 2}, {1, 5}, {2, 2}}
	byY := GroupBy(pts, func(p Point) int { return p.Y })
	fmt.Println(byY)
	byOdd := GroupBy([]int{1, 2, 3, 4, 5}, func(i int) bool { return i%2 == 1 })
	fmt.Println(byOdd[true], byOdd[false])
	fmt.Printf("%T %T\n", b, bb)
	fmt.Printf("%+v\n", Box[[]string]{[]string{"a"}})
}

// Output:
// {{1 2}} {{2 1}}
// 5 {{5}}
// ...
// .#.
// [{0 0} {0 0} {9 9} {0 0}]
// map[2:[{1 2} {3 2} {2 2}] 5:[{1 5}]]
// [1 3 5] [2 4]
// main.Box[main.Point] main.Box[main.Box[int]]
// {Val:[a]}
