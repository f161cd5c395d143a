// mandelbrot: the Benchmarks Game algorithm (50 iterations, bit-packed rows);
// instead of writing the PBM image it prints the number of points in the set
// and a checksum of the image bytes. Measures float64 arithmetic in tight loops.
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func main() {
	n := 1600
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	const iter = 50
	const limit = 4.0
	count := 0
	hash := 0
	bytes := 0
	for y := 0; y < n; y++ {
		ci := 2.0*float64(y)/float64(n) - 1.0
		bits := 0
		nbits := 0
		for x := 0; x < n; x++ {
			cr := 2.0*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			for i := 0; i < iter && tr+ti <= limit; i++ {
				zi = 2.0*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits <<= 1
			if tr+ti <= limit {
				bits |= 1
				count++
			}
			nbits++
			if nbits == 8 || x == n-1 {
				for nbits < 8 {
					bits <<= 1
					nbits++
				}
				hash = (hash*31 + bits) % 1000000007
				bytes++
				bits = 0
				nbits = 0
			}
		}
	}
	fmt.Printf("mandelbrot %dx%d: %d points in set, %d bytes, checksum %d\n", n, n, count, bytes, hash)
}
