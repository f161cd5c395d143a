// strconv-join-split: formats numbers with strconv, joins them with
// strings.Join, splits them back with strings.Split and parses them again,
// round after round. Measures strconv (Itoa, Atoi, FormatFloat, ParseFloat,
// Quote), strings.Join/Split/Builder and the allocation of many strings.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const rounds = 5
	parts := make([]string, n)
	var sum, fsum int64
	var fl float64
	total := 0
	for r := 0; r < rounds; r++ {
		for i := range parts {
			v := (i*7919 + r*104729) % 1000003
			if i%3 == 0 {
				parts[i] = strconv.Itoa(-v)
			} else if i%3 == 1 {
				parts[i] = strconv.FormatInt(int64(v), 16)
			} else {
				parts[i] = strconv.FormatFloat(float64(v)/64, 'f', -1, 64)
			}
		}
		line := strings.Join(parts, ",")
		total += len(line)
		for i, f := range strings.Split(line, ",") {
			switch i % 3 {
			case 0:
				v, err := strconv.Atoi(f)
				if err != nil {
					panic(err)
				}
				sum += int64(v)
			case 1:
				v, err := strconv.ParseInt(f, 16, 64)
				if err != nil {
					panic(err)
				}
				fsum += v
			default:
				v, err := strconv.ParseFloat(f, 64)
				if err != nil {
					panic(err)
				}
				fl += v
			}
		}
	}
	var b strings.Builder
	for i := 0; i < n/100; i++ {
		b.WriteString(strconv.Quote(parts[i]))
		b.WriteByte(' ')
	}
	q := strings.Fields(b.String())
	back := 0
	for _, s := range q {
		u, err := strconv.Unquote(s)
		if err != nil {
			panic(err)
		}
		back += len(u)
	}
	fmt.Println("joined bytes:", total)
	fmt.Println("int sum:", sum, "hex sum:", fsum)
	fmt.Println("float sum:", strconv.FormatFloat(fl, 'g', 12, 64))
	fmt.Println("quoted:", len(q), "unquoted bytes:", back)
}
