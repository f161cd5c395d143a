package main

import "fmt"

func solve(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			if first == nil {
				first = append([]int(nil), pos...)
			}
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func bitSolve(n int) int {
	all := 1<<n - 1
	var rec func(cols, l, r int) int
	rec = func(cols, l, r int) int {
		if cols == all {
			return 1
		}
		cnt := 0
		free := all &^ (cols | l | r)
		for free != 0 {
			bit := free & -free
			free ^= bit
			cnt += rec(cols|bit, (l|bit)<<1&all, (r|bit)>>1)
		}
		return cnt
	}
	return rec(0, 0, 0)
}

func main() {
	for n := 1; n <= 9; n++ {
		c, f := solve(n)
		fmt.Println(n, c, bitSolve(n), f)
	}
	_, f := solve(8)
	for _, c := range f {
		row := ""
		for i := 0; i < 8; i++ {
			if i == c {
				row += "Q "
			} else {
				row += ". "
			}
		}
		fmt.Println(row)
	}
	fmt.Println(bitSolve(11))
}

// Output:
// 1 1 1 [0]
// 2 0 0 []
// 3 0 0 []
// 4 2 2 [1 3 0 2]
// 5 10 10 [0 2 4 1 3]
// 6 4 4 [1 3 5 0 2 4]
// 7 40 40 [0 2 4 6 1 3 5]
// 8 92 92 [0 4 7 5 2 6 1 3]
// 9 352 352 [0 2 5 7 1 3 8 6 4]
// Q . . . . . . . 
// . . . . Q . . . 
// . . . . . . . Q 
// . . . . . Q . . 
// . . Q . . . . . 
// . . . . . . Q . 
// . Q . . . . . . 
// . . . Q . . . . 
// 2680
