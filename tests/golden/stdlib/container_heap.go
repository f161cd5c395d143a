// container/heap: Init, Push, Pop, Remove and Fix on an int heap and a
// priority queue with updates; the order of equal priorities follows from
// the exact sift rules, as in Go.
package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[:n-1]
	return item
}

func main() {
	h := &IntHeap{9, 4, 7, 1, 8, 2, 6, 3, 5, 0}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, -1)
	heap.Push(h, 10)
	fmt.Println(*h, (*h)[0])
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = 42
	heap.Fix(h, 2)
	(*h)[5] = -7
	heap.Fix(h, 5)
	fmt.Println(*h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	// Equal priorities: the pop order depends on how the heap sifts.
	pq := PQ{}
	heap.Init(&pq)
	for i := 0; i < 30; i++ {
		heap.Push(&pq, &Item{value: fmt.Sprint("v", i), priority: (i * 7) % 4})
	}
	item := pq[5]
	item.priority = 10
	heap.Fix(&pq, item.index)
	removed := heap.Remove(&pq, 7).(*Item)
	fmt.Println("removed", removed.value, removed.priority, removed.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Print(it.value, ":", it.priority, " ")
	}
	fmt.Println()

	// Heap sort with many duplicates, and Init of an already built heap.
	seed := uint32(3)
	big := &IntHeap{}
	for i := 0; i < 1000; i++ {
		seed = seed*1103515245 + 12345
		*big = append(*big, int(seed>>16)%50)
	}
	heap.Init(big)
	heap.Init(big)
	prev, ok, sum := -1, true, 0
	for i := 0; big.Len() > 0; i++ {
		x := heap.Pop(big).(int)
		if x < prev {
			ok = false
		}
		prev = x
		sum += x * i
	}
	fmt.Println(ok, sum)
	one := &IntHeap{5}
	fmt.Println(heap.Remove(one, 0), one.Len())
}

// Output:
// [0 1 2 3 4 7 6 9 5 8]
// [-1 0 2 3 1 7 6 9 5 8 4 10] -1
// 3 [-1 0 2 5 1 7 6 9 10 8 4]
// [-7 0 -1 5 1 6 42 9 10 8 4]
// -7 -1 0 1 4 5 6 8 9 10 42 
// removed v15 1 -1
// v25:10 v9:3 v17:3 v21:3 v1:3 v5:3 v13:3 v29:3 v26:2 v14:2 v18:2 v10:2 v22:2 v2:2 v6:2 v3:1 v7:1 v19:1 v27:1 v11:1 v23:1 v8:0 v28:0 v4:0 v0:0 v16:0 v24:0 v20:0 v12:0 
// true 16222063
// 5 0
