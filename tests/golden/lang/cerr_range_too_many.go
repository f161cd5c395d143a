package main

func main() {
	for i, v, w := range []int{1} {
		_, _, _ = i, v, w
	}
}

// Error:
// ./cerr_range_too_many.go:4:12: range clause permits at most two iteration variables
// ./cerr_range_too_many.go:5:19: undefined: w
