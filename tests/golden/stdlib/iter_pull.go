// iter: Pull and Pull2 (values, early stop, stop before start, panics
// raised again in the caller of next).
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func bad(yield func(int) bool) {
	yield(1)
	panic("boom")
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Println(next())
	stop()
	next, stop = iter.Pull(count(10))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	stop()
	fmt.Println(next())
	_, stop = iter.Pull(count(10))
	stop()
	n2, s2 := iter.Pull2(maps.All(map[string]int{"a": 1}))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()
	n3, _ := iter.Pull2(slices.All([]string{"x", "y"}))
	fmt.Println(n3())
	nb, sb := iter.Pull(iter.Seq[int](bad))
	fmt.Println(nb())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nb())
	}()
	fmt.Println(nb())
	sb()
}

// Output:
// got 0
// got 1
// got 2
// count done
// 0 false
// 0 true
// 1 true
// stopped at 1
// count done
// 0 false
// a 1 true
//  0 false
// 0 x true
// 1 true
// recovered: boom
// 0 false
