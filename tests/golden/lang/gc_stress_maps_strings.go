package main

import "fmt"

type Rec struct {
	ID   int
	Tags []string
	Meta map[string]int
}

func main() {
	m := map[string]*Rec{}
	for round := 0; round < 8; round++ {
		for i := 0; i < 3000; i++ {
			k := fmt.Sprintf("key-%d-%d", i%500, round%2)
			r, ok := m[k]
			if !ok {
				r = &Rec{ID: i, Meta: map[string]int{}}
				m[k] = r
			}
			r.Tags = append(r.Tags, fmt.Sprint("t", i%7))
			r.Meta[fmt.Sprint("m", i%3)] += i
			if len(r.Tags) > 20 {
				r.Tags = r.Tags[10:]
			}
		}
		if round%3 == 2 {
			for k := range m {
				if len(k)%2 == 0 {
					delete(m, k)
				}
			}
		}
		tags, meta := 0, 0
		for _, r := range m {
			tags += len(r.Tags)
			for _, v := range r.Meta {
				meta += v
			}
		}
		fmt.Println(round, len(m), tags, meta)
	}
	s := ""
	parts := []string{}
	for i := 0; i < 3000; i++ {
		s += fmt.Sprint(i % 10)
		if len(s) > 100 {
			parts = append(parts, s)
			s = ""
		}
	}
	total := 0
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			total += int(p[i] - '0')
		}
	}
	fmt.Println(len(parts), total, len(s))
}

// Output:
// 0 500 3000 4498500
// 1 1000 6000 8997000
// 2 820 7380 11382210
// 3 910 10380 15880710
// 4 1000 13380 20379210
// 5 820 14760 22764420
// 6 910 13660 27262920
// 7 1000 12560 31761420
// 29 13176 71
