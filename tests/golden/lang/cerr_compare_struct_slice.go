package main

type S struct{ a []int }

func main() {
	_ = S{} == S{}
}

// Error:
// ./cerr_compare_struct_slice.go:6:6: invalid operation: S{} == S{} (struct containing []int cannot be compared)
