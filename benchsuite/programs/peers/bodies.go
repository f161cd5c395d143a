// bodies: a 3-body gravity simulation through struct pointers, 200k
// steps; fmt only (no math.Sqrt: Newton's iterations): float64 and fields.
package main

import "fmt"

type Body struct {
	x, y, vx, vy, m float64
}

func sqrt(v float64) float64 {
	r := v
	if r < 1 {
		r = 1
	}
	for i := 0; i < 20; i++ {
		r = 0.5 * (r + v/r)
	}
	return r
}

func step(bs []*Body, dt float64) {
	for i := 0; i < len(bs); i++ {
		a := bs[i]
		for j := i + 1; j < len(bs); j++ {
			b := bs[j]
			dx := a.x - b.x
			dy := a.y - b.y
			d2 := dx*dx + dy*dy + 0.01
			d := sqrt(d2)
			f := dt / (d2 * d)
			a.vx -= dx * b.m * f
			a.vy -= dy * b.m * f
			b.vx += dx * a.m * f
			b.vy += dy * a.m * f
		}
	}
	for _, b := range bs {
		b.x += dt * b.vx
		b.y += dt * b.vy
	}
}

func main() {
	bs := []*Body{
		{0, 0, 0, 0, 10},
		{1, 0, 0, 3, 0.1},
		{-2, 0, 0, -2, 0.2},
	}
	for s := 0; s < 200000; s++ {
		step(bs, 0.0001)
	}
	for _, b := range bs {
		fmt.Println(int(b.x*1e6), int(b.y*1e6))
	}
}
