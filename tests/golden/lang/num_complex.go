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

// Output:
// (1+2i) (3-4i)
// (4-2i) (-2+6i) (11+2i) (-0.2+0.4i)
// 1 2 -7 -24
// (1+2i) 1 2
// true true
// (-1+0i) -1
// 0 (0+1i)
// 1 (-1+0i)
// 2 (-0-1i)
// 3 (1-0i)
// (1+2i) (3.00-4.00i)
// (-4+0i) -4
// complex64 (1.5+1.5i)
// complex128
// (-1-2i) true
