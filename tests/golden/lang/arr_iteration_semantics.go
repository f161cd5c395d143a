package main

import "fmt"

type Cell struct{ v int }

func main() {
	arr := [4]Cell{{1}, {2}, {3}, {4}}
	for _, c := range arr {
		c.v *= 10
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].v *= 10
	}
	fmt.Println(arr)
	sl := arr[:]
	for i, c := range sl {
		if i+1 < len(sl) {
			sl[i+1].v += c.v
		}
	}
	fmt.Println(arr)
	a2 := [3]int{1, 2, 3}
	for i, v := range a2 {
		a2[(i+1)%3] += v
	}
	fmt.Println(a2)
	s2 := []int{1, 2, 3}
	for i, v := range s2 {
		s2[(i+1)%3] += v
	}
	fmt.Println(s2)
	s3 := []int{1, 2, 3}
	for i := range s3 {
		if i == 0 {
			s3 = append(s3, 99)
		}
		fmt.Print(s3[i], " ")
	}
	fmt.Println(len(s3))
	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 0
	}
	fmt.Println(grid)
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] *= -1
		}
	}
	fmt.Println(grid)
	var parr *[3]string = &[3]string{"x", "y", "z"}
	for i, s := range parr {
		parr[2] = "changed"
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	var nilarr *[3]int
	for i := range nilarr {
		fmt.Print(i)
	}
	fmt.Println(" len of nil array ptr:", len(nilarr))
}

// Output:
// [{1} {2} {3} {4}]
// [{10} {20} {30} {40}]
// [{10} {30} {60} {100}]
// [4 3 5]
// [7 3 6]
// 1 2 3 4
// [[1 2] [3 4]]
// [[-1 -2] [-3 -4]]
// 0x 1y 2changed 
// 012 len of nil array ptr: 3
