package main

func main() {
	s := []int{1, 2, 3, 4}
	_ = s[3:1]
	_ = s[:3:2]
	_ = s[2:3:1]
	_ = s[1:2:3]
	i := 3
	_ = s[i:1]
	_ = s[3:i:1]
	_ = s[true]
	var str string
	_ = s[str]
}

// Error:
// ./cerr_slice_index_order.go:5:10: invalid slice indices: 1 < 3
// ./cerr_slice_index_order.go:6:11: invalid slice indices: 2 < 3
// ./cerr_slice_index_order.go:7:12: invalid slice indices: 1 < 2
// ./cerr_slice_index_order.go:11:12: invalid slice indices: 1 < 3
// ./cerr_slice_index_order.go:12:8: cannot convert true (untyped bool constant) to type int
// ./cerr_slice_index_order.go:14:8: invalid argument: index str (variable of type string) must be integer
