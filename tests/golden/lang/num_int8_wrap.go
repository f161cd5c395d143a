package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("127+1:", a)
	a--
	fmt.Println("back:", a)
	var b int8 = -128
	b--
	fmt.Println("-128-1:", b)
	var c int8 = -128
	fmt.Println("-(-128):", -c)
	fmt.Println("-128/-1:", c/int8(-1+0*int(c)))
	var d int8 = 100
	fmt.Println("100*3:", d*3)
	fmt.Println("100+100:", d+d)
	var e uint8 = 0
	e--
	fmt.Println("uint8 0-1:", e)
	e++
	fmt.Println("uint8 255+1:", e)
	var f uint8 = 200
	fmt.Println("200*2:", f*2, "200+100:", f+100)
	for i := int8(120); i > 0 && i >= 120; i += 3 {
		fmt.Println("loop", i)
	}
	var g int8 = 0x7f
	g <<= 1
	fmt.Println("0x7f<<1:", g)
	var h int8 = -1
	fmt.Println("-1>>1:", h>>1, "-1>>7:", h>>7)
	fmt.Println("uint8(h):", uint8(h))
	var k int8 = -128
	fmt.Println("k%-1:", k%int8(-1+0*int(k)))
}

// Output:
// 127+1: -128
// back: 127
// -128-1: 127
// -(-128): -128
// -128/-1: -128
// 100*3: 44
// 100+100: -56
// uint8 0-1: 255
// uint8 255+1: 0
// 200*2: 144 200+100: 44
// loop 120
// loop 123
// loop 126
// 0x7f<<1: -2
// -1>>1: -1 -1>>7: -1
// uint8(h): 255
// k%-1: 0
