package main

import "fmt"

func main() {
	x := 10
	x += 5
	fmt.Println(x)
	x -= 3
	fmt.Println(x)
	x *= 4
	fmt.Println(x)
	x /= 5
	fmt.Println(x)
	x %= 7
	fmt.Println(x)
	x <<= 3
	fmt.Println(x)
	x >>= 1
	fmt.Println(x)
	x &= 0xc
	fmt.Println(x)
	x |= 0x31
	fmt.Println(x)
	x ^= 0xff
	fmt.Println(x)
	x &^= 0xf0
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	f := 1.5
	f *= 3
	f -= 0.25
	f /= 2
	fmt.Println(f)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	arr[1] += 10
	arr[2] *= arr[1]
	fmt.Println(arr)
	m := map[string]int{}
	m["k"] += 5
	m["k"]++
	m["j"]--
	fmt.Println(m["k"], m["j"], len(m))
	type P struct{ X, Y int }
	pt := &P{1, 2}
	pt.X += 100
	pt.Y <<= 4
	fmt.Println(*pt)
}

// Output:
// 15
// 12
// 48
// 9
// 2
// 16
// 8
// 8
// 57
// 198
// 6
// 7
// 2.125
// abab
// [1 12 36]
// 6 -1 2
// {101 32}
