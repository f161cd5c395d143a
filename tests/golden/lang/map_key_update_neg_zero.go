package main

import (
	"fmt"
	"math"
)

type K struct {
	F float64
	S string
}

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]string{0: "pos"}
	m[negz] = "neg"
	fmt.Println(len(m), m)
	for k := range m {
		fmt.Println(math.Signbit(k))
	}
	mk := map[K]int{{0, "a"}: 1}
	mk[K{negz, "a"}]++
	fmt.Println(mk)
	mi := map[interface{}]int{0.0: 1}
	mi[negz] = 2
	fmt.Println(mi)
	ma := map[[2]float64]bool{{0, 1}: true}
	ma[[2]float64{negz, 1}] = false
	fmt.Println(ma)
}

// Output:
// 1 map[-0:neg]
// true
// map[{-0 a}:2]
// map[-0:2]
// map[[-0 1]:false]
