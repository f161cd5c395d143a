package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func flush() {
	fmt.Println(trace)
	trace = nil
}

func idx(s string, i int) int { trace = append(trace, "idx"+s); return i }

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	flush()
	x := []int{t("e1", 1), t("e2", 2), t("e3", 3)}
	flush()
	m := map[int]int{t("k1", 1): t("v1", 10), t("k2", 2): t("v2", 20)}
	flush()
	x[idx("L", 0)], x[idx("R", 1)] = t("r1", 100), t("r2", 200)
	flush()
	fmt.Println(x, len(m))
	f := func(a, b, c int) int { return a + b + c }
	_ = f(t("p1", 1), t("p2", 2), t("p3", 3))
	flush()
	_ = t("and1", 0) == 1 && t("and2", 1) == 1
	_ = t("or1", 1) == 1 || t("or2", 1) == 1
	_ = t("and3", 1) == 1 && t("and4", 1) == 1
	flush()
	arr := [3]int{}
	i := 0
	arr[i], i = 5, 2
	fmt.Println(arr, i)
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	s := []int{1, 2, 3}
	j := 0
	j, s[j] = 1, 9
	fmt.Println(j, s)
	fmt.Println(t("print1", 1), t("print2", 2))
	flush()
	var fs [3]func() int
	for k := range fs {
		fs[k] = func() int { return t(fmt.Sprint("fs", k), k) }
	}
	_ = fs[0]() + fs[2]() - fs[1]()
	flush()
	y := t("ret", 5)
	y += t("compound", 1)
	flush()
	fmt.Println(y)
}

// Output:
// [a b c]
// [e1 e2 e3]
// [k1 v1 k2 v2]
// [idxL idxR r1 r2]
// [100 200 3] 2
// [p1 p2 p3]
// [and1 or1 and3 and4]
// [5 0 0] 2
// 2 3
// 1 [9 2 3]
// 1 2
// [print1 print2]
// [fs0 fs2 fs1]
// [ret compound]
// 6
