package main

import "fmt"

func main() {
	rows, cols := 4, 5
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = make([]int, cols)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	tri := [][]int{}
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
	shared := make([]int, 6)
	views := [][]int{shared[0:2], shared[2:4], shared[4:6]}
	for i, v := range views {
		v[0] = i + 1
		v[1] = -(i + 1)
	}
	fmt.Println(shared)
	jag := [][]string{{"a"}, nil, {"b", "c"}}
	for i, r := range jag {
		fmt.Println(i, len(r), r == nil, r)
	}
	jag[1] = append(jag[1], "new")
	fmt.Println(jag)
	flat := []int{}
	for _, r := range tri {
		flat = append(flat, r...)
	}
	fmt.Println(len(flat), flat)
}

// Output:
// [0 0 0 0 0]
// [0 1 2 3 4]
// [0 2 4 6 8]
// [0 3 6 9 12]
// [[1] [1 1] [1 2 1] [1 3 3 1] [1 4 6 4 1] [1 5 10 10 5 1]]
// [1 -1 2 -2 3 -3]
// 0 1 false [a]
// 1 0 true []
// 2 2 false [b c]
// [[a] [new] [b c]]
// 21 [1 1 1 1 2 1 1 3 3 1 1 4 6 4 1 1 5 10 10 5 1]
