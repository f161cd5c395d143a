package main

import "fmt"

type P struct{ X, Y int }

var g = 1

func main() {
	x := 1
	f := func() int { x += 10; g += 10; return 100 }
	fmt.Println("local+call", x+f())
	x = 1
	fmt.Println("call+local", f()+x)
	x = 1
	fmt.Println("println args", x, f(), x)
	x = 1
	arr := []int{x, f(), x}
	fmt.Println("slice lit", arr)
	g = 1
	fmt.Println("global+call", g+f())

	a := []int{1, 2}
	h := func() int { a[0] = 50; return 7 }
	fmt.Println("index+call", a[0]+h())
	a[0] = 1
	arr2 := [2]int{1, 2}
	k := func() int { arr2[0] = 60; return 7 }
	fmt.Println("array index+call", arr2[0]+k())

	p := &P{1, 2}
	q := func() int { p.X = 40; return 3 }
	fmt.Println("field+call", p.X+q())
	v := P{1, 2}
	r := func() int { v.X = 40; return 3 }
	fmt.Println("value field+call", v.X+r())

	m := map[string]int{"k": 1}
	mf := func() int { m["k"] = 9; return 2 }
	fmt.Println("map+call", m["k"]+mf())

	s := "a"
	sf := func() string { s = "zz"; return "b" }
	fmt.Println("concat", s+sf())
	s = "a"
	fmt.Println("concat3", s+sf()+s)

	ptr := new(int)
	*ptr = 1
	pf := func() int { *ptr = 30; return 1 }
	fmt.Println("deref+call", *ptr+pf())

	sl := []int{1, 2, 3}
	lf := func() int { sl = append(sl, 4); return 0 }
	fmt.Println("len+call", len(sl)+lf())

	y := 1
	yf := func() int { y = 5; return 1 }
	y2 := y*2 + yf()
	fmt.Println("expr", y2)

	// assignment
	z := []int{0, 0, 0}
	i := 0
	inc := func() int { i++; return i }
	z[i] = inc()
	fmt.Println("assign index", z, i)
	i = 0
	z[i], i = inc(), 2
	fmt.Println("tuple assign", z, i)

	// return statements and compound assignment
	c := 1
	cf := func() int { c = 7; return 1 }
	c += cf()
	fmt.Println("compound", c)

	type T struct{ A, B int }
	w := 1
	wf := func() int { w = 8; return 2 }
	t := T{w, wf()}
	fmt.Println("struct lit", t)
	mm := map[int]int{w: wf()}
	fmt.Println("map lit", mm)

	cond := 1
	cfn := func() bool { cond = 2; return true }
	fmt.Println("andand", cond == 1 && cfn(), cond)

	e := 1
	ef := func() int { e = 3; return 1 }
	if e+ef() == 2 {
		fmt.Println("if cond: read before")
	} else {
		fmt.Println("if cond: read after")
	}
	e = 1
	switch e + ef() {
	case 2:
		fmt.Println("switch: before")
	default:
		fmt.Println("switch: after")
	}
	e = 1
	ret := func() (int, int) { return e, ef() }
	fmt.Println(ret())
	ch := make(chan int, 1)
	ch <- 5
	rv := 1
	fmt.Println("recv", rv+<-ch)
}

// Output:
// local+call 111
// call+local 111
// println args 11 100 11
// slice lit [11 100 11]
// global+call 111
// index+call 57
// array index+call 67
// field+call 43
// value field+call 43
// map+call 11
// concat zzb
// concat3 zzbzz
// deref+call 31
// len+call 3
// expr 11
// assign index [0 1 0] 1
// tuple assign [0 1 0] 2
// compound 8
// struct lit {8 2}
// map lit map[8:2]
// andand true 2
// if cond: read after
// switch: after
// 3 1
// recv 6
