// fasta: the Benchmarks Game fasta generator (ALU repeat, IUB and Homo
// sapiens random sequences from the same LCG); instead of writing the output
// it prints its length and a hash of every section. Measures float compares,
// byte slices and small loops.
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

const lineWidth = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type Acid struct {
	c byte
	p float64
}

// out accumulates what the reference program would write.
type out struct {
	hash  int
	bytes int
}

func (o *out) write(b []byte) {
	h := o.hash
	for _, c := range b {
		h = (h*31 + int(c)) % 1000000007
	}
	o.hash = h
	o.bytes += len(b)
}

func (o *out) section(name string) {
	fmt.Printf("%s: %d bytes, hash %d\n", name, o.bytes, o.hash)
	o.hash = 0
	o.bytes = 0
}

var last = 42

const (
	im = 139968
	ia = 3877
	ic = 29573
)

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

func repeatFasta(o *out, header string, s string, n int) {
	o.write([]byte(header))
	line := make([]byte, lineWidth+1)
	pos := 0
	for n > 0 {
		l := lineWidth
		if n < l {
			l = n
		}
		for i := 0; i < l; i++ {
			line[i] = s[pos]
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		line[l] = '\n'
		o.write(line[:l+1])
		n -= l
	}
}

func randomFasta(o *out, header string, acids []Acid, n int) {
	o.write([]byte(header))
	// cumulative probabilities
	cum := 0.0
	for i := range acids {
		cum += acids[i].p
		acids[i].p = cum
	}
	line := make([]byte, lineWidth+1)
	for n > 0 {
		l := lineWidth
		if n < l {
			l = n
		}
		for i := 0; i < l; i++ {
			r := random(1.0)
			j := 0
			for acids[j].p < r {
				j++
			}
			line[i] = acids[j].c
		}
		line[l] = '\n'
		o.write(line[:l+1])
		n -= l
	}
}

func main() {
	n := 2500000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	iub := []Acid{
		{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
		{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
		{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
		{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
	}
	homosapiens := []Acid{
		{'a', 0.3029549426680},
		{'c', 0.1979883004921},
		{'g', 0.1975473066391},
		{'t', 0.3015094502008},
	}
	o := &out{}
	repeatFasta(o, ">ONE Homo sapiens alu\n", alu, 2*n)
	o.section("ONE")
	randomFasta(o, ">TWO IUB ambiguity codes\n", iub, 3*n)
	o.section("TWO")
	randomFasta(o, ">THREE Homo sapiens frequency\n", homosapiens, 5*n)
	o.section("THREE")
}
