package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type ID uint16

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	var p uintptr = 0xffffffffffffffff
	p++
	fmt.Println(p)
	p = 100
	p -= 101
	fmt.Println(p == ^uintptr(0))
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %v\n", CToF(c), CToF(37))
	var id ID = 65535
	id++
	fmt.Println(id)
	type MyInt int
	var m MyInt = 7
	fmt.Println(m*m, int(m)+1, m/2)
	fmt.Printf("%T\n", m)
	var b byte = 'A'
	var r rune = 'λ'
	fmt.Println(b, r, string(rune(b)), string(r))
	fmt.Printf("%T %T\n", b, r)
	var u8 uint8 = b
	fmt.Println(u8 == 65)
}

// Output:
// 0
// true
// 212 -40
// main.Fahrenheit 98.6
// 0
// 49 8 3
// main.MyInt
// 65 955 A λ
// uint8 int32
// true
