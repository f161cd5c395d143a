package main

type MyStr string

func main() {
	panic(MyStr("typed string"))
}

// Exit: 2
// Stderr:
// panic: main.MyStr("typed string")
// Output:
