package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64   { return s.S * s.S }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func makeAdders(n int) []func(int) int {
	var fs []func(int) int
	for i := 0; i < n; i++ {
		captured := make([]int, 10)
		captured[i%10] = i
		fs = append(fs, func(x int) int { return x + captured[i%10] })
	}
	return fs
}

func main() {
	total := 0
	for round := 0; round < 30; round++ {
		fs := makeAdders(500)
		for i, f := range fs {
			total += f(i)
		}
	}
	fmt.Println(total)
	var shapes []Shape
	area := 0.0
	for i := 0; i < 50000; i++ {
		var s Shape
		if i%2 == 0 {
			s = Sq{float64(i % 10)}
		} else {
			s = &Circ{float64(i % 5)}
		}
		area += s.Area()
		if i%500 == 1 {
			shapes = append(shapes, s)
		}
	}
	kept := 0.0
	for _, s := range shapes {
		kept += s.Area()
	}
	fmt.Println(area, len(shapes), kept)
	var ifs []interface{}
	for i := 0; i < 20000; i++ {
		switch i % 3 {
		case 0:
			ifs = append(ifs, []int{i})
		case 1:
			ifs = append(ifs, fmt.Sprint(i))
		default:
			ifs = append(ifs, map[int]int{i: i})
		}
		if len(ifs) > 100 {
			ifs = ifs[50:]
		}
	}
	n := 0
	for _, v := range ifs {
		switch x := v.(type) {
		case []int:
			n += x[0]
		case string:
			n += len(x)
		case map[int]int:
			n += len(x)
		}
	}
	fmt.Println(len(ifs), n)
}

// Output:
// 7485000
// 1.05e+06 100 300
// 100 658553
