// sort: sort.Slice of a value that is not a slice panics as reflect does.
package main

import (
	"fmt"
	"sort"
)

func main() {
	fmt.Println("before")
	m := map[string]int{"a": 1}
	sort.Slice(m, func(i, j int) bool { return false })
	fmt.Println("not reached")
}

// Exit: 2
// Stderr:
// panic: reflect: call of Swapper on map Value
// Output:
// before
