package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	found := false
search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	i := 0
loop:
	if i < 5 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
	n := 0
	goto skip
skip:
	n++
	fmt.Println(n)
sw:
	switch {
	case true:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Print("k", k)
		}
		fmt.Println("unreached")
	}
	fmt.Println()
	x := 0
lbl:
	for {
		switch x {
		case 3:
			break lbl
		default:
			x++
			continue lbl
		}
	}
	fmt.Println("x", x)
	m := map[string]int{"a": 1}
L:
	for range m {
		for range 3 {
			break L
		}
	}
	fmt.Println("done")
}

// Output:
// 0 0 0 1 1 0 1 1 2 0 2 1 
// true
// 01234
// 1
// k0k1
// x 3
// done
