package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) IncCopy()  { c.n++ }
func (c *Counter) Reset()   { *c = Counter{} }

type Wrapper struct {
	c Counter
	p *Counter
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.n)
	pc.Reset()
	fmt.Println(c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr)
	w := Wrapper{p: &Counter{10}}
	w.c.Inc()
	w.p.Inc()
	fmt.Println(w.c.n, w.p.n)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	get := c.Get
	c.Inc()
	fmt.Println(get(), c.Get())
}

// Output:
// 2 2
// 3 3
// 0
// [{2} {2}]
// [{3} {3}]
// [{0} {1}]
// 1 11
// 1
// 2
// 2 3
