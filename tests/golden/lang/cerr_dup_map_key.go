package main

func main() {
	m := map[string]int{"a": 1, "a": 2}
	_ = m
}

// Error:
// ./cerr_dup_map_key.go:4:30: duplicate key "a" in map literal
