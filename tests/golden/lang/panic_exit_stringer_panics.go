package main

type S struct{}

func (S) String() string { panic("bad stringer") }

func main() {
	panic(S{})
}

// Exit: 2
// Stderr:
// fatal error: panic while printing panic value: bad stringer
// Output:
