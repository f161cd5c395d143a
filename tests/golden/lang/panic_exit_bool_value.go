package main

func main() {
	panic(false)
}

// Exit: 2
// Stderr:
// panic: false
// Output:
