package main

type Stringer interface{ String() string }

func show(s Stringer) {}

func main() {
	show(42)
}

// Error:
// ./cerr_wrong_iface_arg.go:8:7: cannot use 42 (constant of type int) as Stringer value in argument to show: int does not implement Stringer (missing method String)
