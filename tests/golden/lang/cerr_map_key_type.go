package main

func main() {
	m := map[[]int]string{}
	_ = m
}

// Error:
// ./cerr_map_key_type.go:4:11: invalid map key type []int
