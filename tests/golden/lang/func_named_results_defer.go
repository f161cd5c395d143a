package main

import (
	"errors"
	"fmt"
)

func double(x int) (r int) {
	defer func() { r *= 2 }()
	r = x
	return
}

func triple(x int) (r int) {
	defer func() { r *= 3 }()
	return x + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func shadowed() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func multiNamed() (a, b string, c int) {
	a = "x"
	defer func() { b = a + "y"; c = len(b) }()
	return a, "ignored", 0
}

func main() {
	fmt.Println(double(5), triple(5))
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counter(), shadowed())
	fmt.Println(wrapErr())
	fmt.Println(multiNamed())
}

// Output:
// 10 18
// 5 <nil>
// -1 recovered: runtime error: integer divide by zero
// 13 1
// wrapped: inner
// x xy 2
