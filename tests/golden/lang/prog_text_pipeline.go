package main

import "fmt"

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func words(s string) []string {
	var out []string
	cur := []byte{}
	for i := 0; i < len(s); i++ {
		c := lower(s[i])
		if c >= 'a' && c <= 'z' {
			cur = append(cur, c)
		} else if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

type WC struct {
	Word  string
	Count int
}

func sortWC(xs []WC) {
	// merge sort, stable: by count desc, then word asc
	if len(xs) < 2 {
		return
	}
	mid := len(xs) / 2
	a := append([]WC(nil), xs[:mid]...)
	b := append([]WC(nil), xs[mid:]...)
	sortWC(a)
	sortWC(b)
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if b[j].Count > a[i].Count || b[j].Count == a[i].Count && b[j].Word < a[i].Word {
			xs[k] = b[j]
			j++
		} else {
			xs[k] = a[i]
			i++
		}
		k++
	}
	for ; i < len(a); i++ {
		xs[k] = a[i]
		k++
	}
	for ; j < len(b); j++ {
		xs[k] = b[j]
		k++
	}
}

func main() {
	ws := words(text)
	fmt.Println("words:", len(ws))
	freq := map[string]int{}
	for _, w := range ws {
		freq[w]++
	}
	var list []WC
	for w, c := range freq {
		list = append(list, WC{w, c})
	}
	sortWC(list)
	for _, wc := range list[:8] {
		fmt.Printf("%-8s %2d %s\n", wc.Word, wc.Count, bar(wc.Count))
	}
	byLen := map[int][]string{}
	maxLen := 0
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
		maxLen = max(maxLen, len(w))
	}
	for l := 1; l <= maxLen; l++ {
		ws := byLen[l]
		if len(ws) == 0 {
			continue
		}
		for i := 1; i < len(ws); i++ {
			for j := i; j > 0 && ws[j] < ws[j-1]; j-- {
				ws[j], ws[j-1] = ws[j-1], ws[j]
			}
		}
		fmt.Println(l, ws)
	}
	lines := 0
	longest := ""
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			lines++
			if l := text[start:i]; len(l) > len(longest) {
				longest = l
			}
			start = i + 1
		}
	}
	fmt.Println("lines:", lines, "longest:", len(longest))
	fmt.Printf("%q\n", longest[:20])
	fmt.Println(freq)
}

func bar(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "#"
	}
	return s
}

// Output:
// words: 60
// it       10 ##########
// of       10 ##########
// the      10 ##########
// was      10 ##########
// age       2 ##
// epoch     2 ##
// season    2 ##
// times     2 ##
// 2 [it of]
// 3 [age the was]
// 4 [best hope]
// 5 [epoch light times worst]
// 6 [belief season spring winter wisdom]
// 7 [despair]
// 8 [darkness]
// 11 [foolishness incredulity]
// lines: 4 longest: 80
// "epoch of incredulity"
// map[age:2 belief:1 best:1 darkness:1 despair:1 epoch:2 foolishness:1 hope:1 incredulity:1 it:10 light:1 of:10 season:2 spring:1 the:10 times:2 was:10 winter:1 wisdom:1 worst:1]
