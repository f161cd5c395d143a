package main

type I interface{ M(int) int }
type T struct{}

func (T) M[X any](x X) X { return x }

func main() {
	var i I = T{}
	_ = i
}

// Error:
// ./cerr_generic_method_iface.go:9:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (wrong type for method M)
// 		have M[X any](X) X
// 		want M(int) int
