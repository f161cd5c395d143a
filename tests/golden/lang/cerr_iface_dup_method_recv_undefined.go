package main

import "fmt"

type I interface {
	M()
	N() int
	M()
}

func (p *Point) Move()       {}
func (s Stack[T]) Len() int  {}
func (i *int) Double() int   { return 0 }
func (s (Shape)) Area() int  { return 0 }

func main() {
	var i I
	fmt.Println(i)
}

// Error:
// ./cerr_iface_dup_method_recv_undefined.go:8:2: duplicate method M
// 	./cerr_iface_dup_method_recv_undefined.go:6:2: other declaration of method M
// ./cerr_iface_dup_method_recv_undefined.go:11:10: undefined: Point
// ./cerr_iface_dup_method_recv_undefined.go:12:9: undefined: Stack
// ./cerr_iface_dup_method_recv_undefined.go:12:31: missing return
// ./cerr_iface_dup_method_recv_undefined.go:13:10: cannot define new methods on non-local type int
// ./cerr_iface_dup_method_recv_undefined.go:14:10: undefined: Shape
