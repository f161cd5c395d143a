package main

import "fmt"

type Key struct {
	S string
	F float64
	I int8
}

func main() {
	m := map[int]int{}
	for round := 0; round < 5; round++ {
		for i := 0; i < 2000; i++ {
			m[i*round] = i
		}
		for i := 0; i < 2000; i += 2 {
			delete(m, i)
		}
		sum := 0
		for k, v := range m {
			sum += k ^ v
		}
		fmt.Println(round, len(m), sum)
	}
	sm := map[string][]int{}
	for i := 0; i < 500; i++ {
		k := fmt.Sprint("k", i%37)
		sm[k] = append(sm[k], i)
	}
	tot := 0
	for _, v := range sm {
		tot += len(v)
	}
	fmt.Println(len(sm), tot, sm["k5"][:3])
	km := map[Key]int{}
	for i := 0; i < 100; i++ {
		km[Key{fmt.Sprint(i % 10), float64(i%4) / 2, int8(i % 3)}]++
	}
	fmt.Println(len(km), km[Key{"1", 0.5, 1}], km[Key{"0", 0, 0}])
	ptrs := map[*int]string{}
	vals := make([]int, 10)
	for i := range vals {
		ptrs[&vals[i]] = fmt.Sprint(i)
	}
	fmt.Println(len(ptrs), ptrs[&vals[3]])
	for i := 0; i < 10000; i++ {
		m[i] = i
		delete(m, i)
	}
	fmt.Println(len(m))
}

// Output:
// 0 0 0
// 1 1000 0
// 2 2000 3069388
// 3 3000 7167768
// 4 3834 12516658
// 37 500 [5 42 79]
// 60 2 2
// 10 3
// 0
