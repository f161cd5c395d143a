package main

import "fmt"

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	case 2:
		return "two"
	case 3:
		return "three"
	case 4:
		return "four"
	case 5:
		return "five"
	case 6:
		return "six"
	case 7:
		return "seven"
	case 8:
		return "eight"
	case 9:
		return "nine"
	case 10, 11, 12:
		return "ten-ish"
	case 100:
		return "hundred"
	case -1:
		return "minus one"
	case 1 << 40:
		return "huge"
	}
	return "?"
}

func kind(c rune) string {
	switch {
	case c >= 'a' && c <= 'z':
		return "lower"
	case c >= 'A' && c <= 'Z':
		return "upper"
	case c >= '0' && c <= '9':
		return "digit"
	case c == ' ', c == '\t', c == '\n':
		return "space"
	case c > 127:
		return "unicode"
	default:
		return "punct"
	}
}

func main() {
	for _, n := range []int{-1, 0, 3, 7, 9, 10, 12, 13, 100, 1 << 40} {
		fmt.Print(name(n), ",")
	}
	fmt.Println()
	for _, c := range "aZ9 \t!é\n" {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	counts := map[string]int{}
	for i := 0; i < 1000; i++ {
		counts[name(i%15)]++
	}
	fmt.Println(counts)
	s := "x"
	switch s {
	case "a", "b":
		fmt.Println("ab")
	case "x":
		fmt.Println("x!")
		fallthrough
	case "y":
		fmt.Println("y (via fallthrough)")
	case "z":
		fmt.Println("z")
	}
	var u8 uint8 = 255
	switch u8 {
	case 255:
		fmt.Println("max uint8")
	}
	switch x := interface{}(u8).(type) {
	case uint8:
		fmt.Println("uint8", x)
	}
}

// Output:
// minus one,zero,three,seven,nine,ten-ish,ten-ish,?,hundred,huge,
// lower upper digit space space punct unicode space 
// map[?:132 eight:67 five:67 four:67 nine:67 one:67 seven:67 six:67 ten-ish:198 three:67 two:67 zero:67]
// x!
// y (via fallthrough)
// max uint8
// uint8 255
