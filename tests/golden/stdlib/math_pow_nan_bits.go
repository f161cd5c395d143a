package main

import (
	"fmt"
	"math"
)

func main() {
	for _, p := range [][2]float64{{-4, 0.5}, {-4, 1.5}, {math.NaN(), 0.5}, {-8, 1.0 / 3}} {
		fmt.Printf("%x\n", math.Float64bits(math.Pow(p[0], p[1])))
	}
}

// Output:
// fff8000000000000
// 7ff8000000000001
// 7ff8000000000001
// 7ff8000000000001
