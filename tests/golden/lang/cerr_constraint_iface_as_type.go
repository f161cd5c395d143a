package main

import "fmt"

type Num interface{ ~int | ~float64 }

type Pair struct {
	a Num
	b comparable
}

var g Num

func f(x Num) []Num { return nil }

func main() {
	var s Num
	var m map[string]Num
	var c comparable
	fmt.Println(s, m, c, g, f)
}

// Error:
// ./cerr_constraint_iface_as_type.go:8:4: cannot use type Num outside a type constraint: interface contains type constraints
// ./cerr_constraint_iface_as_type.go:9:4: cannot use type comparable outside a type constraint: interface is (or embeds) comparable
// ./cerr_constraint_iface_as_type.go:12:7: cannot use type Num outside a type constraint: interface contains type constraints
// ./cerr_constraint_iface_as_type.go:14:10: cannot use type Num outside a type constraint: interface contains type constraints
// ./cerr_constraint_iface_as_type.go:17:8: cannot use type Num outside a type constraint: interface contains type constraints
// ./cerr_constraint_iface_as_type.go:18:19: cannot use type Num outside a type constraint: interface contains type constraints
// ./cerr_constraint_iface_as_type.go:19:8: cannot use type comparable outside a type constraint: interface is (or embeds) comparable
