package main

import (
	"errors"
	"fmt"
)

// A long loop in a function that defers: entered through OSR, then a panic
// deep in the loop is recovered by the deferred call, which sets the named
// result.
func sumUntil(xs []int, stop int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered at total %d: %v", total, r)
		}
	}()
	for i := 0; i < 1_000_000; i++ {
		x := xs[i%len(xs)]
		if i == stop {
			var m map[string]int
			m["boom"] = x
		}
		total += x
	}
	return total, nil
}

func deferInLoop(n int) (out []int) {
	for i := 0; i < n; i++ {
		if i%100000 == 0 {
			defer func(k int) { out = append(out, k) }(i)
		}
	}
	return nil
}

func divLoop(d int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
			q = -1
		}
	}()
	for i := 0; i < 500000; i++ {
		q += 1000 / (d - i%1000 + 999 - 500)
	}
	return q, nil
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(sumUntil(xs, 999_999+1))
	fmt.Println(sumUntil(xs, 654_321))
	fmt.Println(deferInLoop(450001))
	q, err := divLoop(1)
	fmt.Println(q, err)
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
	total := 0
	func() {
		defer func() { fmt.Println("deferred in main's closure, total", total, recover()) }()
		for i := 0; ; i++ {
			total += i
			if total > 1<<40 {
				panic(fmt.Sprint("too big at ", i))
			}
		}
	}()
}

// Output:
// 3000000 <nil>
// 1962961 recovered at total 1962961: assignment to entry in nil map
// [400000 300000 200000 100000 0]
// -1 runtime error: integer divide by zero
// true
// deferred in main's closure, total 1099511775505 too big at 1482910
