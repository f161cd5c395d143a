package main

type A struct{ x int }
type B struct{ x int }

func main() {
	var i interface{} = &A{1}
	_ = i.(*B)
}

// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is *main.A, not *main.B
// Output:
