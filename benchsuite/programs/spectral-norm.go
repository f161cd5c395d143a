// spectral-norm: the Benchmarks Game spectral norm of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by 10 power-method iterations.
// Measures float64 arithmetic, small function calls and slice loops.
package main

import (
	"fmt"
	"math"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func times(v []float64, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

func timesTransp(v []float64, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(j, i) * u[j]
		}
		v[i] = a
	}
}

func aTimesTransp(v []float64, u []float64, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

func main() {
	n := 1500
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u, tmp)
		aTimesTransp(u, v, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
