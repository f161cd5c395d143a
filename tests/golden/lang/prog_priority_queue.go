package main

import "fmt"

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] { return &PQ[T]{less: less} }

func (q *PQ[T]) Len() int { return len(q.items) }

func (q *PQ[T]) Push(v T) {
	q.items = append(q.items, v)
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.items[i], q.items[p]) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ[T]) Pop() T {
	top := q.items[0]
	n := len(q.items) - 1
	q.items[0] = q.items[n]
	q.items = q.items[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && q.less(q.items[l], q.items[m]) {
			m = l
		}
		if r < n && q.less(q.items[r], q.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

type Edge struct{ to, w int }

func dijkstra(g map[int][]Edge, src, n int) []int {
	const inf = 1 << 60
	dist := make([]int, n)
	for i := range dist {
		dist[i] = inf
	}
	dist[src] = 0
	type item struct{ node, d int }
	pq := NewPQ(func(a, b item) bool { return a.d < b.d })
	pq.Push(item{src, 0})
	for pq.Len() > 0 {
		it := pq.Pop()
		if it.d > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			if nd := it.d + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				pq.Push(item{e.to, nd})
			}
		}
	}
	return dist
}

func main() {
	ints := NewPQ(func(a, b int) bool { return a < b })
	for _, v := range []int{5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0} {
		ints.Push(v)
	}
	for ints.Len() > 0 {
		fmt.Print(ints.Pop(), " ")
	}
	fmt.Println()
	tasks := NewPQ(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	})
	for i, t := range []struct {
		n string
		p int
	}{{"write", 2}, {"test", 3}, {"deploy", 1}, {"review", 3}, {"lunch", 5}, {"email", 2}} {
		tasks.Push(Task{t.n, t.p, i})
	}
	for tasks.Len() > 0 {
		t := tasks.Pop()
		fmt.Printf("%s(%d) ", t.Name, t.Priority)
	}
	fmt.Println()
	strs := NewPQ(func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b })
	for _, s := range []string{"ccc", "a", "bb", "aa", "b", "dddd"} {
		strs.Push(s)
	}
	for strs.Len() > 0 {
		fmt.Print(strs.Pop(), " ")
	}
	fmt.Println()
	g := map[int][]Edge{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
	}
	fmt.Println(dijkstra(g, 0, 6))
}

// Output:
// 0 1 2 3 3 4 5 6 7 8 9 
// lunch(5) test(3) review(3) write(2) email(2) deploy(1) 
// a b aa bb ccc dddd 
// [0 3 1 4 7 1152921504606846976]
