package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(s []int, f func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if f(v) {
			out = append(out, v)
		}
	}
	return out
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 100)
	fmt.Println(s)
	s = insert(s, len(s), 200)
	fmt.Println(s)
	evens := filter(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, s[:len(evens)])
	reverse(evens)
	fmt.Println(evens)
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	queue := []int{1, 2, 3}
	for len(queue) > 0 {
		h := queue[0]
		queue = queue[1:]
		if h < 3 {
			queue = append(queue, h*10)
		}
		fmt.Print(h, " ")
	}
	fmt.Println()
	fmt.Println(clearAll([]int{1, 2, 3}))
}

func clearAll(s []int) []int {
	clear(s)
	return s
}

// Output:
// [0 1 3 4 5] 5 6
// [0 100 1 3 4 5]
// [0 100 1 3 4 5 200]
// [0 100 4 200] [0 100 4 200]
// [200 4 100 0]
// c b a 
// 1 2 3 10 20 
// [0 0 0]
