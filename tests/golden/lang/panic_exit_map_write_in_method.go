package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string) { r.items[k]++ }

func main() {
	r := &Registry{}
	fmt.Println(len(r.items), r.items["x"])
	r.Add("x")
}

// Exit: 2
// Stderr:
// panic: assignment to entry in nil map
// Output:
// 0 0
