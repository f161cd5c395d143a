package main

import "fmt"

var log []string

func record(s string) { log = append(log, s) }

func work(n int) (res int) {
	defer record(fmt.Sprint("work exit ", n))
	defer func() {
		if r := recover(); r != nil {
			record(fmt.Sprint("recovered ", r))
			res = -n
		}
	}()
	if n%2 == 1 {
		panic(fmt.Sprint("odd ", n))
	}
	return n * 10
}

func loopRecover() (count int) {
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if recover() != nil {
					count++
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
		}()
	}
	return
}

type Resource struct{ name string }

func (r *Resource) Close() { record("close " + r.name) }

func useResources() {
	defer func() { recover() }()
	a := &Resource{"a"}
	defer a.Close()
	b := &Resource{"b"}
	defer b.Close()
	panic("fail mid-way")
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(work(i))
	}
	fmt.Println(loopRecover())
	useResources()
	for _, l := range log {
		fmt.Println(l)
	}
	x := func() (v int) {
		defer func() {
			recover()
			v = 123
		}()
		var arr []int
		return arr[3]
	}()
	fmt.Println(x)
}

// Output:
// 0
// -1
// 20
// -3
// 3
// work exit 0
// recovered odd 1
// work exit 1
// work exit 2
// recovered odd 3
// work exit 3
// close b
// close a
// 123
