package main

func main() {
	println("hi", 1, true, 2.5)
	print("a", "b\n")
	var x int64 = -5
	println(x, uint8(3))
}

// Stderr:
// hi 1 true 2.5
// ab
// -5 3
// Output:
