package main

import "fmt"

func main() {
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()
	func() {
		for _, s := range []string{"x", "y"} {
			defer func() { fmt.Print(s, " ") }()
		}
	}()
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()
	var fs []func()
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		fs = append(fs, func() { fmt.Print(i, ":", j, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	counter := 0
	var gs []func() int
	for counter < 3 {
		c := counter
		gs = append(gs, func() int { return c * 100 })
		counter++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	m := map[int]func() int{}
	for k, v := range []int{5, 6, 7} {
		m[k] = func() int { return k*10 + v }
	}
	fmt.Println(m[0](), m[1](), m[2]())
}

// Output:
// d2 d1 d0 
// y x 
// 012
// 0:10 1:9 2:8 
// 0 100 200 
// 5 16 27
