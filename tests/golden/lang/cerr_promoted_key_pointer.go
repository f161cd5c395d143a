package main

type H struct{ B string }
type G struct {
	N string
	*H
}

func main() {
	g := G{N: "x", B: "y"}
	_ = g
}

// Error:
// ./cerr_promoted_key_pointer.go:10:17: invalid implicit pointer indirection to reach B
