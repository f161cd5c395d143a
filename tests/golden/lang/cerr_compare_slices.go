package main

func main() {
	a := []int{1}
	b := []int{1}
	_ = a == b
}

// Error:
// ./cerr_compare_slices.go:6:6: invalid operation: a == b (slice can only be compared to nil)
