package main

type T struct{}

func (t *T) M() {}

func main() {
	T{}.M()
}

// Error:
// ./cerr_ptr_method_on_literal.go:8:6: cannot call pointer method M on T
