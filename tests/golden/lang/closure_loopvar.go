package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			continue
		}
		hs = append(hs, func() int { return i * 10 })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	var ks []func() int
	for i := range 4 {
		ks = append(ks, func() int { return -i })
	}
	for _, k := range ks {
		fmt.Print(k(), " ")
	}
	fmt.Println()
	var mod []func()
	for i := 0; i < 3; i++ {
		mod = append(mod, func() { i += 100 })
		mod[len(mod)-1]()
		fmt.Print(i, " ")
	}
	fmt.Println()
	j := 0
	var js []func() int
	for j < 3 {
		js = append(js, func() int { return j })
		j++
	}
	for _, f := range js {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// Output:
// 0 1 2 
// 0 1 2 
// abc
// 20 40 60 
// 0 -1 -2 -3 
// 100 
// 3 3 3 
