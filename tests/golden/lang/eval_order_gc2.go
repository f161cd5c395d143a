package main

import "fmt"

type S struct{ n int }

func (s *S) Get() int { return s.n }
func (s *S) Bump() int { s.n += 100; return 1 }

func main() {
	x := 1
	f := func() int { x += 10; return 100 }
	fmt.Println("min", min(x, 50)+f())
	x = 1
	fmt.Println("conv", float64(x)+float64(f()))
	x = 1
	fmt.Println("neg", -x+f())
	x = 1
	b := false
	bf := func() bool { x = 7; return true }
	fmt.Println("andand inner", x+func() int {
		if b || bf() {
			return 0
		}
		return 1
	}())
	x = 1
	fmt.Println("logical hoist", (x == 1 && bf()), x)
	x = 1
	fmt.Println("logical hoist2", x, (x == 1 && bf()))
	x = 1
	sl := []int{1, 2, 3}
	lf := func() int { sl = append(sl, 4, 5); return 0 }
	fmt.Println("cap", cap(sl) > 3, lf())
	fmt.Println("len mid", x, len(sl), lf(), len(sl))
	s := &S{1}
	fmt.Println("method", s.n+s.Bump(), s.Get()+s.Bump())
	arr := []int{5, 6, 7}
	idx := 0
	af := func() int { idx = 2; return 0 }
	fmt.Println("index via call", arr[idx]+af())
	idx = 0
	fmt.Println("slice expr", arr[idx:]) // no call
	idx = 0
	fmt.Println("slice expr call", arr[idx:], af())
	idx = 0
	gf := func() []int { idx = 1; return arr }
	fmt.Println("call result index", gf()[idx])
	m := map[string]int{}
	k := "a"
	kf := func() int { k = "b"; return 1 }
	m[k] = kf()
	fmt.Println("map assign", m)
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	y := 1
	yf := func() int { y = 9; return 0 }
	fmt.Println("recv", y+<-ch+yf(), y)
	var iface any = x
	x = 1
	fmt.Println("box", any(x), f(), iface != nil)
	x = 1
	ptr := &x
	fmt.Println("deref in arg", *ptr, f())
	str := "ab"
	strf := func() int { str = "xyz"; return 0 }
	fmt.Println("len str", len(str)+strf(), str[0])
	x = 1
	type T struct{ a [2]int }
	t := T{[2]int{1, 2}}
	tf := func() int { t.a[0] = 99; return 0 }
	fmt.Println("array field", t.a[0]+tf(), t)
	x = 1
	var fn func() int = f
	fmt.Println("func value call", x+fn())
	x = 1
	defer fmt.Println("defer args", x, f())
	x = 1
	go func(a, b int) {}(x, f())
	fmt.Println("after go", x)
}

// Output:
// min 101
// conv 111
// neg 89
// andand inner 7
// logical hoist true 7
// logical hoist2 7 true
// cap false 0
// len mid 1 5 0 7
// method 202 102
// index via call 7
// slice expr [5 6 7]
// slice expr call [5 6 7] 0
// call result index 6
// map assign map[b:1]
// recv 10 9
// box 11 100 true
// deref in arg 11 100
// len str 2 120
// array field 99 {[99 2]}
// func value call 111
// after go 11
// defer args 11 100
