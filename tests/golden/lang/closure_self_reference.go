package main

import "fmt"

type I interface{ M() string }
type T struct{ n string }

func (t *T) M() string {
	if t == nil {
		return "nil T"
	}
	return t.n
}

func deferNilIface() (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	var i I
	defer i.M()
	return "not reached?"
}

func methodValueNil() string {
	var t *T
	f := t.M
	return f()
}

type Obj struct {
	name string
	fn   func() string
}

func main() {
	fmt.Println(deferNilIface())
	fmt.Println(methodValueNil())
	var o Obj
	o = Obj{"obj", func() string { return "I am " + o.name }}
	fmt.Println(o.fn())
	o.name = "renamed"
	fmt.Println(o.fn())
	var fact func(int) int
	fact = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * fact(n-1)
	}
	g := fact
	fact = func(n int) int { return -1 }
	fmt.Println(g(5))
	type S struct{ arr [3]int }
	s := S{[3]int{1, 2, 3}}
	var i interface{} = s
	s.arr[0] = 100
	fmt.Println(i.(S).arr, s.arr)
	big := ""
	for i := 0; i < 100000; i++ {
		big += "x"
	}
	fmt.Println(len(big))
	var arr [50]int
	for i := range arr {
		arr[i] = i * i
	}
	fmt.Println(arr)
}

// Output:
// recovered: runtime error: invalid memory address or nil pointer dereference
// nil T
// I am obj
// I am renamed
// -5
// [1 2 3] [100 2 3]
// 100000
// [0 1 4 9 16 25 36 49 64 81 100 121 144 169 196 225 256 289 324 361 400 441 484 529 576 625 676 729 784 841 900 961 1024 1089 1156 1225 1296 1369 1444 1521 1600 1681 1764 1849 1936 2025 2116 2209 2304 2401]
