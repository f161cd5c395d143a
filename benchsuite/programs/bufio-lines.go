// bufio-lines: reads a large log file (os.Args[1]) line by line with
// bufio.Scanner, counting lines, bytes and the lines of each level, and
// summing a numeric field. Measures bufio, file reading and simple byte
// scanning in a long loop.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	lines, size, errors, warns := 0, 0, 0, 0
	latency := 0
	key := []byte("latency=")
	for sc.Scan() {
		line := sc.Bytes()
		lines++
		size += len(line) + 1
		// The level is the second field: "00000001 ERROR ...".
		if len(line) > 10 {
			switch line[9] {
			case 'E':
				errors++
			case 'W':
				warns++
			}
		}
		if i := bytes.Index(line, key); i >= 0 {
			v := 0
			for _, c := range line[i+len(key):] {
				if c < '0' || c > '9' {
					break
				}
				v = v*10 + int(c-'0')
			}
			latency += v
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("lines:", lines, "bytes:", size)
	fmt.Println("errors:", errors, "warnings:", warns)
	fmt.Println("mean latency:", latency/lines, "ms")
}
