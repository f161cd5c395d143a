// fmt: explicit argument indexes, * widths and precisions, bad and
// missing operands, extra operands.
package main

import "fmt"

func main() {
	fmt.Printf("[%[2]d %[1]d][%[1]*d][%[2]*[1]d][%[3]d][%[0]d][%[x]d][%[1]d %d %d]\n", 1, 2)
	fmt.Printf("[%d %d %[1]d %d]\n", 1, 2)
	fmt.Printf("[%[3]*.[2]*[1]f]\n", 12.0, 2, 6)
	fmt.Printf("[%[1]d %[1]x %[1]o %[1]b %[1]q]\n", 65)
	fmt.Printf("[%.*d][%-*d][%*d][%.*s]\n", 3, 5, 4, 7, -4, 8, -1, "abc")
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", 1.5, 5)
	fmt.Printf("[%*d][%*d]\n", uint8(3), 1, int64(-3), 2)
	fmt.Printf("[%*d]\n", 10000000, 1)
	fmt.Printf("[%!][%][%-]\n")
	fmt.Printf("[%5%][%c][%c][%c]\n", 'x', 0x110000, 0xD800)
	fmt.Printf("[%d %d]\n", 1)
	fmt.Printf("[%d]\n", 1, "two", 3.0, nil, []int{4})
	fmt.Printf("%[2]d %[5]d\n", 1, 2, 3)
	fmt.Printf("%[1]d\n", 1, 2)
	fmt.Printf("%[2]", 1, 2)
	fmt.Println()
	fmt.Printf("%[]d|%[-1]d|%[1d\n", 1)
	fmt.Printf("%.[2]d|%[2].2d\n", 1, 2)
	fmt.Printf("%3.[2]d\n", 7, 2)
	fmt.Printf("%", 1)
	fmt.Println()
	fmt.Printf("%-", 1)
	fmt.Println()
	fmt.Printf("%.", 1)
	fmt.Println()
	fmt.Printf("%é %ü\n", 1, "x")
	fmt.Printf("%.3.4d %3.d %.d|\n", 5, 6, 0)
	s := fmt.Sprintf("%08.3f|%-10s|%+d", 3.14159, "go", 7)
	fmt.Println(s, len(s))
}

// Output:
// [2 1][2][ 1][%!d(BADINDEX)][%!d(BADINDEX)][%!d(BADINDEX)][1 2 %!d(MISSING)]
// [1 2 1 2]
// [ 12.00]
// [65 41 101 1000001 'A']
// [005][7   ][8   ][%!(BADPREC)abc]
// [%!(BADWIDTH)5]
// [%!(BADPREC)5]
// [  1][2  ]
// [%!(BADWIDTH)1]
// [%!!(MISSING)][%!](MISSING)[%!](MISSING)
// [%][x][�][�]
// [1 %!d(MISSING)]
// [1]
// %!(EXTRA string=two, float64=3, <nil>, []int=[4])2 %!d(BADINDEX)
// 1
// %!(NOVERB)
// %!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)
// 2|%!d(BADINDEX)
//   2
// %!(NOVERB)%!(EXTRA int=1)
// %!(NOVERB)%!(EXTRA int=1)
// %!.(int=1)
// %!é(int=1) %!ü(string=x)
// %!.(int=005)4d   6 |
// 0003.142|go        |+7 22
