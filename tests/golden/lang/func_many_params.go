package main

import "fmt"

type Big struct {
	A, B, C, D, E, F, G, H int
	S               string
	Fl              float64
	Arr             [4]int16
}

func many(a int8, b int16, c int32, d int64, e uint8, f uint16, g uint32, h uint64,
	i float32, j float64, k string, l bool, m Big, n []int, o map[string]int) (int64, float64, string, Big, bool) {
	sum := int64(a) + int64(b) + int64(c) + d + int64(e) + int64(f) + int64(g) + int64(h)
	fl := float64(i) + j + m.Fl
	m.A += len(n) + len(o)
	m.Arr[3] = int16(sum)
	return sum, fl, k + m.S, m, !l
}

func bigByValue(b Big) Big {
	b.A, b.H = b.H, b.A
	b.Arr[0]++
	return b
}

func arr16(a [16]int) (s int, out [16]int) {
	for i, v := range a {
		s += v
		out[15-i] = v * 2
	}
	a[0] = 999
	return
}

func tenResults() (int, int, int, int, int, string, string, float64, bool, Big) {
	return 1, 2, 3, 4, 5, "six", "seven", 8.5, true, Big{S: "ten"}
}

func nested(x int) int {
	inner := func(a, b, c, d, e, f, g, h, i, j int) int {
		return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j + x
	}
	return inner(x, x+1, x+2, x+3, x+4, x+5, x+6, x+7, x+8, x+9)
}

func main() {
	b := Big{1, 2, 3, 4, 5, 6, 7, 8, "big", 0.25, [4]int16{1, 2, 3, 4}}
	s, f, str, nb, nl := many(-1, -2, -3, -4, 5, 6, 7, 8, 1.5, 2.25, "k", true, b, []int{1, 2}, map[string]int{"a": 1})
	fmt.Println(s, f, str, nl)
	fmt.Printf("%+v\n", nb)
	fmt.Printf("%+v\n", b)
	fmt.Printf("%+v\n", bigByValue(b))
	var a [16]int
	for i := range a {
		a[i] = i + 1
	}
	sum, out := arr16(a)
	fmt.Println(sum, out, a[0])
	fmt.Println(tenResults())
	r1, _, r3, _, _, r6, _, r8, r9, r10 := tenResults()
	fmt.Println(r1, r3, r6, r8, r9, r10.S)
	fmt.Println(nested(1), nested(-5))
	total := 0
	for i := 0; i < 100; i++ {
		total += nested(i)
	}
	fmt.Println(total)
}

// Output:
// 16 4 kbig false
// {A:4 B:2 C:3 D:4 E:5 F:6 G:7 H:8 S:big Fl:0.25 Arr:[1 2 3 16]}
// {A:1 B:2 C:3 D:4 E:5 F:6 G:7 H:8 S:big Fl:0.25 Arr:[1 2 3 4]}
// {A:8 B:2 C:3 D:4 E:5 F:6 G:7 H:1 S:big Fl:0.25 Arr:[2 2 3 4]}
// 136 [32 30 28 26 24 22 20 18 16 14 12 10 8 6 4 2] 1
// 1 2 3 4 5 six seven 8.5 true {0 0 0 0 0 0 0 0 ten 0 [0 0 0 0]}
// 1 3 six 8.5 true ten
// 386 50
// 310200
