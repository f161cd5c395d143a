package main

import "fmt"

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
	hits, miss int
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: make(map[string]*entry)}
	l.head = &entry{}
	l.tail = &entry{}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		l.miss++
		return 0, false
	}
	l.hits++
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU) Put(k string, v int) (evicted string) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return ""
	}
	if len(l.items) == l.cap {
		last := l.tail.prev
		l.unlink(last)
		delete(l.items, last.key)
		evicted = last.key
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
	return
}

func (l *LRU) Keys() []string {
	var ks []string
	for e := l.head.next; e != l.tail; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a"} {
		if ev := c.Put(k, i); ev != "" {
			fmt.Println("evict", ev, "for", k)
		}
		fmt.Println(k, c.Keys())
	}
	for _, k := range []string{"a", "b", "e", "z", "a"} {
		v, ok := c.Get(k)
		fmt.Println("get", k, v, ok, c.Keys())
	}
	fmt.Println("hits", c.hits, "miss", c.miss, "len", len(c.items))
	big := NewLRU(100)
	for i := 0; i < 10000; i++ {
		big.Put(fmt.Sprint(i%250), i)
		if i%3 == 0 {
			big.Get(fmt.Sprint(i % 7))
		}
	}
	fmt.Println(len(big.items), big.Keys()[:5], big.hits, big.miss)
}

// Output:
// a [a]
// b [b a]
// c [c b a]
// a [a c b]
// evict b for d
// d [d a c]
// evict c for b
// b [b d a]
// evict a for e
// e [e b d]
// evict d for a
// a [a e b]
// get a 7 true [a e b]
// get b 5 true [b a e]
// get e 6 true [e b a]
// get z 0 false [e b a]
// get a 7 true [a e b]
// hits 4 miss 1 len 3
// 100 [3 249 248 247 0] 3334 0
