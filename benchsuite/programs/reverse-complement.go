// reverse-complement: the Benchmarks Game program. Reads a fasta file on
// stdin and writes each sequence's reverse complement in 60-column lines;
// instead of writing the output it prints each record's length and a hash
// of it. Measures bufio line reading, byte-table lookups and byte slices.
package main

import (
	"bufio"
	"fmt"
	"os"
)

var complement [256]byte

func init() {
	for i := range complement {
		complement[i] = byte(i)
	}
	pairs := "AT CG GC TA UA MK RY WW SS YR KM VB HD DH BV NN"
	for i := 0; i+1 < len(pairs); i += 3 {
		a, b := pairs[i], pairs[i+1]
		complement[a] = b
		complement[a+'a'-'A'] = b
	}
}

// digest stands for the output stream: bytes and a rolling hash.
type digest struct {
	bytes int
	hash  uint32
}

func (d *digest) write(b []byte) {
	h := d.hash
	for _, c := range b {
		h = h*16777619 ^ uint32(c)
	}
	d.hash = h
	d.bytes += len(b)
}

func emit(header []byte, seq []byte) {
	// Reverse and complement in place.
	for i, j := 0, len(seq)-1; i < j; i, j = i+1, j-1 {
		seq[i], seq[j] = complement[seq[j]], complement[seq[i]]
	}
	if len(seq)%2 == 1 {
		m := len(seq) / 2
		seq[m] = complement[seq[m]]
	}
	var d digest
	d.write(header)
	d.write([]byte{'\n'})
	line := make([]byte, 0, 61)
	for i := 0; i < len(seq); i += 60 {
		end := i + 60
		if end > len(seq) {
			end = len(seq)
		}
		line = append(line[:0], seq[i:end]...)
		line = append(line, '\n')
		d.write(line)
	}
	fmt.Printf("%s: %d bytes, hash %08x\n", header, d.bytes, d.hash)
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var header []byte
	var seq []byte
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) > 0 && line[0] == '>' {
			if header != nil {
				emit(header, seq)
			}
			header = append([]byte(nil), line...)
			seq = seq[:0]
			continue
		}
		seq = append(seq, line...)
	}
	if header != nil {
		emit(header, seq)
	}
}
