package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(real(c), imag(c))
	var f32 float32 = 1
	c64 := complex(f32, 2)
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Printf("%T\n", real(c64))
	mag2 := real(c)*real(c) + imag(c)*imag(c)
	fmt.Println(mag2)
	conj := complex(real(c), -imag(c))
	fmt.Println(c*conj, c/conj)
	const k = complex(1, 1)
	fmt.Println(real(k*k), imag(k*k))
	println("builtin println to stderr", 1, true)
	print("builtin print", 2, "\n")
	fmt.Println("stdout ok")
	z := complex(0, 0)
	fmt.Println(z == 0, c != 0)
	fmt.Println(complex128(c64) == complex(1, 2))
}

// Stderr:
// builtin println to stderr 1 true
// builtin print2
// Output:
// 3 4
// complex64 (1+2i)
// float32
// 25
// (25+0i) (-0.28+0.96i)
// 0 2
// stdout ok
// true true
// true
