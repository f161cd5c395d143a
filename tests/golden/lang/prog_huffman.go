package main

import "fmt"

type hnode struct {
	ch          rune
	freq        int
	left, right *hnode
	order       int
}

func less(a, b *hnode) bool {
	if a.freq != b.freq {
		return a.freq < b.freq
	}
	return a.order < b.order
}

type heap []*hnode

func (h *heap) push(n *hnode) {
	*h = append(*h, n)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !less((*h)[i], (*h)[p]) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *heap) pop() *hnode {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && less((*h)[l], (*h)[m]) {
			m = l
		}
		if r < n && less((*h)[r], (*h)[m]) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func build(text string) *hnode {
	freq := map[rune]int{}
	var order []rune
	for _, r := range text {
		if freq[r] == 0 {
			order = append(order, r)
		}
		freq[r]++
	}
	h := &heap{}
	seq := 0
	for _, r := range order {
		h.push(&hnode{ch: r, freq: freq[r], order: seq})
		seq++
	}
	for len(*h) > 1 {
		a, b := h.pop(), h.pop()
		h.push(&hnode{freq: a.freq + b.freq, left: a, right: b, order: seq})
		seq++
	}
	return h.pop()
}

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.ch] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func decode(root *hnode, bits string) string {
	var out []rune
	n := root
	for i := 0; i < len(bits); i++ {
		if bits[i] == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			out = append(out, n.ch)
			n = root
		}
	}
	return string(out)
}

func main() {
	text := "this is an example of a huffman tree, héhé"
	root := build(text)
	cm := map[rune]string{}
	codes(root, "", cm)
	var keys []rune
	for r := range cm {
		keys = append(keys, r)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, r := range keys {
		fmt.Printf("%q %s\n", r, cm[r])
	}
	enc := ""
	for _, r := range text {
		enc += cm[r]
	}
	fmt.Println(len(enc), len(text)*8, root.freq)
	fmt.Println(decode(root, enc) == text)
	fmt.Println(decode(root, enc[:40]))
}

// Output:
// ' ' 110
// ',' 10110
// 'a' 1111
// 'e' 000
// 'f' 1010
// 'h' 1110
// 'i' 0010
// 'l' 10000
// 'm' 0101
// 'n' 0100
// 'o' 10001
// 'p' 01111
// 'r' 10011
// 's' 0011
// 't' 10111
// 'u' 10010
// 'x' 01110
// 'é' 0110
// 165 352 42
// true
// this is an
