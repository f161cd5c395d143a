package main

func main() {
	a := [3]int{}
	_ = a[5]
}

// Error:
// ./cerr_index_const_oob.go:5:8: invalid argument: index 5 out of bounds [0:3]
