package main

type Shape interface{ Area() float64 }

type Sq struct{}

func main() {
	var s Shape = Sq{}
	_ = s
}

// Error:
// ./cerr_not_interface_impl.go:8:16: cannot use Sq{} (value of struct type Sq) as Shape value in variable declaration: Sq does not implement Shape (missing method Area)
