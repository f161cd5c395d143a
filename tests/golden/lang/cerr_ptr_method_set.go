package main

type I interface{ M() }

type T struct{}

func (t *T) M() {}

func main() {
	var i I = T{}
	_ = i
}

// Error:
// ./cerr_ptr_method_set.go:10:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)
