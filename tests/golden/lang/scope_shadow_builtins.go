package main

import "fmt"

type string2 = string

func main() {
	len := func(s string2) int { return 42 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true, !true)
	}
	cap := 3
	fmt.Println(cap)
	{
		type int float64
		var x int = 1.5
		fmt.Println(x)
	}
	new := "new is a string"
	fmt.Println(new)
	iota := 5
	fmt.Println(iota)
	var nilVal interface{}
	{
		nil := 0
		fmt.Println(nil)
	}
	fmt.Println(nilVal == nil)
	x := 1
	func() {
		x := x + 1
		x++
		fmt.Println("inner", x)
	}()
	fmt.Println("outer", x)
	for x := 0; x < 2; x++ {
		x := x + 10
		fmt.Print(x, " ")
	}
	fmt.Println()
	if x := "str"; len(x) > 0 {
		fmt.Println(x)
	}
	print := fmt.Sprintf
	fmt.Println(print("%d", 7))
	string := 3
	fmt.Println(string + 1)
}

// Output:
// 42
// false true
// 3
// 1.5
// new is a string
// 5
// 0
// true
// inner 3
// outer 1
// 10 11 
// str
// 7
// 4
