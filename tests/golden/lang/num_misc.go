package main

import "fmt"

func main() {
	var x uint8 = 1
	for i := 0; i < 10; i++ {
		x <<= 1
		x |= 1
	}
	fmt.Println(x)
	a := []float64{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a)
	var f32 float32 = 1 << 24
	f32++
	fmt.Println(f32)
	i := 1 << 62
	i *= 4
	fmt.Println(i)
	var i32 int32 = -8
	fmt.Println(i32>>1, uint32(i32)>>1, i32<<29)
	var c complex64 = 1 + 1i
	c *= c
	fmt.Println(c)
	d := 7
	d = -d
	fmt.Println(d/2, d%2, d>>1, -d>>1)
	e := 0.1
	g := float32(e)
	fmt.Println(float64(g) == e, g == 0.1)
	h := int64(1<<63 - 1)
	fmt.Println(float64(h), int64(float64(h/2)))
	k := uint32(1 << 31)
	fmt.Println(int32(k), int64(int32(k)), uint64(k))
	fmt.Println(5.0/3, float32(5.0)/3, 5/3)
	fmt.Println(len("日本"), "日本"[1], string("日本"[0]))
}

// Output:
// 255
// [100 2 3]
// 1.6777216e+07
// 0
// -4 2147483644 0
// (0+2i)
// -3 -1 -4 3
// false true
// 9.223372036854776e+18 4611686018427387904
// -2147483648 -2147483648 2147483648
// 1.6666666666666667 1.6666666 1
// 6 151 æ
