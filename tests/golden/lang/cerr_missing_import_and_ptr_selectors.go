package main

import "fmt"

func f[T any](p *T) {
	p.Foo()
}

type I interface{ M() }

func main() {
	var q *I
	q.M()
	var x strings.Builder
	var y = bytes.Buffer{}
	fmt.Println(x, y, os.Args)
}

type T struct{ x int }

func (t T) Get() int { return t.x }

func g() {
	var wg sync.WaitGroup
	var p **T
	p.Get()
	_ = wg
}

// Error:
// ./cerr_missing_import_and_ptr_selectors.go:6:4: p.Foo undefined (type *T is pointer to type parameter, not type parameter)
// ./cerr_missing_import_and_ptr_selectors.go:13:4: q.M undefined (type *I is pointer to interface, not interface)
// ./cerr_missing_import_and_ptr_selectors.go:14:8: undefined: strings
// ./cerr_missing_import_and_ptr_selectors.go:15:10: undefined: bytes
// ./cerr_missing_import_and_ptr_selectors.go:16:20: undefined: os
// ./cerr_missing_import_and_ptr_selectors.go:24:9: undefined: sync
// ./cerr_missing_import_and_ptr_selectors.go:26:4: p.Get undefined (type **T has no field or method Get)
