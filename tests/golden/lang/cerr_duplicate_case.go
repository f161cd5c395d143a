package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("a")
	case 1:
		fmt.Println("b")
	}
}

// Error:
// ./cerr_duplicate_case.go:10:7: duplicate case 1 (constant of type int) in expression switch
// 	./cerr_duplicate_case.go:8:7: previous case
