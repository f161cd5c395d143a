package main

import "fmt"

type H struct{ B string }
type G struct {
	N string
	*H
}
type K struct {
	H
	B string
}

func main() {
	g := G{N: "x", H: &H{"y"}}
	fmt.Println(g.B)
	k := K{B: "shallow"}
	fmt.Println(k.B, k.H.B)
	k2 := K{H: H{B: "a"}, B: "b"}
	fmt.Println(k2)
}

type L struct {
	H
	X int
}

func init() {
	l := L{B: "p", X: 1}
	fmt.Println(l)
}

// Output:
// {{p} 1}
// y
// shallow 
// {{a} b}
