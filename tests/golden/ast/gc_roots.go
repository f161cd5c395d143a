// Values that live only in the engines' temporaries (arguments being built,
// operands of a concatenation, range operands, bound receivers, deferred
// arguments, multi-value results) must survive collections forced in the
// middle of the expression, and their memory must not be handed out again.
package main

import (
	"fmt"
	"runtime"
)

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

type Node struct {
	Val         int
	Left, Right *Node
	Name        string
}

func mk(v int) *Node {
	return &Node{Val: v, Name: fmt.Sprint("n", v)}
}

// churn allocates garbage that reuses any memory freed by mistake.
func churn() {
	var keep []*Node
	for i := 0; i < 2000; i++ {
		n := &Node{Val: -1, Name: repeat("x", i%7)}
		if i%100 == 0 {
			keep = append(keep, n)
		}
	}
	_ = keep
}

func gcThen(n *Node) *Node {
	runtime.GC()
	churn()
	return n
}

func combine(a, b *Node) int {
	runtime.GC()
	churn()
	return a.Val*10 + b.Val + len(a.Name) + len(b.Name)
}

func tree(d int) *Node {
	if d == 0 {
		return mk(1)
	}
	n := &Node{Val: d, Left: tree(d - 1), Right: tree(d - 1)}
	if d == 6 {
		runtime.GC()
	}
	return n
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

func (n *Node) Describe() string { return n.Name + "!" }

func pair() (*Node, *Node) { return mk(7), mk(8) }

type Pt struct{ X, Y int }
type Box struct {
	P   Pt
	Arr [4]*Node
}

func list(n int) []*Node {
	var out []*Node
	for i := 0; i < n; i++ {
		out = append(out, mk(i))
	}
	return out
}

func deferred() (s string) {
	defer func(n *Node, t string) {
		runtime.GC()
		churn()
		s = n.Name + t
	}(mk(42), repeat("ab", 3))
	runtime.GC()
	churn()
	return "unused"
}

func main() {
	// Arguments: the first one is only in the call's argument area.
	fmt.Println(combine(mk(3), gcThen(mk(4))))

	// Operands of a concatenation.
	s := fmt.Sprint("a", 1) + repeat("-", 3) + gcThen(mk(5)).Name + fmt.Sprint(true)
	fmt.Println(s)

	// A tree built while collecting.
	t := tree(10)
	runtime.GC()
	churn()
	fmt.Println(t.Sum())

	// Range over a slice referenced only by the loop.
	total := 0
	for i, n := range list(300) {
		if i%50 == 0 {
			runtime.GC()
			churn()
		}
		total += n.Val + len(n.Name)
	}
	fmt.Println(total)

	// Map iteration with collections in the body.
	m := map[string]*Node{}
	for i := 0; i < 200; i++ {
		m[fmt.Sprint("k", i)] = mk(i)
	}
	sum := 0
	for k, v := range m {
		runtime.GC()
		sum += v.Val + len(k)
	}
	churn()
	fmt.Println(sum, len(m))

	// Bound method values and closures keep their receivers and cells.
	d := mk(9).Describe
	counter := 0
	inc := func() int { counter++; return counter }
	runtime.GC()
	churn()
	fmt.Println(d(), inc(), inc())

	// Interfaces boxing structs, arrays (memory-form values).
	var any1 interface{} = Box{P: Pt{1, 2}, Arr: [4]*Node{mk(1), mk(2), nil, mk(4)}}
	runtime.GC()
	churn()
	b := any1.(Box)
	fmt.Println(b.P, b.Arr[0].Name, b.Arr[1].Val, b.Arr[2] == nil, b.Arr[3].Name)

	// Multi-value results.
	x, y := pair()
	runtime.GC()
	churn()
	fmt.Println(x.Name, y.Name)

	// Deferred arguments.
	fmt.Println(deferred())

	// Long linked list, collected repeatedly while walking it.
	var head *Node
	for i := 0; i < 5000; i++ {
		head = &Node{Val: i, Left: head}
	}
	cnt, acc := 0, 0
	for p := head; p != nil; p = p.Left {
		if cnt%1000 == 0 {
			runtime.GC()
			churn()
		}
		cnt++
		acc += p.Val
	}
	fmt.Println(cnt, acc)
}

// Output:
// 38
// a1---n5true
// 3060
// 45940
// 20590 200
// n9! 1 2
// {1 2} n1 2 true n4
// n7 n8
// n42ababab
// 5000 12497500
