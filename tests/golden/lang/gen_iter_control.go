package main

import "fmt"

func Pairs(yield func(string, int) bool) {
	data := []string{"x", "y", "z", "w"}
	for i, s := range data {
		if !yield(s, i) {
			return
		}
	}
}

func find(target string) (int, bool) {
	for s, i := range Pairs {
		if s == target {
			return i, true
		}
	}
	return -1, false
}

func nested() []string {
	var out []string
outer:
	for a, i := range Pairs {
		for b, j := range Pairs {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			out = append(out, a+b)
		}
	}
	return out
}

func deferInside() (log []string) {
	defer func() { log = append(log, "func end") }()
	for s := range Pairs {
		defer func() { log = append(log, "deferred "+s) }()
		if s == "y" {
			break
		}
	}
	log = append(log, "after loop")
	return
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.L.All(yield) && yield(t.V) && t.R.All(yield)
}

func (t *Tree) Seq() func(func(int) bool) {
	return func(yield func(int) bool) { t.All(yield) }
}

func main() {
	fmt.Println(find("z"))
	fmt.Println(find("q"))
	fmt.Println(nested())
	fmt.Println(deferInside())
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{nil, nil, 3}, nil, 4}, 2}
	for v := range t.Seq() {
		fmt.Print(v, " ")
		if v == 3 {
			break
		}
	}
	fmt.Println()
	total := 0
	for v := range t.Seq() {
		total += v
	}
	fmt.Println(total)
}

// Output:
// 2 true
// -1 false
// [xx yx yy zx zy zz]
// [after loop deferred y deferred x func end]
// 1 2 3 
// 10
