package main

type H struct{ B string }
type L struct {
	H
	X int
}

func main() {
	l := L{B: "p", B: "q"}
	_ = l
	m := L{H: H{}, B: "q"}
	_ = m
	n := L{Y: 1}
	_ = n
	o := L{B: "a", H: H{}}
	_ = o
}

// Error:
// ./cerr_promoted_key_conflicts.go:10:17: duplicate field name B in struct literal
// ./cerr_promoted_key_conflicts.go:12:17: cannot specify promoted field B and enclosing embedded field H
// ./cerr_promoted_key_conflicts.go:14:9: unknown field Y in struct literal of type L
// ./cerr_promoted_key_conflicts.go:16:17: cannot specify embedded field H and enclosed promoted field B
