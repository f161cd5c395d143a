package main

type P struct{ X int }

func main() {
	m := map[string]P{}
	m["a"].X = 1
}

// Error:
// ./cerr_assign_to_map_struct_field.go:7:2: cannot assign to struct field m["a"].X in map
