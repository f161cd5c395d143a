// string-building: formats and concatenates strings (fmt.Sprintf, +, append
// of strings to a []byte) and checksums the bytes. Measures string allocation
// and the fmt library.
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

var words = []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	hash := 0
	total := 0
	buf := make([]byte, 0, 1024)
	for i := 0; i < n; i++ {
		w := words[i%len(words)]
		s := fmt.Sprintf("%d:%s=%x;", i, w, i*31)
		line := "[" + s + w + "]"
		buf = append(buf, line...)
		if len(buf) > 800 {
			for _, b := range buf {
				hash = (hash*131 + int(b)) % 1000000007
			}
			total += len(buf)
			buf = buf[:0]
		}
		if i%1000 == 0 {
			line = fmt.Sprint(i, w, len(line))
			total += len(line)
		}
	}
	for _, b := range buf {
		hash = (hash*131 + int(b)) % 1000000007
	}
	total += len(buf)
	fmt.Printf("string-building %d: %d bytes, hash %d\n", n, total, hash)
}
