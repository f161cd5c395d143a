package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

func worker(wg *sync.WaitGroup) { wg.Done() }

func main() {
	var wg sync.WaitGroup
	worker(wg)
	wg.add(1)
	var n int = strconv.NumError{}
	fmt.println("y")
	var b strings.builder
	fmt.Println(strings.toUpper("a"), b, n)
	fmt.Println(strings.Nope)
}

// Error:
// ./cerr_pkg_qualified_names.go:14:9: cannot use wg (variable of struct type "sync".WaitGroup) as *"sync".WaitGroup value in argument to worker
// ./cerr_pkg_qualified_names.go:15:5: wg.add undefined (type "sync".WaitGroup has no field or method add, but does have method Add)
// ./cerr_pkg_qualified_names.go:16:14: cannot use strconv.NumError{} (value of struct type "strconv".NumError) as int value in variable declaration
// ./cerr_pkg_qualified_names.go:17:6: undefined: fmt.println (but have Println)
// ./cerr_pkg_qualified_names.go:18:16: undefined: strings.builder (but have Builder)
// ./cerr_pkg_qualified_names.go:19:22: undefined: strings.toUpper (but have ToUpper)
// ./cerr_pkg_qualified_names.go:20:22: undefined: strings.Nope
