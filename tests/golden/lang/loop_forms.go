package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k > 4 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print("odd", k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	for i := range 5 {
		fmt.Print(i)
	}
	fmt.Println()
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -5 {
		fmt.Println("never", i)
	}
	type MyInt int
	for i := range MyInt(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	var i int
	for i = 0; i < 10; i += 3 {
	}
	fmt.Println("after", i)
	count := 0
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if (i+j)%3 == 0 {
				count++
			}
		}
	}
	fmt.Println(count)
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
}

// Output:
// 0 1 2 
// 6
// odd1 odd3 
// 0:10 1:8 2:6 3:4 
// 01234
// uint80 uint81 uint82 
// xxx
// main.MyInt main.MyInt 
// after 12
// 34
// 0 10 20 
