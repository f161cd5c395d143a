package main

func main() {
	panic(1.5)
}

// Exit: 2
// Stderr:
// panic: 1.5
// Output:
