package main

import "fmt"

func main() {
	str := "ab"
	sf := func() int { str = "xyz"; return 0 }
	fmt.Println("str arg", str, sf())
	sl := []int{1}
	slf := func() int { sl = []int{2, 3}; return 0 }
	fmt.Println("slice arg", sl, slf())
	type P struct{ a, b int }
	p := P{1, 2}
	pf := func() int { p = P{7, 8}; return 0 }
	fmt.Println("struct arg", p, pf())
	fl := 1.5
	ff := func() int { fl = 2.5; return 0 }
	fmt.Println("float arg", fl, ff())
	var e error
	ef := func() int { e = fmt.Errorf("x"); return 0 }
	fmt.Println("iface arg", e, ef())
	x := 1
	xf := func() int { x = 2; return 0 }
	var a any = x
	_ = a
	fmt.Println("int arg", x, xf())
	var sum []int
	sum = append(sum, x, xf())
	fmt.Println("append args", sum)
	x = 1
	fmt.Printf("%d %d\n", x, xf())
	x = 1
	s2 := fmt.Sprint(x, xf())
	fmt.Println(s2)
}

// Output:
// str arg xyz 0
// slice arg [2 3] 0
// struct arg {1 2} 0
// float arg 2.5 0
// iface arg x 0
// int arg 2 0
// append args [2 0]
// 2 0
// 2 0
