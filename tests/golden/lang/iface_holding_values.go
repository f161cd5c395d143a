package main

import "fmt"

type Op interface{ Apply(int) int }

type Add int
type Mul int
type FuncOp func(int) int

func (a Add) Apply(x int) int    { return x + int(a) }
func (m Mul) Apply(x int) int    { return x * int(m) }
func (f FuncOp) Apply(x int) int { return f(x) }

type Pipeline []Op

func (p Pipeline) Apply(x int) int {
	for _, op := range p {
		x = op.Apply(x)
	}
	return x
}

func main() {
	ops := []Op{Add(3), Mul(2), FuncOp(func(x int) int { return x - 1 }), Pipeline{Add(1), Mul(10)}}
	x := 1
	for _, op := range ops {
		x = op.Apply(x)
		fmt.Printf("%T -> %d\n", op, x)
	}
	var p Op = Pipeline(ops)
	fmt.Println(p.Apply(0))
	vals := []interface{}{1, "two", 3.0, []int{4}, map[string]int{"five": 5}, [2]int{6, 7}, struct{}{}, nil, Add(8)}
	for _, v := range vals {
		fmt.Printf("%v|%T\n", v, v)
	}
	var big interface{} = [5]int64{1, 2, 3, 4, 5}
	arr := big.([5]int64)
	arr[0] = 100
	fmt.Println(big, arr)
	type S struct {
		A int
		B string
	}
	var si interface{} = S{1, "x"}
	cp := si.(S)
	cp.A = 2
	fmt.Println(si, cp)
}

// Output:
// main.Add -> 4
// main.Mul -> 8
// main.FuncOp -> 7
// main.Pipeline -> 80
// 60
// 1|int
// two|string
// 3|float64
// [4]|[]int
// map[five:5]|map[string]int
// [6 7]|[2]int
// {}|struct {}
// <nil>|<nil>
// 8|main.Add
// [1 2 3 4 5] [100 2 3 4 5]
// {1 x} {2 x}
