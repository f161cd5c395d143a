package main

import "fmt"

func main() {
	bs := []byte{72, 101, 108, 108, 111}
	fmt.Println(bs, string(bs))
	fmt.Printf("%s %x %X %v\n", bs, bs, bs, bs)
	rs := []rune{72, 0x4e16, 0x1F600}
	fmt.Println(rs, string(rs))
	fmt.Printf("%c %q %U\n", rs, rs, rs)
	var bb []byte
	bb = append(bb, 'a')
	bb = append(bb, "bc"...)
	bb = append(bb, []byte("de")...)
	fmt.Println(string(bb), len(bb))
	b2 := bb[1:3]
	b2[0] = 'B'
	fmt.Println(string(bb))
	fmt.Println(string(bb[:0]) == "")
	u := []uint16{1, 65535}
	u[0]--
	fmt.Println(u)
	f := []float64{1.5, -2.25}
	f = append(f, 1e10)
	fmt.Println(f)
	bools := make([]bool, 3)
	bools[1] = true
	fmt.Println(bools)
	ifs := []interface{}{1, "a", nil, 2.5, []int{1}}
	fmt.Println(ifs, len(ifs))
}

// Output:
// [72 101 108 108 111] Hello
// Hello 48656c6c6f 48656C6C6F [72 101 108 108 111]
// [72 19990 128512] H世😀
// [H 世 😀] ['H' '世' '😀'] [U+0048 U+4E16 U+1F600]
// abcde 5
// aBcde
// true
// [0 65535]
// [1.5 -2.25 1e+10]
// [false true false]
// [1 a <nil> 2.5 [1]] 5
