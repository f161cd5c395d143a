// Control flow the tree-walker implements structurally: gotos forward and
// backward within and out of nested blocks, labeled break and continue
// across switches, fallthrough chains, and branches out of range-over-func
// loop bodies.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func findPair(xs [][]int, want int) (int, int) {
	for i, row := range xs {
		for j, v := range row {
			if v == want {
				return i, j
			}
		}
	}
	return -1, -1
}

func gotos() []int {
	var out []int
	i := 0
loop:
	if i < 5 {
		out = append(out, i)
		i++
		goto loop
	}
	for j := 0; j < 10; j++ {
		for k := 0; k < 10; k++ {
			if j*k == 12 {
				out = append(out, j, k)
				goto done
			}
		}
	}
done:
	{
		n := 0
	again:
		n++
		if n < 3 {
			goto again
		}
		out = append(out, n)
	}
	goto skip
skip:
	return out
}

func switches() string {
	s := ""
outer:
	for i := 0; i < 6; i++ {
		switch {
		case i == 1:
			continue outer
		case i == 4:
			break outer
		case i%2 == 0:
			s += "e"
			fallthrough
		case i > 100:
			s += "f"
			fallthrough
		default:
			s += fmt.Sprint(i)
		}
		switch i {
		case 2:
			break
		}
		s += ","
	}
	return s
}

func rangeFuncBranches() []string {
	var out []string
outer:
	for i := range seq(4) {
		for j := range seq(4) {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			if i == 2 && j == 1 {
				goto after
			}
			out = append(out, fmt.Sprint(i, j))
		}
	}
after:
	out = append(out, "after")
	for v := range seq(10) {
		if v == 3 {
			out = append(out, "ret")
			return out
		}
	}
	return nil
}

func main() {
	fmt.Println(findPair([][]int{{1, 2}, {3, 4, 5}}, 5))
	fmt.Println(gotos())
	fmt.Println(switches())
	fmt.Println(rangeFuncBranches())
	var typed interface{} = 3.5
	for n := 0; n < 2; n++ {
		switch v := typed.(type) {
		case int:
			fmt.Println("int", v)
		case float64, float32:
			fmt.Println("float", v)
			if n == 0 {
				break
			}
			fmt.Println("second")
		}
	}
}

// Output:
// 1 2
// [0 1 2 3 4 2 6 3]
// ef0,ef2,3,
// [0 0 0 1 1 0 1 1 2 0 after ret]
// float 3.5
// float 3.5
// second
