// matmul: naive n x n float64 matrix product (i-k-j loop order over [][]float64);
// prints a checksum. Measures nested loops over slices of slices.
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

func matrix(n int, seed int) [][]float64 {
	m := make([][]float64, n)
	for i := 0; i < n; i++ {
		row := make([]float64, n)
		for j := 0; j < n; j++ {
			row[j] = float64((i*seed+j*7+3)%17-8) / 8.0
		}
		m[i] = row
	}
	return m
}

func mul(a, b [][]float64, n int) [][]float64 {
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		ci := make([]float64, n)
		ai := a[i]
		for k := 0; k < n; k++ {
			aik := ai[k]
			bk := b[k]
			for j := 0; j < n; j++ {
				ci[j] += aik * bk[j]
			}
		}
		c[i] = ci
	}
	return c
}

func main() {
	n := 600
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	a := matrix(n, 3)
	b := matrix(n, 5)
	c := mul(a, b, n)
	sum := 0.0
	diag := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sum += c[i][j] * float64(i%5+1)
		}
		diag += c[i][i]
	}
	fmt.Printf("matmul %dx%d: checksum %.6f trace %.6f\n", n, n, sum, diag)
}
