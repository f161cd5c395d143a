package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(v int) { t.n = v }

func main() {
	fmt.Println(T.n)
	f := T.Set
	g := T.get
	h := T.Nope
	k := (*T).Get
	fmt.Println(f, g, h, k)
}

// Error:
// ./cerr_method_expr_msgs.go:11:14: operand for field selector n must be value of type T
// ./cerr_method_expr_msgs.go:12:9: invalid method expression T.Set (needs pointer receiver (*T).Set)
// ./cerr_method_expr_msgs.go:13:9: T.get undefined (type T has no field or method get, but does have method Get)
// ./cerr_method_expr_msgs.go:14:9: T.Nope undefined (type T has no field or method Nope)
