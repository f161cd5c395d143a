package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id, val int
}

func main() {
	jobs := make(chan int)
	res := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				s := 0
				for k := 0; k <= j; k++ {
					s += k * k
				}
				res <- result{j, s}
			}
		}()
	}
	go func() {
		for i := 0; i < 20; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(res)
	}()
	var all []result
	for r := range res {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all[:5] {
		fmt.Println(r.id, r.val)
	}
	fmt.Println(len(all), all[19])
}

// Output:
// 0 0
// 1 1
// 2 5
// 3 14
// 4 30
// 20 {19 2470}
