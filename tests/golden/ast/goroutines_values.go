// Goroutines whose frames hold multi-word values across blocking channel
// operations and collections: every goroutine's frames must stay rooted
// while it is parked.
package main

import (
	"fmt"
	"runtime"
)

type msg struct {
	id   int
	text string
	tags []string
	any  interface{}
}

func producer(id int, out chan<- msg, done chan<- bool) {
	local := fmt.Sprint("local-", id)
	for i := 0; i < 50; i++ {
		m := msg{id: id, text: fmt.Sprint(id, ":", i), tags: []string{local, fmt.Sprint(i)}, any: [2]int{id, i}}
		out <- m
		if i%10 == 0 {
			runtime.GC()
		}
	}
	done <- local == fmt.Sprint("local-", id)
}

func squares(n int) <-chan [3]int {
	ch := make(chan [3]int, 2)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- [3]int{i, i * i, i * i * i}
		}
	}()
	return ch
}

func main() {
	out := make(chan msg)
	done := make(chan bool)
	for p := 0; p < 3; p++ {
		go producer(p, out, done)
	}
	sum, count, ok := 0, 0, 0
	for finished := 0; finished < 3; {
		select {
		case m := <-out:
			arr := m.any.([2]int)
			if m.tags[0] == fmt.Sprint("local-", m.id) && m.text == fmt.Sprint(m.id, ":", arr[1]) {
				ok++
			}
			sum += arr[0] + arr[1]
			count++
		case good := <-done:
			if good {
				finished++
			}
		}
	}
	fmt.Println(count, ok, sum)
	total := 0
	for v := range squares(20) {
		runtime.GC()
		total += v[0] + v[1] + v[2]
	}
	fmt.Println(total)

	results := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					results <- fmt.Sprint("recovered ", i, ": ", r)
				}
			}()
			if i%2 == 1 {
				var m map[string]int
				m["x"] = i
			}
			results <- fmt.Sprint("ok ", i)
		}()
	}
	got := map[string]bool{}
	for i := 0; i < 4; i++ {
		got[<-results] = true
	}
	fmt.Println(len(got), got["ok 0"], got["ok 2"], got["recovered 1: assignment to entry in nil map"])
}

// Output:
// 150 150 3825
// 38760
// 4 true true true
