// Output written before an unrecovered panic is flushed.
package main

import (
	"fmt"
	"os"
)

type T struct{}

func (T) String() string { panic("in String") }

func main() {
	fmt.Println("before", T{})
	fmt.Printf("%v|%s\n", T{}, (*T)(nil))
	os.Stdout.WriteString("via os.Stdout\n")
	var m map[string]int
	m["x"] = 1
}

// Exit: 2
// Stderr:
// panic: assignment to entry in nil map
// Output:
// before %!v(PANIC=String method: in String)
// %!v(PANIC=String method: in String)|<nil>
// via os.Stdout
