package main

type P struct{ X int }

func main() {
	_ = P{Z: 1}
}

// Error:
// ./cerr_struct_unknown_field.go:6:8: unknown field Z in struct literal of type P
