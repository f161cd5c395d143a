package main

import "fmt"

type Node struct {
	L, R *Node
	V    int
	Name string
}

func build(d, v int) *Node {
	if d == 0 {
		return &Node{V: v, Name: fmt.Sprint("leaf", v%10)}
	}
	return &Node{build(d-1, 2*v), build(d-1, 2*v+1), v, ""}
}

func (n *Node) check() int {
	if n.L == nil {
		return n.V + len(n.Name)
	}
	return n.V + n.L.check() - n.R.check()
}

func main() {
	long := build(14, 1)
	total := 0
	for i := 0; i < 40; i++ {
		t := build(10, i)
		total += t.check()
		if i%10 == 0 {
			fmt.Println("iter", i, total)
		}
	}
	fmt.Println("long lived", long.check(), total)
	var keep []*Node
	for i := 0; i < 20000; i++ {
		n := &Node{V: i, Name: string(rune('a' + i%26))}
		if i%100 == 0 {
			keep = append(keep, n)
		}
	}
	s := 0
	for _, n := range keep {
		s += n.V + int(n.Name[0])
	}
	fmt.Println(len(keep), s)
}

// Output:
// iter 0 -1
// iter 10 44
// iter 20 189
// iter 30 434
// long lived 0 740
// 200 2011804
