package main

import (
	"fmt"
	"strconv"
)

func void() {}

func main() {
	h, i := strconv.Itoa(1)
	j, k := int(3.0), 2, 1
	var l, m = len("ab")
	n, o := (strconv.Quote("x"))
	var s = []int{}
	p, q := s[0]
	fmt.Println(h, i, j, k, l, m, n, o, p, q)
	r, t := void()
	_, _ = r, t
}

// Error:
// ./cerr_assign_mismatch_call.go:11:10: assignment mismatch: 2 variables but strconv.Itoa returns 1 value
// ./cerr_assign_mismatch_call.go:12:10: assignment mismatch: 2 variables but 3 values
// ./cerr_assign_mismatch_call.go:13:13: assignment mismatch: 2 variables but len returns 1 value
// ./cerr_assign_mismatch_call.go:14:10: assignment mismatch: 2 variables but strconv.Quote returns 1 value
// ./cerr_assign_mismatch_call.go:16:10: assignment mismatch: 2 variables but 1 value
// ./cerr_assign_mismatch_call.go:18:10: void() (no value) used as value
