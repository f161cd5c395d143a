package main

import "fmt"

type Graph struct {
	n   int
	adj [][]int
}

func NewGraph(n int) *Graph { return &Graph{n, make([][]int, n)} }

func (g *Graph) Edge(a, b int) { g.adj[a] = append(g.adj[a], b) }

func (g *Graph) BFS(src int) []int {
	dist := make([]int, g.n)
	for i := range dist {
		dist[i] = -1
	}
	dist[src] = 0
	q := []int{src}
	for len(q) > 0 {
		u := q[0]
		q = q[1:]
		for _, v := range g.adj[u] {
			if dist[v] < 0 {
				dist[v] = dist[u] + 1
				q = append(q, v)
			}
		}
	}
	return dist
}

func (g *Graph) TopoSort() ([]int, bool) {
	indeg := make([]int, g.n)
	for _, es := range g.adj {
		for _, v := range es {
			indeg[v]++
		}
	}
	var q, out []int
	for i, d := range indeg {
		if d == 0 {
			q = append(q, i)
		}
	}
	for len(q) > 0 {
		u := q[0]
		q = q[1:]
		out = append(out, u)
		for _, v := range g.adj[u] {
			indeg[v]--
			if indeg[v] == 0 {
				q = append(q, v)
			}
		}
	}
	return out, len(out) == g.n
}

func (g *Graph) SCC() [][]int {
	index := 0
	idx := make([]int, g.n)
	low := make([]int, g.n)
	on := make([]bool, g.n)
	for i := range idx {
		idx[i] = -1
	}
	var stack []int
	var comps [][]int
	var strong func(v int)
	strong = func(v int) {
		idx[v], low[v] = index, index
		index++
		stack = append(stack, v)
		on[v] = true
		for _, w := range g.adj[v] {
			if idx[w] < 0 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], idx[w])
			}
		}
		if low[v] == idx[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				on[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			comps = append(comps, comp)
		}
	}
	for v := 0; v < g.n; v++ {
		if idx[v] < 0 {
			strong(v)
		}
	}
	return comps
}

type UF struct{ parent, rank []int }

func NewUF(n int) *UF {
	u := &UF{make([]int, n), make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UF) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UF) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	return true
}

func main() {
	g := NewGraph(8)
	for _, e := range [][2]int{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 6}, {4, 7}, {2, 7}} {
		g.Edge(e[0], e[1])
	}
	fmt.Println(g.BFS(0))
	fmt.Println(g.TopoSort())
	g.Edge(7, 0)
	fmt.Println(g.TopoSort())
	fmt.Println(g.SCC())
	u := NewUF(10)
	for _, p := range [][2]int{{1, 2}, {3, 4}, {2, 3}, {1, 4}, {7, 8}, {0, 9}, {9, 8}} {
		fmt.Print(u.Union(p[0], p[1]), " ")
	}
	fmt.Println()
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := u.Find(i)
		groups[r] = append(groups[r], i)
	}
	fmt.Println(len(groups))
	for i := 0; i < 10; i++ {
		if g, ok := groups[i]; ok {
			fmt.Println(g)
		}
	}
}

// Output:
// [0 1 1 2 3 -1 -1 2]
// [0 5 1 2 6 3 4 7] true
// [5 6] false
// [[2 7 4 3 1 0] [6] [5]]
// true true true false true true true 
// 4
// [0 7 8 9]
// [1 2 3 4]
// [5]
// [6]
