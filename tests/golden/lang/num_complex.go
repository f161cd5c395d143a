package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d)
	fmt.Println(c+d, c-d, c*d, c/d)
	fmt.Println(real(c), imag(c), real(d*d), imag(d*d))
	var c64 complex64 = complex64(c)
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Println(c == complex(1, 2), c != d)
	z := 1i * 1i
	fmt.Println(z, real(z))
	var acc complex128 = 1
	for i := 0; i < 4; i++ {
		acc *= 1i
		fmt.Println(i, acc)
	}
	fmt.Printf("%v %.2f\n", c, d)
	const k = 2i * 2i
	fmt.Println(k, real(k))
	var f float32 = 1.5
	e := complex(f, f)
	fmt.Printf("%T %v\n", e, e)
	fmt.Printf("%T\n", c)
	fmt.Println(-c, complex(0, 0) == 0)
}
