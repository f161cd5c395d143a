package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func find(xs []string, want string) (idx int, ok bool) {
	for i, s := range Pairs(xs) {
		if s == want {
			return i, true
		}
	}
	return -1, false
}

func named() (r int) {
	for i := range Count(10) {
		r += i
		if i == 4 {
			return
		}
	}
	return 100
}

func withDefer() (out []string) {
	defer func() { out = append(out, "deferred") }()
	for i := range Count(3) {
		defer func() { out = append(out, fmt.Sprint("d", i)) }()
	}
	return []string{"body"}
}

func main() {
	sum := 0
	for i := range Count(5) {
		sum += i
	}
	fmt.Println("sum", sum)
	for i := range Count(10) {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println(find([]string{"a", "b", "c"}, "b"))
	fmt.Println(find([]string{"a", "b", "c"}, "z"))
	fmt.Println(named())
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	k := -1
	for k = range Count(4) {
	}
	fmt.Println("k", k)
	for range Count(2) {
		fmt.Println("tick")
	}
	fmt.Println(withDefer())
	sw := 0
	for i := range Count(5) {
		switch {
		case i == 3:
			break
		default:
			sw += i
		}
	}
	fmt.Println("sw", sw)
	defer func() { fmt.Println("recovered:", recover()) }()
	var saved func(int) bool
	for i := range func(yield func(int) bool) { saved = yield; yield(1) } {
		_ = i
		break
	}
	saved(2)
}

// Output:
// sum 10
// 1 3 5 7 
// 1 true
// -1 false
// 10
// 0 0
// 0 1
// 1 0
// 1 1
// 0 10 20 
// k 3
// tick
// tick
// [body d2 d1 d0 deferred]
// sw 7
// recovered: runtime error: range function continued iteration after whole loop exit
