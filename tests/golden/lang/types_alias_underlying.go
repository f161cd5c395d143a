package main

import "fmt"

type MyInt int
type AliasInt = int
type List = []int
type Matrix = [][]float64

func double(x AliasInt) int { return x * 2 }

func (m MyInt) Double() MyInt { return m * 2 }

type Temp struct{ v float64 }
type TempAlias = Temp

func (t TempAlias) Show() string { return fmt.Sprint("temp ", t.v) }

func main() {
	var a AliasInt = 5
	var b int = a
	fmt.Println(double(b), double(a))
	fmt.Printf("%T %T\n", a, MyInt(a))
	var l List = []int{1, 2}
	var l2 []int = l
	fmt.Println(l2, len(l))
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%T %v\n", m, m)
	fmt.Println(MyInt(4).Double())
	t := Temp{36.6}
	fmt.Println(t.Show())
	var ta TempAlias = t
	fmt.Println(ta.Show())
	type R = rune
	var r R = 'x'
	fmt.Printf("%T %v\n", r, r)
	type B = byte
	var bs []B = []byte("hi")
	fmt.Println(bs)
	var i interface{} = a
	_, isInt := i.(int)
	fmt.Println(isInt)
	var j interface{} = MyInt(1)
	_, isInt2 := j.(int)
	fmt.Println(isInt2)
}

// Output:
// 10 10
// int main.MyInt
// [1 2] 2
// [][]float64 [[1 2] [3 4]]
// 8
// temp 36.6
// temp 36.6
// int32 120
// [104 105]
// true
// false
