package main

import (
	"fmt"
	"strings"
)

func main() {
	x := 1
	var x = 2
	fmt.Println(strings.toUpper("a"), strings.Nope, undefinedThing)
	var a, b int = "s", 2.5
	var i8 int8
	_ = i8 + 1000
	_ = x
	_, _ = a, b
}

// Error:
// ./cerr_several_on_one_line.go:10:6: x redeclared in this block
// 	./cerr_several_on_one_line.go:9:2: other declaration of x
// ./cerr_several_on_one_line.go:11:22: undefined: strings.toUpper (but have ToUpper)
// ./cerr_several_on_one_line.go:11:44: undefined: strings.Nope
// ./cerr_several_on_one_line.go:11:50: undefined: undefinedThing
// ./cerr_several_on_one_line.go:12:17: cannot use "s" (untyped string constant) as int value in variable declaration
// ./cerr_several_on_one_line.go:12:22: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)
// ./cerr_several_on_one_line.go:14:11: 1000 (untyped int constant) overflows int8
