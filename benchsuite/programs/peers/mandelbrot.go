// mandelbrot: 400x400 points, 50 iterations, a checksum; fmt only: float64 loops.
package main

import "fmt"

func main() {
	const size = 400
	const iter = 50
	inside := 0
	sum := 0
	for y := 0; y < size; y++ {
		ci := 2.0*float64(y)/size - 1.0
		for x := 0; x < size; x++ {
			cr := 2.0*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			k := 0
			for ; k < iter; k++ {
				tr := zr*zr - zi*zi + cr
				zi = 2*zr*zi + ci
				zr = tr
				if zr*zr+zi*zi > 4 {
					break
				}
			}
			if k == iter {
				inside++
			}
			sum += k
		}
	}
	fmt.Println(inside, sum)
}
