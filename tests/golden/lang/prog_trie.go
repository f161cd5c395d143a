package main

import "fmt"

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		n.count++
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		n = c
	}
	n.count++
	n.end = true
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		c, ok := n.children[r]
		if !ok {
			return nil
		}
		n = c
	}
	return n
}

func (t *Trie) Has(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) collect(prefix []rune, out *[]string) {
	if t.end {
		*out = append(*out, string(prefix))
	}
	keys := make([]rune, 0, len(t.children))
	for r := range t.children {
		keys = append(keys, r)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, r := range keys {
		t.children[r].collect(append(prefix, r), out)
	}
}

func (t *Trie) Complete(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	n.collect([]rune(prefix), &out)
	return out
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "card", "care", "careful", "cat", "dog", "do", "döner", "cart"} {
		t.Insert(w)
	}
	fmt.Println(t.Has("car"), t.Has("ca"), t.Has("careful"), t.Has("döner"), t.Has("x"))
	fmt.Println(t.Complete("car"))
	fmt.Println(t.Complete("d"))
	fmt.Println(t.Complete("z"), t.Complete("z") == nil)
	fmt.Println(len(t.Complete("")), t.count, t.find("ca").count)
}

// Output:
// true false true true false
// [car card care careful cart]
// [do dog döner]
// [] true
// 9 9 6
