package main

import "fmt"

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%s|%10s|%-10s|%v\n", "go", "go", "go", "go")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%f|%.2f|%10.3f|%-10.1f|%e|%g\n", 3.14159, 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%v %v %v\n", 1, 2.5, "s")
	fmt.Printf("%c %q %U\n", 'A', 'B', 0x1F600)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%v\n", []string{"a", "b"})
	fmt.Printf("%x %X\n", "hi", []byte("hi"))
	fmt.Printf("%8.3f|%+d|% d\n", -2.5, 5, 5)
	fmt.Println(fmt.Sprintf("%03d-%s", 7, "x"))
	fmt.Print("a", 1, 2, "b", "c", 3.5, "\n")
}

// Output:
// 42|   42|42   |00042|ff|FF|10|101
// go|        go|go        |go
// true false
// 3.141590|3.14|     3.142|3.1       |1.234568e+03|1.2e-05
// 1 2.5 s
// A 'B' U+1F600
// 50%
// [a b]
// 6869 6869
//   -2.500|+5| 5
// 007-x
// a1 2bc3.5
