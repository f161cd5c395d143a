package main

func main() {
	a := []int{1}
	b := []string{"x"}
	copy(a, b)
}

// Error:
// ./cerr_copy_type_mismatch.go:6:7: invalid copy: arguments a (variable of type []int) and b (variable of type []string) have different element types int and string
