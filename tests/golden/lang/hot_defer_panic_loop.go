package main

import "fmt"

func maybePanic(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	if i%5 == 0 {
		panic(i)
	}
	arr := []int{1, 2, 3}
	return arr[i%4]
}

func deferSum(n int) (s int) {
	for i := 0; i < n; i++ {
		func() {
			defer func() { s += i }()
		}()
	}
	return
}

func main() {
	neg, pos := 0, 0
	for i := 0; i < 20000; i++ {
		v := maybePanic(i)
		if v < 0 {
			neg++
		} else {
			pos += v
		}
	}
	fmt.Println(neg, pos)
	fmt.Println(deferSum(10000))
}

// Output:
// 8000 24000
// 49995000
