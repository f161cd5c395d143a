// word-frequency: counts the words of a text file (os.Args[1]) with
// strings.Fields and a map, sorts them with sort.Slice and prints the most
// frequent with Printf. Measures the strings package, string-keyed maps,
// sorting with a closure and formatted output.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	counts := make(map[string]int)
	total := 0
	for _, line := range strings.Split(string(data), "\n") {
		for _, w := range strings.Fields(line) {
			w = strings.ToLower(strings.TrimRight(w, ",.;:!?"))
			counts[w]++
			total++
		}
	}
	type entry struct {
		word string
		n    int
	}
	entries := make([]entry, 0, len(counts))
	for w, n := range counts {
		entries = append(entries, entry{w, n})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].n != entries[j].n {
			return entries[i].n > entries[j].n
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("%d words, %d distinct\n", total, len(entries))
	for i, e := range entries {
		if i == 25 {
			break
		}
		fmt.Printf("%3d. %-14s %7d %6.3f%%\n", i+1, e.word, e.n, 100*float64(e.n)/float64(total))
	}
	// A digest of the whole ranking, so every entry's order is checked.
	h := uint64(14695981039346656037)
	for _, e := range entries {
		for i := 0; i < len(e.word); i++ {
			h = (h ^ uint64(e.word[i])) * 1099511628211
		}
		h = (h ^ uint64(e.n)) * 1099511628211
	}
	fmt.Printf("ranking digest %016x\n", h)
}
