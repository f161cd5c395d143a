package main

func main() {
	s := []int{1}
	s[0] := 2
}

// Error:
// ./cerr_non_name_on_left.go:5:2: non-name s[0] on left side of :=
