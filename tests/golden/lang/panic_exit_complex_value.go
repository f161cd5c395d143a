package main

func main() {
	panic(complex(1, -2))
}

// Exit: 2
// Stderr:
// panic: (1-2i)
// Output:
