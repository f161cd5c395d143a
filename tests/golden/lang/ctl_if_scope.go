package main

import "fmt"

var x = "package"

func get() (int, bool) { return 5, true }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x = "modified block"
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	} else {
		fmt.Println("else", x, y)
	}
	if v, ok := get(); ok {
		fmt.Println("got", v)
	}
	if n := 0; n > 0 {
		fmt.Println("pos")
	} else if m := n - 1; m < 0 {
		fmt.Println("neg", n, m)
	}
	for i := 0; i < 2; i++ {
		x := i
		x++
		fmt.Print(x, " ")
	}
	fmt.Println()
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	fmt := "shadowed fmt"
	_ = fmt
	println2(fmt)
	type int32 = string
	var s int32 = "int32 is a string here"
	println2(s)
}

func println2(s string) { fmt.Println(s) }

// Output:
// package
// main
// block
// modified block
// modified block
// main
// if 1
// got 5
// neg 0 -1
// 1 2 
// outer
// shadowed fmt
// int32 is a string here
