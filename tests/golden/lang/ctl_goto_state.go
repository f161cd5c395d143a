package main

import "fmt"

func collatz(n int) int {
	steps := 0
start:
	if n == 1 {
		goto done
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto start
done:
	return steps
}

func lexer(s string) []string {
	var toks []string
	i := 0
	var cur string
next:
	if i >= len(s) {
		goto end
	}
	if s[i] == ' ' {
		if cur != "" {
			toks = append(toks, cur)
			cur = ""
		}
		i++
		goto next
	}
	cur += string(s[i])
	i++
	goto next
end:
	if cur != "" {
		toks = append(toks, cur)
	}
	return toks
}

func main() {
	for _, n := range []int{1, 6, 7, 27, 97} {
		fmt.Println(n, collatz(n))
	}
	fmt.Println(lexer("  the quick  brown fox "))
	fmt.Println(len(lexer("")))
}

// Output:
// 1 0
// 6 8
// 7 16
// 27 111
// 97 118
// [the quick brown fox]
// 0
