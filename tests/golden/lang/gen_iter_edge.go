package main

import "fmt"

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  seq cleanup", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func nestedReturn() (int, int) {
	for i := range Seq(5) {
		for j := range Seq(5) {
			if i*j == 6 {
				return i, j
			}
		}
	}
	return -1, -1
}

func panicInBody() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	for i := range Seq(10) {
		if i == 2 {
			panic("body panic at 2")
		}
	}
	return "unreachable"
}

func gotoOut() int {
	n := 0
	for i := range Seq(10) {
		n += i
		if i == 3 {
			goto out
		}
	}
out:
	return n
}

func deferInBody() {
	for i := range Seq(3) {
		defer fmt.Println("  deferred from body", i)
	}
	fmt.Println("  deferInBody end")
}

func main() {
	fmt.Println(nestedReturn())
	fmt.Println(panicInBody())
	fmt.Println(gotoOut())
	deferInBody()
	sum := 0
	for k, v := range Pairs(5) {
		sum += k * v
	}
	fmt.Println("sum", sum)
	var fs []func() int
	for i := range Seq(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for k := range Pairs(3) {
		fmt.Print(k, " ")
	}
	fmt.Println()
outer:
	for i := range Seq(3) {
		for j := range Seq(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("  pair", i, j)
		}
	}
	fmt.Println("done")
}

// Output:
//   seq cleanup 5
//   seq cleanup 5
//   seq cleanup 5
//   seq cleanup 5
// 2 3
//   seq cleanup 10
// recovered: body panic at 2
//   seq cleanup 10
// 6
//   seq cleanup 3
//   deferInBody end
//   deferred from body 2
//   deferred from body 1
//   deferred from body 0
// sum 100
//   seq cleanup 3
// 0 10 20 
// 0 1 2 
//   pair 0 0
//   seq cleanup 3
//   pair 1 0
//   seq cleanup 3
//   seq cleanup 3
//   seq cleanup 3
// done
