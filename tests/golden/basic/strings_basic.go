package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", world"
	fmt.Println(t, len(t))
	fmt.Println(s[1], string(s[1]), s[1:3], s[:2], s[3:])
	fmt.Println(s == "hello", s < "help", s > "hell", s != t)
	var e string
	fmt.Println(e == "", len(e))
	fmt.Printf("%s|%5s|%-5s|%q\n", s, "ab", "cd", "q\"x")
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(string(b), s)
	r := []rune("héllo")
	fmt.Println(len(r), string(r[1]))
	for i, c := range "añb" {
		fmt.Println(i, c, string(c))
	}
}

// Output:
// hello, world 12
// 101 e el he lo
// true true true true
// true 0
// hello|   ab|cd   |"q\"x"
// 104 101 108 108 111 
// jello hello
// 5 é
// 0 97 a
// 1 241 ñ
// 3 98 b
