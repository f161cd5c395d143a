package main

import "fmt"

var counter int
var name = "mvm"
var table = make([]int, 4)

const (
	A = iota
	B
	C
	D = "d"
)

const Pi = 3.14159

var x, y = 10, 20

func bump() int {
	counter++
	return counter
}

func main() {
	bump()
	bump()
	fmt.Println(counter, name, table, A, B, C, D, Pi, x+y)
	table[2] = bump()
	fmt.Println(table)
}

// Output:
// 2 mvm [0 0 0 0] 0 1 2 d 3.14159 30
// [0 0 3 0]
