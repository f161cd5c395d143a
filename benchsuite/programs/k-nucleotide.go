// k-nucleotide: the Benchmarks Game program. Reads a fasta file on stdin,
// takes the third sequence (">THREE"), prints the frequencies of every 1-
// and 2-nucleotide fragment and the counts of five longer fragments.
// Measures bufio line reading, byte slices and string-keyed maps.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
)

// readThree returns the upper-cased third sequence of the input.
func readThree() []byte {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var seq []byte
	in := false
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) > 0 && line[0] == '>' {
			if in {
				break
			}
			in = bytes.HasPrefix(line, []byte(">THREE"))
			continue
		}
		if in {
			seq = append(seq, line...)
		}
	}
	return bytes.ToUpper(seq)
}

// count tallies every fragment of length k.
func count(seq []byte, k int) map[string]int {
	counts := make(map[string]int)
	for i := 0; i+k <= len(seq); i++ {
		counts[string(seq[i:i+k])]++
	}
	return counts
}

type kv struct {
	key string
	n   int
}

func frequencies(seq []byte, k int) {
	counts := count(seq, k)
	var list []kv
	total := 0
	for key, n := range counts {
		list = append(list, kv{key, n})
		total += n
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].key < list[j].key
	})
	for _, e := range list {
		fmt.Printf("%s %.3f\n", e.key, 100*float64(e.n)/float64(total))
	}
	fmt.Println()
}

func main() {
	seq := readThree()
	frequencies(seq, 1)
	frequencies(seq, 2)
	for _, frag := range []string{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"} {
		fmt.Printf("%d\t%s\n", count(seq, len(frag))[frag], frag)
	}
}
