package main

import "fmt"

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
	fmt.Println(inf > 1e308, ninf < -1e308, inf == inf, inf-inf)
	fmt.Println(inf*0, inf+ninf, -nan)
	negz := -zero
	fmt.Println(negz, 1/negz, negz == zero)
	fmt.Printf("%v %f %e %g\n", inf, ninf, nan, inf)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	x := 1e308
	fmt.Println(x*10, -x*10)
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan) == float32(nan))
	fmt.Println(min(1.0, nan), max(nan, 2.0), min(inf, 3), max(ninf, -3))
	fmt.Println(min(negz, zero), max(negz, zero))
	isNaN := func(f float64) bool { return f != f }
	fmt.Println(isNaN(nan), isNaN(inf), isNaN(1))
}

// Output:
// +Inf -Inf NaN
// false true false false false
// true true true NaN
// NaN NaN NaN
// -0 -Inf true
// +Inf -Inf NaN +Inf
// 2 0
// +Inf -Inf
// +Inf false
// NaN NaN 3 -3
// -0 0
// true false false
