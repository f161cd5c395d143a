package main

import "fmt"

type Particle struct {
	X, Y, VX, VY float64
	Hits         int
}

func step(ps []Particle, w, h float64) {
	for i := range ps {
		p := &ps[i]
		p.X += p.VX
		p.Y += p.VY
		if p.X < 0 || p.X > w {
			p.VX = -p.VX
			p.Hits++
		}
		if p.Y < 0 || p.Y > h {
			p.VY = -p.VY
			p.Hits++
		}
	}
}

type Pair struct{ a, b int32 }

func main() {
	ps := make([]Particle, 50)
	for i := range ps {
		ps[i] = Particle{float64(i), float64(i * 2 % 50), float64(i%7) - 3, float64(i%5) - 2, 0}
	}
	for s := 0; s < 2000; s++ {
		step(ps, 100, 50)
	}
	hits := 0
	for _, p := range ps {
		hits += p.Hits
	}
	fmt.Println(hits, ps[7].Hits, int(ps[13].X), int(ps[13].Y))
	pairs := []Pair{}
	for i := int32(0); i < 5000; i++ {
		pairs = append(pairs, Pair{i, i * i % 1009})
	}
	var sa, sb int64
	for _, p := range pairs {
		sa += int64(p.a)
		sb += int64(p.b)
	}
	fmt.Println(len(pairs), sa, sb)
	grid := [64][64]uint8{}
	for i := 0; i < 100000; i++ {
		grid[i%64][(i*7)%64] += uint8(i)
	}
	var cs uint32
	for _, row := range grid {
		for _, v := range row {
			cs = cs*31 + uint32(v)
		}
	}
	fmt.Println(cs)
	arrs := make([][4]int, 1000)
	for i := range arrs {
		arrs[i] = [4]int{i, i * 2, i * 3, i * 4}
	}
	t := 0
	for _, a := range arrs {
		t += a[0] - a[1] + a[2] - a[3]
	}
	fmt.Println(t)
}

// Output:
// 3939 58 73 50
// 5000 12497500 2526420
// 2662650448
// -999000
