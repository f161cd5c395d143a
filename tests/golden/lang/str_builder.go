package main

import "fmt"

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf []byte
	for n > 0 {
		buf = append(buf, byte('0'+n%10))
		n /= 10
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	fmt.Println(itoa(0), itoa(12345), itoa(-987), itoa(1<<40))
	fmt.Println(repeat("ab", 5), len(repeat("xyz", 100)))
	s := ""
	for i := 0; i < 1000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), s[:30], s[990:])
	var bs []byte
	for i := 0; i < 20; i++ {
		bs = append(bs, itoa(i)...)
		bs = append(bs, ' ')
	}
	fmt.Println(string(bs))
	lines := []string{}
	for i := 1; i <= 5; i++ {
		lines = append(lines, repeat("*", i))
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println(fmt.Sprintf("%s-%d-%v", "x", 1, []int{1, 2}))
}

// Output:
// 0 12345 -987 1099511627776
// ababababab 300
// 1000 abcdefghijklmnopqrstuvwxyzabcd cdefghijkl
// 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 
// *
// **
// ***
// ****
// *****
// x-1-[1 2]
