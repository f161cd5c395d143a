package main

type P struct{ X int }

func main() {
	var x interface{} = 5
	var p, q P
	var b1, b2 bool
	var s1, s2 []int
	var pp *int
	var m map[int]int
	var c chan int
	var f func()
	_ = x < 1
	_ = p < q
	_ = b1 < b2
	_ = s1 < s2
	_ = pp < pp
	_ = m > nil
	_ = c <= c
	_ = f < nil
	_ = x > x
}

// Error:
// ./cerr_ordered_compare_kinds.go:14:6: invalid operation: x < 1 (operator < not defined on interface)
// ./cerr_ordered_compare_kinds.go:15:6: invalid operation: p < q (operator < not defined on struct)
// ./cerr_ordered_compare_kinds.go:16:6: invalid operation: b1 < b2 (operator < not defined on bool)
// ./cerr_ordered_compare_kinds.go:17:6: invalid operation: s1 < s2 (operator < not defined on slice)
// ./cerr_ordered_compare_kinds.go:18:6: invalid operation: pp < pp (operator < not defined on pointer)
// ./cerr_ordered_compare_kinds.go:19:6: invalid operation: m > nil (operator > not defined on map)
// ./cerr_ordered_compare_kinds.go:20:6: invalid operation: c <= c (operator <= not defined on chan)
// ./cerr_ordered_compare_kinds.go:21:6: invalid operation: f < nil (operator < not defined on func)
// ./cerr_ordered_compare_kinds.go:22:6: invalid operation: x > x (operator > not defined on interface)
