package main

import "fmt"

func addOne(s []int) {
	for i := range s {
		s[i]++
	}
}

func appendOne(s []int) []int {
	return append(s, 1)
}

func main() {
	a := []int{1, 2, 3}
	addOne(a)
	fmt.Println(a)
	b := make([]int, 3, 10)
	c := appendOne(b)
	fmt.Println(len(b), len(c), c)
	b = append(b, 9)
	fmt.Println(c)
	full := []int{1, 2, 3}
	d := appendOne(full)
	d[0] = 100
	fmt.Println(full, d)
	orig := []int{1, 2, 3, 4, 5}
	x := orig[1:3]
	y := orig[2:4]
	x[1] = 30
	fmt.Println(orig, x, y)
	x = append(x, 40)
	fmt.Println(orig, y)
	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	sl[0] = 10
	fmt.Println(arr)
	sl = append(sl, 5)
	sl[1] = 20
	fmt.Println(arr, sl)
	var p *[]int = &a
	*p = append(*p, 4)
	(*p)[0] = -1
	fmt.Println(a)
	for i := range a {
		a = append(a, i)
	}
	fmt.Println(a)
}

// Output:
// [2 3 4]
// 3 4 [0 0 0 1]
// [0 0 0 9]
// [1 2 3] [100 2 3 1]
// [1 2 30 4 5] [2 30] [30 4]
// [1 2 30 40 5] [30 40]
// [10 2 3 4]
// [10 2 3 4] [10 20 3 4 5]
// [-1 3 4 4]
// [-1 3 4 4 0 1 2 3]
