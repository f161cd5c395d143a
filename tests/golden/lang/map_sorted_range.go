package main

import "fmt"

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	ages := map[string]int{"alice": 30, "bob": 25, "carol": 35, "dave": 40, "eve": 22}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	sum := 0
	for _, v := range ages {
		sum += v
	}
	fmt.Println("sum", sum)
	for k := range ages {
		if ages[k] < 30 {
			delete(ages, k)
		}
	}
	fmt.Println(ages)
	sq := map[int]int{}
	for i := 0; i < 10; i++ {
		sq[i] = i * i
	}
	for k, v := range sq {
		sq[k] = v + 1
	}
	fmt.Println(sq)
	big := map[int]int{}
	for i := 0; i < 5000; i++ {
		big[i*7] = i
	}
	total := 0
	for k, v := range big {
		total += k - v
	}
	fmt.Println(len(big), total)
	for i := 0; i < 5000; i += 2 {
		delete(big, i*7)
	}
	fmt.Println(len(big), big[7], big[14])
}

// Output:
// alice 30
// bob 25
// carol 35
// dave 40
// eve 22
// sum 152
// map[alice:30 carol:35 dave:40]
// map[0:1 1:2 2:5 3:10 4:17 5:26 6:37 7:50 8:65 9:82]
// 5000 74985000
// 2500 1 0
