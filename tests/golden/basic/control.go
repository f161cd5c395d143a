package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func main() {
	sum := 0
	for i := 0; i < 100; i++ {
		if i%3 == 0 {
			continue
		}
		if i > 50 {
			break
		}
		sum += i
	}
	fmt.Println(sum)
	n := 0
	for n < 10 {
		n += 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for _, v := range []int{-5, 0, 5, 50} {
		fmt.Println(classify(v))
	}
	switch x := 3; x {
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("four (fallthrough)")
	default:
		fmt.Println("default")
	}
	if a := 5; a > 3 {
		fmt.Println("a>3")
	} else if a > 1 {
		fmt.Println("a>1")
	} else {
		fmt.Println("else")
	}
	t, f := true, false
	fmt.Println(t && f, t || f, !t, !f && t)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
}

// Output:
// 867
// 12
// 5
// neg
// zero
// small
// big
// three
// four (fallthrough)
// a>3
// false true false true
// 0 0
// 0 1
// 1 0
// 1 1
